import '~/cms/scripts/requireNode'

import cluster from 'node:cluster'

import { getEnv } from '~/cms/env'
import { fail } from '~/cms/scripts/fail'

/**
 * The site's entry (cms/scripts/siteServer.ts). With SITE_PROCESSES=1 it is the server itself
 * (site/serve/index.ts); with more, a small primary that loads neither Astro nor Payload forks
 * that many servers sharing the one port (site/serve/primary.ts), and each of them comes back here
 * as a worker. The database is prepared before the site starts (cms/scripts/start.ts), and the
 * site runs no periodic work of its own: nothing here is done once per worker that must be done
 * once per machine.
 */
let processes: number
try {
  processes = getEnv().SITE_PROCESSES
} catch (error) {
  fail(error)
}

if (cluster.isPrimary && processes > 1) {
  const { runPrimary } = await import('./primary')
  runPrimary(processes)
} else {
  await import('./index')
}
