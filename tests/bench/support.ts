import { type ChildProcess, spawn, spawnSync } from 'node:child_process'

import { SITE_SERVER } from '~/cms/scripts/siteServer'

/** Whether `taskset` can pin the server to one core (and leave the other to the load generator). */
export const canPin = spawnSync('taskset', ['-V']).status === 0

/** The built site alone, on loopback, pinned to core 0 when possible. */
export function startSite(url: string, extraEnv: Record<string, string> = {}): ChildProcess {
  const args = SITE_SERVER
  const env = { ...process.env, PORT: new URL(url).port, HOST: '127.0.0.1', ...extraEnv }
  return canPin
    ? spawn('taskset', ['-c', '0', process.execPath, ...args], { env, stdio: 'ignore' })
    : spawn(process.execPath, args, { env, stdio: 'ignore' })
}

export async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`${url} did not start`)
}

export const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0

/** Runs `jobs` with at most `concurrency` at a time, timing each. */
export async function runPool<T>(
  jobs: (() => Promise<T>)[],
  concurrency: number,
): Promise<{ results: T[]; ms: number[]; wallMs: number }> {
  const results: T[] = new Array(jobs.length)
  const ms: number[] = new Array(jobs.length)
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < jobs.length) {
        const index = next++
        const t0 = performance.now()
        results[index] = await jobs[index]!()
        ms[index] = performance.now() - t0
      }
    }),
  )
  return { results, ms, wallMs: performance.now() - started }
}
