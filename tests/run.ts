import '../cms/scripts/requireNode'

import { spawn } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'

/**
 * `npm test`: every suite in order — types, unit, integration (real SQLite, Local API), the
 * integration suite again on MongoDB when TEST_MONGODB_URI names a replica set, end-to-end (real
 * Chromium against the built portal) — then one summary. Exit code 1 if any step failed. A step
 * that cannot run here is reported as skipped with its reason, never as passed.
 */
type Counts = { passed: number; failed: number; skipped?: number }
type Step = {
  name: string
  command: string
  args: string[]
  count: (output: string) => Counts
  env?: Record<string, string>
  /** Why the step cannot run on this machine, or false. */
  unavailable?: () => string | false
}

const nodeTestCounts = (output: string): Counts => ({
  passed: Number(/ℹ pass (\d+)/.exec(output)?.[1] ?? 0),
  skipped: Number(/ℹ skipped (\d+)/.exec(output)?.[1] ?? 0),
  failed:
    Number(/ℹ fail (\d+)/.exec(output)?.[1] ?? 0) +
    Number(/ℹ cancelled (\d+)/.exec(output)?.[1] ?? 0),
})

const E2E_REPORT = 'test-results/e2e.json'

const steps: Step[] = [
  {
    name: 'lint',
    command: 'npm',
    args: ['run', '--silent', 'lint'],
    count: () => ({ passed: 1, failed: 0 }),
  },
  {
    name: 'types',
    command: 'npm',
    args: ['run', '--silent', 'typecheck'],
    count: () => ({ passed: 1, failed: 0 }),
  },
  { name: 'unit', command: 'npm', args: ['run', '--silent', 'test:unit'], count: nodeTestCounts },
  {
    name: 'integration',
    command: 'npm',
    args: ['run', '--silent', 'test:int'],
    count: nodeTestCounts,
  },
  {
    // The same files on the production engine: tests/int/harness.ts gives each file a database of
    // its own on the replica set; tests that exercise SQLite itself say so and are skipped there.
    name: 'int-mongodb',
    command: 'npm',
    args: ['run', '--silent', 'test:int'],
    env: { INT_DATABASE: 'mongodb' },
    count: nodeTestCounts,
    unavailable: () =>
      process.env.TEST_MONGODB_URI
        ? false
        : 'TEST_MONGODB_URI not set (a MongoDB replica set, e.g. mongodb://127.0.0.1:27017/?replicaSet=rs0)',
  },
  {
    name: 'end-to-end',
    command: 'npm',
    args: ['run', '--silent', 'test:e2e'],
    count: () => {
      if (!existsSync(E2E_REPORT)) return { passed: 0, failed: 1 }
      const { stats } = JSON.parse(readFileSync(E2E_REPORT, 'utf8')) as {
        stats: { expected: number; unexpected: number; flaky: number; skipped: number }
      }
      return {
        passed: stats.expected + stats.flaky,
        failed: stats.unexpected,
        skipped: stats.skipped,
      }
    },
  },
]

function run(step: Step): Promise<{ code: number; output: string; seconds: number }> {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...step.env },
    })
    let output = ''
    const tee = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk.toString()
      stream.write(chunk)
    }
    child.stdout.on('data', tee(process.stdout))
    child.stderr.on('data', tee(process.stderr))
    child.on('close', (code) =>
      resolve({ code: code ?? 1, output, seconds: (Date.now() - started) / 1000 }),
    )
  })
}

Object.assign(process.env, { ASTRO_TELEMETRY_DISABLED: '1', NEXT_TELEMETRY_DISABLED: '1' })
rmSync(E2E_REPORT, { force: true })
const only = process.argv.slice(2)
const results: {
  name: string
  passed: number
  failed: number
  skipped: number
  seconds: number
  ok: boolean
  note?: string
}[] = []
for (const step of steps.filter((s) => only.length === 0 || only.includes(s.name))) {
  console.log(`\n━━ ${step.name} ━━`)
  const reason = step.unavailable?.()
  if (reason) {
    console.log(`MongoDB: skipped — ${reason}`)
    results.push({
      name: step.name,
      passed: 0,
      failed: 0,
      skipped: 0,
      seconds: 0,
      ok: true,
      note: `skipped — ${reason}`,
    })
    continue
  }
  const { code, output, seconds } = await run(step)
  const counted = step.count(output)
  let { passed, failed } = counted
  const skipped = counted.skipped ?? 0
  if (code !== 0 && failed === 0) failed = 1
  if ((step.name === 'types' || step.name === 'lint') && code !== 0) passed = 0
  results.push({ name: step.name, passed, failed, skipped, seconds, ok: code === 0 })
}

console.log('\n━━ summary ━━')
for (const r of results) {
  const skipped = r.skipped ? `, ${r.skipped} skipped` : ''
  if (r.note) {
    console.log(`- ${r.name.padEnd(12)} ${r.note}`)
    continue
  }
  console.log(
    `${r.ok ? '✔' : '✖'} ${r.name.padEnd(12)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed${skipped}  ${r.seconds.toFixed(1)} s`,
  )
}
const passed = results.reduce((n, r) => n + r.passed, 0)
const failed = results.reduce((n, r) => n + r.failed, 0)
const skippedTotal = results.reduce((n, r) => n + r.skipped, 0)
const ok = results.every((r) => r.ok)
console.log(
  `\n${passed} passed, ${failed} failed${skippedTotal ? `, ${skippedTotal} skipped` : ''}`,
)
process.exit(ok && failed === 0 ? 0 : 1)
