import './requireNode'

import { getEnv } from '../env'
import { DEMO_JOURNALIST_EMAIL, DEMO_PASSWORD, DEMO_STAFF } from '../seed/users'
import { buildIfNeeded } from './build'
import { fail } from './fail'
import { ensureLocalPassKeys } from '../passKeys'
import { ensureLocalSecret } from './secret'
import { startServers } from './servers'

/**
 * `npm start`: the whole portal on one machine. Checks the settings, builds what is missing,
 * migrates, seeds an empty database, then runs the admin and the site until Ctrl-C stops both.
 */
Object.assign(process.env, { NODE_ENV: 'production' })

try {
  const started = Date.now()
  if (ensureLocalSecret() === 'created')
    console.log('• No PAYLOAD_SECRET set: generated one for this machine in data/.payload-secret.')
  const env = getEnv()
  if (ensureLocalPassKeys() === 'created')
    console.log('• No pass-signing keys set: generated a pair for this machine in data/pass-keys/.')
  // Loaded only after the settings are checked: the Payload config reads them as it loads.
  const { prepareDatabase } = await import('./prepareDatabase')
  buildIfNeeded()
  const { seeded } = await prepareDatabase({ seed: true })
  console.log(seeded ? '✓ Database migrated and demo content created.' : '✓ Database migrated.')

  const portal = await startServers(env)
  let stopping = false
  const shutdown = (code: number) => {
    if (stopping) return
    stopping = true
    console.log('\nStopping both servers…')
    portal.stop().then(() => process.exit(code))
  }
  process.on('SIGINT', () => shutdown(0))
  process.on('SIGTERM', () => shutdown(0))
  portal.exited.then((why) => {
    console.error(`\n✖ ${why} Stopping the portal.`)
    shutdown(1)
  })

  console.log(`
  Congress Press Portal is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)

    Public site     ${env.SITE_URL}/   (English: ${env.SITE_URL}/en/)
    Press office    ${env.CMS_URL}/admin

  Demo staff logins (password for all: ${DEMO_PASSWORD})
${DEMO_STAFF.map((user) => `    ${user.roles.join(', ').padEnd(24)} ${user.email}`).join('\n')}

  Demo journalist (press area ${env.SITE_URL}/press/, same password)
    ${DEMO_JOURNALIST_EMAIL}

  Press Ctrl-C to stop both servers.
`)
} catch (error) {
  fail(error)
}
