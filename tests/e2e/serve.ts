import '~/cms/scripts/requireNode'

import { createServer } from 'node:http'

import { startMailCatcher } from '../int/mailCatcher'
import { useTempPortal } from '../support/tempPortal'
import { MAILBOX_PORT } from './mailbox'
import { E2E_CMS_URL, E2E_SITE_URL, E2E_TEMP_NAME } from './ports'

/**
 * The portal as the end-to-end tests meet it: the real production build, a fresh SQLite file
 * and upload folder, the demo seed, both servers, and a real SMTP server that catches their mail
 * (listed as JSON at 127.0.0.1:4599/messages for the tests). Started by Playwright's webServer
 * and stopped by it with SIGTERM.
 */
useTempPortal(
  E2E_TEMP_NAME,
  { site: E2E_SITE_URL, cms: E2E_CMS_URL },
  {
    PUBLIC_CACHE_SECONDS: '2',
    // The tests share one client address; only the test that means to be throttled should be.
    RATE_LIMIT_STATUS_PER_MIN: '300',
    RATE_LIMIT_APPLY_PER_10_MIN: '1000',
    // As behind a reverse proxy: a test that means to be throttled poses as its own client.
    TRUST_PROXY: 'true',
    RATE_LIMIT_STAFF_SIGNIN_PER_10_MIN: '200',
    RATE_LIMIT_PRESS_SIGNIN_PER_10_MIN: '200',
    // One site process: specs count per-process things (the fifth live stream of a client, rate
    // limits) on the portal; cluster.spec.ts starts its own site with SITE_PROCESSES=2.
    SITE_PROCESSES: '1',
  },
)

// Before the config loads and before the servers start: both inherit SMTP_HOST/SMTP_PORT.
const mail = await startMailCatcher()
const mailbox = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/messages') {
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
    })
    res.end(JSON.stringify(mail.messages))
    return
  }
  res.writeHead(404).end()
})
await new Promise<void>((resolve, reject) => {
  mailbox.once('error', reject)
  mailbox.listen(MAILBOX_PORT, '127.0.0.1', resolve)
})

const { getEnv } = await import('~/cms/env')
const { buildIfNeeded } = await import('~/cms/scripts/build')
const { prepareDatabase } = await import('~/cms/scripts/prepareDatabase')
const { startServers } = await import('~/cms/scripts/servers')

buildIfNeeded()
await prepareDatabase({ seed: true })
const portal = await startServers(getEnv(), { quiet: true })
console.log('portal ready for end-to-end tests')
// The SMTP server and the mailbox end with this process.
const stop = () => portal.stop().then(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
portal.exited.then((why) => {
  console.error(why)
  process.exit(1)
})
