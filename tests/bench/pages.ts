import '../../cms/scripts/requireNode'

import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'

import autocannon from 'autocannon'

import { DEMO_NEWS } from '../../cms/seed/news'
import { useTempPortal } from '../support/tempPortal'

/**
 * `npm run bench`: public page speed on loopback. The built site runs twice on the demo data —
 * once with the public cache off (every request renders from the database: "cold") and once with
 * it on ("cached") — and autocannon loads each page for a fixed time. Writes a Markdown report.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10)
const COLD = 'http://127.0.0.1:4621'
const CACHED = 'http://127.0.0.1:4622'

useTempPortal('portal-bench', { site: COLD, cms: 'http://127.0.0.1:3621' })
const { buildIfNeeded } = await import('../../cms/scripts/build')
const { prepareDatabase } = await import('../../cms/scripts/prepareDatabase')
buildIfNeeded()
await prepareDatabase({ seed: true })

const pinned = spawnSync('taskset', ['-V']).status === 0
function startSite(url: string, cacheSeconds: number): ChildProcess {
  const args = ['dist/site/server/entry.mjs']
  const env = { ...process.env, PORT: new URL(url).port, HOST: '127.0.0.1', PUBLIC_CACHE_SECONDS: String(cacheSeconds) }
  // Server on core 0, load generator (this process) on the other, so they do not fight.
  return pinned ? spawn('taskset', ['-c', '0', process.execPath, ...args], { env, stdio: 'ignore' }) : spawn(process.execPath, args, { env, stdio: 'ignore' })
}

async function waitFor(url: string) {
  for (let i = 0; i < 200; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`${url} did not start`)
}

async function firstRequestMs(url: string): Promise<number> {
  const started = performance.now()
  const response = await fetch(url)
  await response.arrayBuffer()
  return performance.now() - started
}

type Row = { page: string; mode: string; rps: number; p50: number; p99: number; errors: number; kb: number }

async function load(base: string, page: string, mode: string): Promise<Row> {
  const result = await autocannon({ url: base + page, connections: CONNECTIONS, duration: SECONDS })
  return {
    page,
    mode,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    kb: Math.round(result.throughput.average / Math.max(1, result.requests.average) / 1024 * 10) / 10,
  }
}

const servers = [startSite(COLD, 0), startSite(CACHED, 5)]
try {
  await Promise.all([waitFor(`${COLD}/health`), waitFor(`${CACHED}/health`)])
  const article = `/news/${DEMO_NEWS[0]!.slug}/`
  const pages = ['/', article, '/en/', '/news/']
  const firstHome = await firstRequestMs(`${COLD}/`)
  const rows: Row[] = []
  for (const page of pages) {
    rows.push(await load(COLD, page, 'cold (cache off)'))
    rows.push(await load(CACHED, page, 'cached'))
  }
  const lines = [
    `# Public page benchmark`,
    '',
    `${new Date().toISOString()} · ${CONNECTIONS} connections · ${SECONDS} s per run · loopback · ${pinned ? 'server pinned to core 0' : 'not pinned'} · Node ${process.versions.node}`,
    '',
    `First request to a freshly started site (Payload starting up, empty cache): ${firstHome.toFixed(0)} ms`,
    '',
    '| page | mode | req/s | p50 ms | p99 ms | errors | KB/response |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.page} | ${r.mode} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.kb} |`),
  ]
  mkdirSync('test-results/bench', { recursive: true })
  writeFileSync('test-results/bench/pages.md', `${lines.join('\n')}\n`)
  console.log(lines.join('\n'))
  console.log('\nReport written to test-results/bench/pages.md')
} finally {
  for (const server of servers) server.kill('SIGTERM')
}
process.exit(0)
