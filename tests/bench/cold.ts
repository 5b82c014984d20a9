import '~/cms/scripts/requireNode'

import { loadavg } from 'node:os'

import {
  benchPortal,
  latencies,
  percentile,
  pinClient,
  PUBLIC_PAGE_TYPES,
  startSite,
  stop,
  waitFor,
} from './support'

/**
 * `npx tsx tests/bench/cold.ts`: the cold render time alone (the site with PUBLIC_CACHE_SECONDS=0: no
 * response or data cache), one request at a time, every public page type in vi and en, plus the
 * search, event and programme pages. The same figure as bench:pages' cold column, in a minute.
 * BENCH_COLD_REQUESTS (default 40) per page; BENCH_COLD_PROFILE=dir writes the site's CPU profile.
 */
const COUNT = Number(process.env.BENCH_COLD_REQUESTS ?? 40)
const { port } = benchPortal('portal-cold', 4621)
const COLD = `http://127.0.0.1:${port(4621)}`
const { buildIfNeeded } = await import('~/cms/scripts/build')
const { prepareDatabase } = await import('~/cms/scripts/prepareDatabase')
buildIfNeeded()
await prepareDatabase({ seed: true })
pinClient()

const EXTRA = [
  { name: 'search', path: '/search/?q=b%C3%A1o+ch%C3%AD' },
  { name: 'event list', path: '/events/' },
  { name: 'galleries', path: '/galleries/' },
  { name: 'not found', path: '/news/no-such-article/' },
]
const profile = process.env.BENCH_COLD_PROFILE
const site = startSite(COLD, {
  PUBLIC_CACHE_SECONDS: '0',
  ...(profile ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profile}` } : {}),
})
try {
  await waitFor(`${COLD}/health`)
  const events = await fetch(`${COLD}/events/`).then((r) => r.text())
  const slug = /href="\/events\/([^/"]+)\/"/.exec(events)?.[1]
  const pages = [
    ...PUBLIC_PAGE_TYPES,
    ...EXTRA,
    ...(slug ? [{ name: 'event', path: `/events/${slug}/` }] : []),
  ]
  const rows: string[] = []
  for (const page of pages)
    for (const path of [page.path, `/en${page.path}`]) {
      const status = (await fetch(COLD + path)).status
      const ms = await latencies(COLD + path, COUNT)
      rows.push(
        `${page.name.padEnd(14)} ${path.padEnd(52)} ${status} p50 ${percentile(ms, 50).toFixed(1).padStart(6)} p99 ${percentile(ms, 99).toFixed(1).padStart(6)}`,
      )
      console.log(rows.at(-1))
    }
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  )
} finally {
  await stop(site)
}
process.exit(0)
