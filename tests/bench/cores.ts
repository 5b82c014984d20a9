import { readFileSync } from 'node:fs'

import { rawGet, startSite, stop, type Target, waitFor, wrk } from './support'

/** Whether the site can run several processes on one port (issue 15): its env schema names it. */
export const siteProcessesSupported = (): boolean =>
  readFileSync('cms/env.ts', 'utf8').includes('SITE_PROCESSES')

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
