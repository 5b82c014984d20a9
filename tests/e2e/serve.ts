import '../../cms/scripts/requireNode'

import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { E2E_CMS_URL, E2E_SITE_URL } from './ports'

/**
 * The portal as the end-to-end tests meet it: the real production build, a fresh SQLite file
 * and upload folder in a temp directory, the demo seed, both servers. Started by Playwright's
 * webServer and stopped by it with SIGTERM.
 */
const dir = path.join(tmpdir(), 'portal-e2e')
rmSync(dir, { recursive: true, force: true })
Object.assign(process.env, {
  NODE_ENV: 'production',
  DATA_DIR: path.join(dir, 'data'),
  MEDIA_DIR: path.join(dir, 'media'),
  DATABASE_URI: `file:${path.join(dir, 'data', 'portal.db')}`,
  PAYLOAD_SECRET: 'end-to-end-tests-secret-0123456789abcdef',
  SITE_URL: E2E_SITE_URL,
  CMS_URL: E2E_CMS_URL,
  SITE_PORT: new URL(E2E_SITE_URL).port,
  CMS_PORT: new URL(E2E_CMS_URL).port,
  PUBLIC_CACHE_SECONDS: '2',
})

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
