import './requireNode'

import { getEnv } from '../env'
import { fail } from './fail'
import { ensureLocalPassKeys } from '../passKeys'
import { ensureLocalSecret } from './secret'

/** `npm run seed`: migrate, then fill an empty database with the demo congress. */
try {
  ensureLocalSecret()
  getEnv()
  ensureLocalPassKeys()
  // Loaded only after the settings are checked: the Payload config reads them as it loads.
  const { prepareDatabase } = await import('./prepareDatabase')
  const { seeded } = await prepareDatabase({ seed: true })
  console.log(
    seeded ? '✓ Demo content created.' : '✓ The database already has content; nothing seeded.',
  )
  process.exit(0)
} catch (error) {
  fail(error)
}
