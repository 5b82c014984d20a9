import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { cpus, loadavg } from 'node:os'
import path from 'node:path'

import { SITE_SERVER } from '~/cms/scripts/siteServer'
import { DEMO_GALLERIES } from '~/cms/seed/galleries'
import { DEMO_NEWS } from '~/cms/seed/news'
import { useTempPortal } from '../support/tempPortal'

/** Seconds per throughput run (wrk): short while developing, longer for figures worth quoting. */
export const BENCH_SECONDS = Number(process.env.BENCH_SECONDS ?? 5)

/**
 * BENCH_PORT_OFFSET (or E2E_PORT_OFFSET) moves every bench port and temp folder, so two checkouts
 * can run their benches at once.
 */
const OFFSET = Number(process.env.BENCH_PORT_OFFSET ?? process.env.E2E_PORT_OFFSET ?? 0) || 0

/** A throw-away portal for one bench part: its site and admin addresses, and its temp folder. */
export function benchPortal(
  name: string,
  sitePort: number,
  extra: Record<string, string> = {},
): { dir: string; site: string; port: (n: number) => number } {
  const port = (n: number) => n + OFFSET
  const site = `http://127.0.0.1:${port(sitePort)}`
  const dir = useTempPortal(
    OFFSET ? `${name}-${OFFSET}` : name,
    { site, cms: `http://127.0.0.1:${port(sitePort - 1000)}` },
    extra,
  )
  return { dir, site, port }
}

/** The public page types the targets name, by their Vietnamese address (English: /en…). */
export const PUBLIC_PAGE_TYPES = [
  { name: 'home', path: '/' },
  { name: 'article', path: `/news/${DEMO_NEWS[0]!.slug}/` },
  { name: 'news list', path: '/news/' },
  { name: 'release list', path: '/releases/' },
  { name: 'gallery', path: `/galleries/${DEMO_GALLERIES[0]!.slug}/` },
  { name: 'schedule', path: '/schedule/' },
]

/** Whether `taskset` can pin the server to one core (and leave the other to the load generator). */
export const canPin = spawnSync('taskset', ['-V']).status === 0 && cpus().length > 1

/** The bench's own process (the client) moves to core 1: core 0 is the server's. */
export function pinClient(): void {
  if (canPin)
    spawnSync('taskset', ['-a', '-p', '-c', '1', String(process.pid)], { stdio: 'ignore' })
}

const logsStarted = new Set<string>()

/** A Node process pinned to `cores` when possible; its output goes to `log` (a file) if given. */
export function spawnPinned(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  cores = '0',
  log?: string,
): ChildProcess {
  // A part's log starts empty, then its processes add to it.
  const out = log ? openSync(log, logsStarted.has(log) ? 'a' : 'w') : 'ignore'
  if (log) logsStarted.add(log)
  const stdio = ['ignore', out, out] as const
  return canPin && cores
    ? spawn('taskset', ['-c', cores, process.execPath, ...args], { env, stdio: [...stdio] })
    : spawn(process.execPath, args, { env, stdio: [...stdio] })
}

/**
 * The built site alone, on loopback, pinned to core 0 when possible (`cores: ''`: not pinned).
 * Its log goes to test-results/bench/<part>-site.log, to read when a figure looks wrong.
 */
export function startSite(url: string, extraEnv: Record<string, string> = {}, cores = '0') {
  // One site process unless the caller asks for more (compareSiteProcesses, unpinned).
  const env = {
    ...process.env,
    PORT: new URL(url).port,
    HOST: '127.0.0.1',
    SITE_PROCESSES: '1',
    ...extraEnv,
  }
  mkdirSync('test-results/bench', { recursive: true })
  // Node's own flags for the site, to look inside a figure: BENCH_SITE_NODE_ARGS="--cpu-prof".
  const nodeArgs = (process.env.BENCH_SITE_NODE_ARGS ?? '').split(' ').filter(Boolean)
  return spawnPinned([...nodeArgs, ...SITE_SERVER], env, cores, siteLog())
}

/** The site log of this bench part. */
export const siteLog = () =>
  `test-results/bench/${path.basename(process.argv[1] ?? 'bench', '.ts')}-site.log`

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
}

export async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
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

/** Signs in through a site form (check-in, press area) and returns the session cookie. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: new URL(url).origin },
    body: new URLSearchParams({ email, password }),
  })
  const cookie = response.headers.get('set-cookie')?.split(';')[0]
  if (!cookie) throw new Error(`${email} could not sign in at ${url}`)
  return cookie
}

export type RawResponse = {
  status: number
  headers: Record<string, string>
  /** The headers as they came: name, value, name, value…, their case and order kept. */
  rawHeaders: string[]
  /** The status line and headers as they came, in bytes. */
  headerBytes: number
  body: Buffer
}

const keepAlive = new Agent({ keepAlive: true, maxSockets: 1 })

/** One GET as the bytes came (no decompression, unlike fetch), on a kept-alive connection. */
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers, agent: keepAlive }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers as Record<string, string>,
          rawHeaders: res.rawHeaders,
          headerBytes:
            `HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n\r\n`.length +
            // "name: value\r\n": two bytes after each name and after each value.
            res.rawHeaders.reduce((n, part) => n + Buffer.byteLength(part) + 2, 0),
          body: Buffer.concat(chunks),
        }),
      )
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

/** `count` requests one after another (no queue: the latency is the server's time), sorted ms. */
export async function latencies(url: string, count: number): Promise<number[]> {
  const ms: number[] = []
  for (let i = 0; i < count; i++) {
    const t0 = performance.now()
    await rawGet(url)
    ms.push(performance.now() - t0)
  }
  return ms.sort((a, b) => a - b)
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

/**
 * A page read over and over from another process (on the client's core) while something else
 * loads the site: `stop()` ends it and gives its latencies, sorted (ms).
 */
export function startProbe(url: string): { stop: () => Promise<number[]> } {
  const code = `const h=require('http'),a=new h.Agent({keepAlive:true}),ms=[];let on=true
process.stdin.on('end',()=>{on=false});process.stdin.resume()
const one=()=>{if(!on){process.stdout.write(JSON.stringify(ms));return}const t=performance.now()
h.get(${JSON.stringify(url)},{agent:a},r=>{r.resume();r.on('end',()=>{ms.push(performance.now()-t);setTimeout(one,20)})}).on('error',()=>setTimeout(one,20))}
one()`
  const child = canPin
    ? spawn('taskset', ['-c', '1', process.execPath, '-e', code])
    : spawn(process.execPath, ['-e', code])
  let out = ''
  child.stdout.on('data', (chunk: Buffer) => (out += chunk))
  return {
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.stdin.end()
      await exited
      return (JSON.parse(out || '[]') as number[]).sort((a, b) => a - b)
    },
  }
}

// ── wrk ──────────────────────────────────────────────────────────────────────────────────────

export type WrkResult = {
  requests: number
  seconds: number
  bytes: number
  rps: number
  latencyMs: { p50: number; p75: number; p90: number; p99: number }
  /** Non-2xx/3xx answers plus socket errors (connect, read, write, timeout). */
  errors: number
}

const TIME_UNITS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 }
const BYTE_UNITS: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }

/** Reads wrk's text summary (run with `--latency`); throws when it is not one. */
export function parseWrk(text: string): WrkResult {
  const total = /(\d+) requests in ([\d.]+)(us|ms|s|m|h), ([\d.]+)(B|KB|MB|GB) read/.exec(text)
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(text)
  if (!total || !rps) throw new Error(`not a wrk summary:\n${text}`)
  const latency = (p: number) => {
    const found = new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s|m|h)\\s*$`, 'm').exec(text)
    return found ? Number(found[1]) * TIME_UNITS[found[2]!]! : Number.NaN
  }
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text)
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(text)?.[1] ?? 0)
  return {
    requests: Number(total[1]),
    seconds: (Number(total[2]) * TIME_UNITS[total[3]!]!) / 1000,
    bytes: Math.round(Number(total[4]) * BYTE_UNITS[total[5]!]!),
    rps: Number(rps[1]),
    latencyMs: { p50: latency(50), p75: latency(75), p90: latency(90), p99: latency(99) },
    errors: non2xx + (socket ? socket.slice(1).reduce((n, v) => n + Number(v), 0) : 0),
  }
}

export const WRK = ['/usr/bin/wrk', '/usr/local/bin/wrk'].find(existsSync) ?? 'wrk'

/** Stops the bench with how to get wrk when it is missing. */
export function requireWrk(): void {
  if (spawnSync(WRK, ['-v']).error)
    throw new Error(
      'wrk is not installed: `apt-get install -y wrk` (Debian/Ubuntu), then run again.',
    )
}

/**
 * wrk against `url` from the client's core, one thread, BENCH_CONNECTIONS connections (50).
 * `bust`: every request gets a fresh `?utm_source=<random>` (tests/bench/cacheBusting.lua);
 * `pinned: false`: wrk may use any core.
 */
export function wrk(
  url: string,
  options: {
    headers?: Record<string, string>
    bust?: boolean
    pinned?: boolean
    seconds?: number
  } = {},
): WrkResult {
  const args = [
    '-t1',
    `-c${Number(process.env.BENCH_CONNECTIONS ?? 50)}`,
    `-d${options.seconds ?? BENCH_SECONDS}s`,
    '--timeout',
    '10s',
    '--latency',
    ...Object.entries(options.headers ?? {}).flatMap(([name, value]) => [
      '-H',
      `${name}: ${value}`,
    ]),
    ...(options.bust ? ['-s', path.join(import.meta.dirname, 'cacheBusting.lua')] : []),
    url,
  ]
  const run =
    canPin && options.pinned !== false
      ? spawnSync('taskset', ['-c', '1', WRK, ...args], { encoding: 'utf8' })
      : spawnSync(WRK, args, { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`wrk failed: ${run.stderr || run.stdout}`)
  return parseWrk(run.stdout)
}

/**
 * Two servers compared on a shared machine: BENCH_ROUNDS (3) alternating slices of BENCH_SECONDS
 * split between them, the best slice of each kept, so both meet the same passing load.
 */
export function wrkPair(first: string, second: string): [WrkResult, WrkResult] {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3)
  const seconds = Math.max(1, Math.round(BENCH_SECONDS / rounds))
  const best = (a: WrkResult | undefined, b: WrkResult) => (a && a.rps >= b.rps ? a : b)
  let a: WrkResult | undefined
  let b: WrkResult | undefined
  for (let i = 0; i < rounds; i++) {
    a = best(a, wrk(first, { seconds }))
    b = best(b, wrk(second, { seconds }))
  }
  return [a!, b!]
}

// ── the report ───────────────────────────────────────────────────────────────────────────────

/** One target of the issue: what it asks, what was measured, and pass / short (null: not measured). */
export type Target = { target: string; figure: string; pass: boolean | null }

export function targetTable(targets: Target[]): string[] {
  return [
    '| target | figure | |',
    '|---|---|---|',
    ...targets.map(
      (t) =>
        `| ${t.target} | ${t.figure} | ${t.pass === null ? '—' : t.pass ? '✔ pass' : '✖ short'} |`,
    ),
  ]
}

/** The conditions of a run, for the line under each part's title: the machine was shared. */
export function conditions(extra = ''): string {
  const load = loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ')
  return [
    new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}`,
    `load average ${load} (1 / 5 / 15 min)`,
    canPin ? 'server pinned to core 0, client on core 1' : 'not pinned',
    `Node ${process.versions.node}`,
    extra,
  ]
    .filter(Boolean)
    .join(' · ')
}

/** Writes test-results/bench/<name>.md (what `npm run bench` gathers) and prints it. */
export function writePart(name: string, lines: string[]): void {
  mkdirSync('test-results/bench', { recursive: true })
  writeFileSync(`test-results/bench/${name}.md`, `${lines.join('\n')}\n`)
  console.log(`\n${lines.join('\n')}\n\nWritten to test-results/bench/${name}.md`)
}
