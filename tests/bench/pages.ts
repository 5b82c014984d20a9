import '~/cms/scripts/requireNode'

import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'

import autocannon from 'autocannon'

import { DEMO_NEWS } from '~/cms/seed/news'
import { useTempPortal } from '../support/tempPortal'
import { startBareNode } from './bareNode'
import { canPin, startSite, waitFor } from './support'

/**
 * `npm run bench:pages`: public page speed on loopback. The built site runs twice on the demo data —
 * public cache off (every request renders from the database: "cold") and on ("cached") — next to a
 * bare Node http server returning the same bytes (the ceiling for any Node server). autocannon loads
 * each for a fixed time at 10 connections, and the cached site again at 100 (errors must be 0).
 * Then publish-to-visible: an article published through the Local API, polled on the cached site.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const COLD = 'http://127.0.0.1:4621'
const CACHED = 'http://127.0.0.1:4622'
const BARE_PORT = 4623

useTempPortal('portal-bench', { site: COLD, cms: 'http://127.0.0.1:3621' })
const { buildIfNeeded } = await import('~/cms/scripts/build')
const { prepareDatabase } = await import('~/cms/scripts/prepareDatabase')
buildIfNeeded()
await prepareDatabase({ seed: true })

type Run = { rps: number; p50: number; p99: number; errors: number }

async function load(url: string, connections: number): Promise<Run> {
  const result = await autocannon({ url, connections, duration: SECONDS })
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  }
}

async function bare(body: Buffer, type: string): Promise<Run> {
  const server = startBareNode(BARE_PORT, body, type)
  try {
    await waitFor(`http://127.0.0.1:${BARE_PORT}/`)
    return await load(`http://127.0.0.1:${BARE_PORT}/`, 10)
  } finally {
    const exited = new Promise((resolve) => server.once('exit', resolve))
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))])
  }
}

/** The public pages to measure: the first gallery is found from the gallery list. */
async function pagesToMeasure(): Promise<{ name: string; path: string }[]> {
  const galleries = await (await fetch(`${CACHED}/galleries/`)).text()
  const gallery = /href="(\/galleries\/[^"/]+\/)"/.exec(galleries)?.[1] ?? '/galleries/'
  const candidates = [
    { name: 'home', path: '/' },
    { name: 'article', path: `/news/${DEMO_NEWS[0]!.slug}/` },
    { name: 'release list', path: '/releases/' },
    { name: 'gallery', path: gallery },
    { name: 'schedule', path: '/schedule/' },
    { name: 'news list', path: '/news/' },
    { name: 'home (English)', path: '/en/' },
  ]
  const present = await Promise.all(
    candidates.map(async (page) => ((await fetch(CACHED + page.path)).ok ? page : null)),
  )
  return present.filter((page) => page !== null)
}

/** Publish in another process (as the admin does), then poll the cached site until the title shows. */
async function publishToVisible(): Promise<number> {
  const title = `Bench ${Date.now()}`
  const writer = spawn('tsx', ['tests/bench/publishOne.ts', title], {
    env: process.env,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    writer.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('published') && resolve())
    writer.once('exit', (code) =>
      reject(new Error(`the writer exited (${code}) before publishing`)),
    )
  })
  const started = performance.now()
  for (;;) {
    const html = await (await fetch(`${CACHED}/news/`)).text()
    if (html.includes(title)) return performance.now() - started
    if (performance.now() - started > 60_000) throw new Error('the article never appeared')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

export type PageRow = {
  page: string
  path: string
  render: Run
  cold: Run
  cached: Run
  cached100: Run
  bare: Run
  kb: number
}

const servers = [
  startSite(COLD, { PUBLIC_CACHE_SECONDS: '0' }),
  startSite(CACHED, { PUBLIC_CACHE_SECONDS: '5' }),
]
try {
  await Promise.all([waitFor(`${COLD}/health`), waitFor(`${CACHED}/health`)])
  const firstStarted = performance.now()
  await (await fetch(`${COLD}/`)).arrayBuffer()
  const firstMs = performance.now() - firstStarted
  const rows: PageRow[] = []
  for (const page of await pagesToMeasure()) {
    console.log(`… ${page.name} ${page.path}`)
    const response = await fetch(CACHED + page.path)
    const body = Buffer.from(await response.arrayBuffer())
    rows.push({
      page: page.name,
      path: page.path,
      // One connection: the latency is the render time itself, with no queue in front of it.
      render: await load(COLD + page.path, 1),
      cold: await load(COLD + page.path, 10),
      cached: await load(CACHED + page.path, 10),
      cached100: await load(CACHED + page.path, 100),
      bare: await bare(body, response.headers.get('content-type') ?? 'text/html'),
      kb: Math.round(body.length / 102.4) / 10,
    })
  }
  console.log('… publish → visible')
  const visibleMs = await publishToVisible()
  const pct = (a: number, b: number) => `${Math.round((a / Math.max(1, b)) * 100)} %`
  const lines = [
    '## Public pages',
    '',
    `${new Date().toISOString()} · ${SECONDS} s per run · loopback · ${canPin ? 'servers pinned to core 0, load generator on core 1' : 'not pinned'} · Node ${process.versions.node}`,
    '',
    'Targets: cached ≥ 60 % of bare Node; cold render p50 < 30 ms; no error at 100 connections. Cached and bare Node at 10 connections.',
    '',
    '| page | KB | cold render p50 / p99 ms (1 conn.) | cold req/s (10 conn.) | cached req/s | cached p50 / p99 ms | bare Node req/s | cached ÷ bare | 100 conn. req/s | 100 conn. p99 ms | errors (all runs) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.page} \`${r.path}\` | ${r.kb} | ${r.render.p50} / ${r.render.p99} | ${r.cold.rps} | ${r.cached.rps} | ${r.cached.p50} / ${r.cached.p99} | ${r.bare.rps} | ${pct(r.cached.rps, r.bare.rps)} | ${r.cached100.rps} | ${r.cached100.p99} | ${r.render.errors + r.cold.errors + r.cached.errors + r.cached100.errors} |`,
    ),
    '',
    `First request to a freshly started site (Payload starting, empty cache): ${firstMs.toFixed(0)} ms.`,
    `Publish → visible on the cached site (committed by another process, then polling /news/ every 50 ms): ${(visibleMs / 1000).toFixed(2)} s (data cache 5 s, page cache 1 s).`,
  ]
  mkdirSync('test-results/bench', { recursive: true })
  writeFileSync('test-results/bench/pages.md', `${lines.join('\n')}\n`)
  console.log(lines.join('\n'))
} finally {
  for (const server of servers) server.kill('SIGTERM')
}
process.exit(0)
