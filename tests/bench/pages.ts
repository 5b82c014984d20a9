import '~/cms/scripts/requireNode'

import { spawn } from 'node:child_process'

import { bareKey, startBareNode } from './bareNode'
import { compareSiteProcesses } from './cores'
import {
  BENCH_SECONDS,
  benchPortal,
  conditions,
  latencies,
  percentile,
  pinClient,
  PUBLIC_PAGE_TYPES,
  type RawResponse,
  rawGet,
  requireWrk,
  startSite,
  stop,
  targetTable,
  waitFor,
  wrk,
  wrkPair,
  type WrkResult,
  writePart,
} from './support'

/**
 * `npm run bench:pages`: public page speed on loopback, every figure from the same run. wrk loads
 * the cached site (pinned to core 0, wrk on core 1) and, page by page, a bare Node server sending
 * the same bytes with the same headers (the ceiling for any Node server); again with
 * `Accept-Encoding: br, gzip` (bytes on the wire) and with a fresh `?utm_source=` on every request
 * (cache busting). A second site with the public cache off (PUBLIC_CACHE_SECONDS=0) gives the cold
 * render time, one request at a time. Home, article, news and release lists, gallery and schedule,
 * in Vietnamese and English.
 */
const COLD_REQUESTS = Number(process.env.BENCH_COLD_REQUESTS ?? 40)
const COMPRESSED = { 'Accept-Encoding': 'br, gzip' }

requireWrk()
const { site: CACHED, port } = benchPortal('portal-bench', 4622)
const COLD = `http://127.0.0.1:${port(4621)}`
const BARE = `http://127.0.0.1:${port(4623)}`
const { buildIfNeeded } = await import('~/cms/scripts/build')
const { prepareDatabase } = await import('~/cms/scripts/prepareDatabase')
buildIfNeeded()
await prepareDatabase({ seed: true })
pinClient()

/** Each page type in both languages (what does not answer 200 is left out, with a warning). */
async function pagesToMeasure(): Promise<{ name: string; path: string }[]> {
  const pages = PUBLIC_PAGE_TYPES.flatMap((t) => [
    t,
    { name: `${t.name} (en)`, path: `/en${t.path}` },
  ])
  const present = await Promise.all(
    pages.map(async (page) => ((await fetch(CACHED + page.path)).ok ? page : null)),
  )
  for (const [i, page] of pages.entries())
    if (!present[i]) console.warn(`! ${page.path} does not answer 200: left out`)
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

type Row = {
  name: string
  path: string
  identity: RawResponse
  compressed: RawResponse
  site: WrkResult
  bare: WrkResult
  zipped: WrkResult
  busted: WrkResult
  cold: number[]
  /** Status of a request carrying the page's ETag in If-None-Match (null: no ETag). */
  revalidated: number | null
}

/**
 * “Today’s” bytes on the wire (status line, headers and body) of each page, uncompressed: main at
 * 99eeff8, before compression, on the demo data, measured with this bench's `rawGet`. The
 * compression target reads against these (they move a little with the seed's dates); a page not
 * listed reads against its own uncompressed answer in the same run.
 */
const TODAY_BYTES: Record<string, number> = {
  '/': 35954,
  '/en/': 35031,
  '/news/mo-dang-ky-the-tac-nghiep-bao-chi/': 17628,
  '/en/news/mo-dang-ky-the-tac-nghiep-bao-chi/': 17200,
  '/news/': 20407,
  '/en/news/': 19907,
  '/releases/': 14427,
  '/en/releases/': 14385,
  '/galleries/khong-khi-chao-mung-dai-hoi/': 24497,
  '/en/galleries/khong-khi-chao-mung-dai-hoi/': 24038,
  '/schedule/': 16716,
  '/en/schedule/': 16591,
}

/** A response's size on the wire: status line, headers and body. */
const wireBytes = (r: RawResponse) => r.headerBytes + r.body.length
const pct = (share: number) => `${Math.round(share * 100)} %`
const kb = (bytes: number) => (bytes / 1024).toFixed(1)

const servers = [startSite(COLD, { PUBLIC_CACHE_SECONDS: '0' }), startSite(CACHED)]
try {
  await Promise.all([waitFor(`${COLD}/health`), waitFor(`${CACHED}/health`)])
  const firstStarted = performance.now()
  await rawGet(`${COLD}/`)
  const firstMs = performance.now() - firstStarted

  // The bytes and headers each page is served with (cached: the second answer), for the bare server.
  const pages = await pagesToMeasure()
  const seen = new Map<string, RawResponse>()
  for (const page of pages)
    for (const encoding of ['', COMPRESSED['Accept-Encoding']]) {
      const headers: Record<string, string> = encoding ? { 'Accept-Encoding': encoding } : {}
      await rawGet(CACHED + page.path, headers)
      seen.set(bareKey(encoding, page.path), await rawGet(CACHED + page.path, headers))
    }
  const bareServer = startBareNode(port(4623), seen)
  const rows: Row[] = []
  try {
    await waitFor(`${BARE}/health`)
    for (const page of pages) {
      console.log(`… ${page.name} ${page.path}`)
      const identity = seen.get(bareKey('', page.path))!
      const etag = identity.headers.etag
      const [bare, site] = wrkPair(BARE + page.path, CACHED + page.path)
      rows.push({
        ...page,
        identity,
        compressed: seen.get(bareKey(COMPRESSED['Accept-Encoding'], page.path))!,
        bare,
        site,
        zipped: wrk(CACHED + page.path, { headers: COMPRESSED }),
        busted: wrk(CACHED + page.path, { bust: true }),
        cold: await latencies(COLD + page.path, COLD_REQUESTS),
        revalidated: etag
          ? (await rawGet(CACHED + page.path, { 'If-None-Match': etag })).status
          : null,
      })
    }
  } finally {
    await stop(bareServer)
  }
  console.log('… both cores')
  const cores = await compareSiteProcesses((n) => `http://127.0.0.1:${port(4623 + n)}/`)
  console.log('… publish → visible')
  const visibleMs = await publishToVisible()

  const worst = (key: (row: Row) => number, lowest: boolean) =>
    rows.reduce((a, b) => ((lowest ? key(b) < key(a) : key(b) > key(a)) ? b : a))
  const share = (r: Row) => r.site.rps / Math.max(1, r.bare.rps)
  const wire = (r: Row) => wireBytes(r.compressed) / (TODAY_BYTES[r.path] ?? wireBytes(r.identity))
  const wireNow = (r: Row) => wireBytes(r.compressed) / wireBytes(r.identity)
  const bust = (r: Row) => r.busted.rps / Math.max(1, r.site.rps)
  const p50 = (r: Row) => percentile(r.cold, 50)
  const lowShare = worst(share, true)
  const highWire = worst(wire, false)
  const lowBust = worst(bust, true)
  const slowCold = worst(p50, false)
  const encodings = [...new Set(rows.map((r) => r.compressed.headers['content-encoding']))]
  const errors = rows.reduce((n, r) => n + r.site.errors + r.zipped.errors + r.busted.errors, 0)
  const lines = [
    '## Public pages',
    '',
    conditions(
      `wrk ${BENCH_SECONDS} s per figure, ${process.env.BENCH_CONNECTIONS ?? 50} connections, 1 thread`,
    ),
    '',
    ...targetTable([
      {
        target: `Cached pages ≥ 80 % of bare Node sending the same bytes (${rows.length} pages, vi and en)`,
        figure: `lowest ${pct(share(lowShare))} (${lowShare.name}), median ${pct(
          percentile(
            rows.map(share).sort((a, b) => a - b),
            50,
          ),
        )}`,
        pass: share(lowShare) >= 0.8,
      },
      {
        target: 'With `Accept-Encoding: br, gzip`, bytes on the wire ≤ 30 % of today’s',
        figure: `highest ${pct(wire(highWire))} (${highWire.name}); Content-Encoding: ${encodings.map((e) => e ?? 'none').join(', ')}`,
        pass: wire(highWire) <= 0.3,
      },
      {
        target: 'Cache-busting query strings ≥ 80 % of cached throughput',
        figure: `lowest ${pct(bust(lowBust))} (${lowBust.name}: ${Math.round(lowBust.busted.rps)} against ${Math.round(lowBust.site.rps)} req/s)`,
        pass: bust(lowBust) >= 0.8,
      },
      {
        target: 'Cold render (cache empty) p50 < 10 ms for every public page type',
        figure: `highest ${p50(slowCold).toFixed(1)} ms (${slowCold.name})`,
        pass: p50(slowCold) < 10,
      },
      { target: 'No error under load', figure: `${errors} errors`, pass: errors === 0 },
    ]),
    '',
    'Bare Node and cached site: the best of BENCH_ROUNDS (3) alternating slices each, so both meet the same load from the rest of the machine. Bytes on the wire: status line, headers and body; “today’s”: each page uncompressed as main served it before compression (`TODAY_BYTES` in pages.ts). Cold: the site with PUBLIC_CACHE_SECONDS=0 (no response or data cache), one request at a time.',
    '',
    '| page | KB (body) | on the wire with br/gzip asked, ÷ today’s | bare Node req/s | cached req/s | ÷ bare | compressed req/s | cache-busting req/s | ÷ cached | cold p50 / p99 ms | cached p99 ms | If-None-Match |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.name} \`${r.path}\` | ${kb(r.identity.body.length)} | ${pct(wire(r))} (${kb(r.compressed.body.length)} KB ${r.compressed.headers['content-encoding'] ?? 'identity'}; ${pct(wireNow(r))} of identity now) | ${Math.round(r.bare.rps)} | ${Math.round(r.site.rps)} | ${pct(share(r))} | ${Math.round(r.zipped.rps)} | ${Math.round(r.busted.rps)} | ${pct(bust(r))} | ${p50(r).toFixed(1)} / ${percentile(r.cold, 99).toFixed(1)} | ${r.site.latencyMs.p99.toFixed(1)} | ${r.revalidated ?? 'no ETag'} |`,
    ),
    '',
    `First request to a freshly started site (Payload starting, empty cache): ${firstMs.toFixed(0)} ms.`,
    `Publish → visible on the cached site (committed by another process, then polling /news/ every 50 ms): ${(visibleMs / 1000).toFixed(2)} s.`,
    '',
    '## Both cores',
    '',
    ...targetTable([cores]),
  ]
  writePart('pages', lines)
} finally {
  for (const server of servers) await stop(server)
}
process.exit(0)
