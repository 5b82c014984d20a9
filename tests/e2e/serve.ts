import '../../cms/scripts/requireNode'

import { useTempPortal } from '../support/tempPortal'
import { E2E_CMS_URL, E2E_SITE_URL } from './ports'

/**
 * The portal as the end-to-end tests meet it: the real production build, a fresh SQLite file
 * and upload folder, the demo seed, both servers. Started by Playwright's webServer and stopped
 * by it with SIGTERM.
 */
useTempPortal('portal-e2e', { site: E2E_SITE_URL, cms: E2E_CMS_URL }, { PUBLIC_CACHE_SECONDS: '2' })

const { getEnv } = await import('../../cms/env')
const { buildIfNeeded } = await import('../../cms/scripts/build')
const { prepareDatabase } = await import('../../cms/scripts/prepareDatabase')
const { startServers } = await import('../../cms/scripts/servers')

buildIfNeeded()
await prepareDatabase({ seed: true })
const portal = await startServers(getEnv(), { quiet: true })
console.log('portal ready for end-to-end tests')
const stop = () => portal.stop().then(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
portal.exited.then((why) => {
  console.error(why)
  process.exit(1)
})
