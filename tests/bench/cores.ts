import { readFileSync } from 'node:fs'

import { rawGet, siteLog, startSite, stop, type Target, waitFor, wrk } from './support'

/** Whether the site can run several processes on one port (issue 15): its env schema names it. */
export const siteProcessesSupported = (): boolean =>
  readFileSync('cms/env.ts', 'utf8').includes('SITE_PROCESSES')

/** Until the site whose primary is `pid` logs that `processes` workers listen (site/serve/primary.ts). */
async function workersListening(pid: number, processes: number): Promise<void> {
  for (let i = 0; i < 3000; i++) {
    const log = readFileSync(siteLog(), 'utf8')
    const since = log.lastIndexOf(`(primary pid ${pid})`)
    if (
      since >= 0 &&
      (log.slice(since).match(/site worker \d+ \(pid \d+\) listening/g) ?? []).length >= processes
    )
      return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`the site's ${processes} workers did not all start`)
}

/**
 * ━━ BOTH CORES ━━ throughput of one cached page with `SITE_PROCESSES=2` against `1`, in the same
 * run, on the portal the caller prepared. Nothing is pinned here: the site may use both cores, and
 * wrk shares them. Until the site supports SITE_PROCESSES the line says so instead of a number.
 */
export async function compareSiteProcesses(url: (processes: number) => string): Promise<Target> {
  const target = 'Both cores: throughput with `SITE_PROCESSES=2` against 1, same run'
  if (!siteProcessesSupported())
    return { target, figure: 'not supported yet (the site has no SITE_PROCESSES)', pass: null }
  const rps: number[] = []
  for (const processes of [1, 2]) {
    const page = url(processes)
    const site = startSite(page, { SITE_PROCESSES: String(processes) }, '')
    try {
      await waitFor(`${new URL(page).origin}/health`)
      // /health answers once one worker listens: the others may still be starting.
      if (processes > 1) await workersListening(site.pid!, processes)
      // Each request on a new connection, so every worker renders the page (and starts Payload)
      // before the timed run: the primary deals connections to the workers in turn.
      for (let i = 0; i < 3 * processes; i++) await rawGet(page, { Connection: 'close' })
      rps.push(wrk(page, { pinned: false }).rps)
    } finally {
      await stop(site)
    }
  }
  const [one = 0, two = 0] = rps
  return {
    target,
    figure: `${Math.round(two)} against ${Math.round(one)} req/s (× ${(two / Math.max(1, one)).toFixed(2)}), \`${new URL(url(1)).pathname}\`, wrk on the same two cores`,
    pass: two > one,
  }
}
