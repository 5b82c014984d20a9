import '~/cms/scripts/requireNode'

import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'

import autocannon from 'autocannon'

import { useTempPortal } from '../support/tempPortal'
import { canPin, percentile, startSite, waitFor } from './support'

/**
 * `npm run bench:live`: live coverage under load. One site process (the built site, pinned to core
 * 0 when possible) holds BENCH_LIVE_READERS (5,000) Server-Sent Events streams of one live page,
 * opened by a separate process (tests/bench/liveReaders.ts) from loopback addresses 127.1.x.y,
 * four per address (the site's per-client limit stays on). This process then posts updates with
 * the Local API (as the live slice's operation does: the next seq) and measures the fan-out — from
 * the committed write to each reader's frame, p50/p99 — the site's memory per reader, a cached
 * public page's speed while the streams are held, and how the streams end on SIGTERM.
 */
const READERS = Number(process.env.BENCH_LIVE_READERS ?? 5000)
const ROUNDS = Number(process.env.BENCH_LIVE_ROUNDS ?? 5)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const SITE = 'http://127.0.0.1:4651'

useTempPortal('portal-bench-live', { site: SITE, cms: 'http://127.0.0.1:3651' })
const { buildIfNeeded } = await import('~/cms/scripts/build')
buildIfNeeded()

const { getPayload } = await import('payload')
const payload = await getPayload({ config: (await import('~/cms/payload.config')).default })
await payload.db.migrate()
await (await import('~/cms/seed')).seed(payload)

const { docs: sessions } = await payload.find({
  collection: 'sessions',
  sort: 'startsAt',
  limit: 1,
  overrideAccess: true,
})
const session = await payload.update({
  collection: 'sessions',
  id: sessions[0]!.id,
  overrideAccess: true,
  data: { liveState: 'live', liveOpenedAt: new Date().toISOString() },
})
// After the seed's own coverage (the congress opening): the next numbers are ours.
const { docs: last } = await payload.find({
  collection: 'live-updates',
  sort: '-seq',
  limit: 1,
  depth: 0,
  overrideAccess: true,
})
let seq = last[0]?.seq ?? 0
async function post(text: string): Promise<{ seq: number; writtenAt: number }> {
  seq += 1
  await payload.create({
    collection: 'live-updates',
    overrideAccess: true,
    data: {
      session: session.id,
      kind: 'text',
      text,
      state: 'published',
      seq,
      postedAt: new Date().toISOString(),
    },
  })
  return { seq, writtenAt: Date.now() }
}
await post('Đại biểu vào hội trường')

const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024

async function cachedPage(): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  const result = await autocannon({ url: `${SITE}/`, connections: 10, duration: SECONDS })
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  }
}

const site = startSite(SITE, { PUBLIC_CACHE_SECONDS: '5' })
const exited = new Promise<number | null>((resolve) => site.once('exit', (code) => resolve(code)))
try {
  await waitFor(`${SITE}/health`)
  // Warm: the page renders, the stream's reader loads (one stream opened and read to its end).
  const page = await fetch(`${SITE}/live/${session.id}/`)
  if (!page.ok) throw new Error(`the live page answered ${page.status}`)
  await (await fetch(`${SITE}/live/${session.id}/events?lastEventId=0`)).text()
  await (await fetch(`${SITE}/`)).text()
  // One second of load first, so the figure before is not the server warming up.
  await autocannon({ url: `${SITE}/`, connections: 10, duration: 1 })
  const pageBefore = await cachedPage()
  const rssBefore = rssMb(site.pid!)

  console.log(`… opening ${READERS} readers`)
  // On the other core than the site when possible: the readers' own event loop is part of the figure.
  const readerArgs = [
    '--import',
    'tsx',
    'tests/bench/liveReaders.ts',
    `${SITE}/live/${session.id}/events`,
    String(READERS),
    '4',
  ]
  const readers = canPin
    ? spawn('taskset', ['-c', '1', process.execPath, ...readerArgs], {
        stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      })
    : spawn(process.execPath, readerArgs, { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] })
  const next = <T>(test: (message: T) => boolean) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (message: T) => {
        if (!test(message)) return
        readers.off('message', onMessage)
        resolve(message)
      }
      readers.on('message', onMessage)
      readers.once('exit', (code) => reject(new Error(`the readers exited (${code})`)))
    })
  const ready = await next<{ ready?: number; ms?: number }>((m) => m.ready !== undefined)
  console.log(`  ${ready.ready} readers connected in ${ready.ms} ms`)
  await new Promise((resolve) => setTimeout(resolve, 2000))
  const rssHeld = rssMb(site.pid!)

  const all: number[] = []
  const rounds: { p50: number; p99: number; max: number; missing: number }[] = []
  // Round 0 warms the write path (its first run through the JIT): shown, not counted in "all".
  for (let round = 0; round <= ROUNDS; round++) {
    const written = await post(`Cập nhật thử tải số ${round}`)
    readers.send({ expect: written.seq, writtenAt: written.writtenAt })
    const result = await next<{ seq?: number; latencies: number[]; missing: number }>(
      (m) => m.seq === written.seq,
    )
    const sorted = [...result.latencies].sort((a, b) => a - b)
    if (round > 0) all.push(...sorted)
    rounds.push({
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? 0,
      missing: result.missing,
    })
    console.log(`  round ${round}: p50 ${rounds.at(-1)!.p50} ms, p99 ${rounds.at(-1)!.p99} ms`)
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  console.log('… cached page while the streams are held')
  const pageDuring = await cachedPage()

  console.log('… SIGTERM')
  readers.send({ watchShutdown: true })
  const stopped = Date.now()
  site.kill('SIGTERM')
  const shutdown = await next<{ shutdown?: { frames: number; ended: number; ms: number } }>(
    (m) => m.shutdown !== undefined,
  )
  const exitCode = await exited
  const exitMs = Date.now() - stopped
  readers.kill()

  const allSorted = all.sort((a, b) => a - b)
  const perReaderKb = ((rssHeld - rssBefore) * 1024) / Math.max(1, ready.ready ?? 1)
  const lines = [
    '## Live coverage: Server-Sent Events fan-out',
    '',
    `${new Date().toISOString()} · ${ready.ready} readers on one site process · ${ROUNDS} updates · loopback · ${canPin ? 'site pinned to core 0, readers to core 1' : 'not pinned'} · Node ${process.versions.node} · load average at the end ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} (a shared machine)`,
    '',
    'Target (issue 14): 5,000 readers, an update delivered to all of them in under 1 s (p99).',
    '',
    '| update | p50 ms | p99 ms | max ms | readers without it |',
    '|---|---:|---:|---:|---:|',
    ...rounds.map(
      (r, i) => `| ${i === 0 ? 'warm-up' : i} | ${r.p50} | ${r.p99} | ${r.max} | ${r.missing} |`,
    ),
    `| all but the warm-up | ${percentile(allSorted, 50)} | ${percentile(allSorted, 99)} | ${allSorted.at(-1) ?? 0} | |`,
    '',
    `Write → frame: from the committed Local API write (this process) to the frame read by each reader (another process). The site polls every 100 ms, so about 50 ms of it is waiting for the next poll.`,
    `Readers connected in ${ready.ms} ms. Site memory (RSS): ${rssBefore.toFixed(0)} MB before, ${rssHeld.toFixed(0)} MB holding the streams: ${perReaderKb.toFixed(1)} KB per reader.`,
    `Cached home page (10 connections, ${SECONDS} s): ${pageBefore.rps} req/s, p50 ${pageBefore.p50} / p99 ${pageBefore.p99} ms before; ${pageDuring.rps} req/s, p50 ${pageDuring.p50} / p99 ${pageDuring.p99} ms while the streams are held; errors ${pageBefore.errors + pageDuring.errors}.`,
    `SIGTERM: ${shutdown.shutdown!.frames} of ${shutdown.shutdown!.ended} streams got the shutdown frame; all ended within ${shutdown.shutdown!.ms} ms; the site exited with code ${exitCode} after ${exitMs} ms.`,
  ]
  mkdirSync('test-results/bench', { recursive: true })
  writeFileSync('test-results/bench/live.md', `${lines.join('\n')}\n`)
  console.log(lines.join('\n'))
} finally {
  if (site.exitCode === null && site.signalCode === null) site.kill('SIGTERM')
  await payload.destroy()
}
process.exit(0)
