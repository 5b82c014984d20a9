import { getPayload } from 'payload'

import config from '../payload.config'
import { seed } from '../seed'

/** Applies pending migrations and, on an empty database, the demo content. Safe to run again. */
export async function prepareDatabase(options: { seed: boolean }): Promise<{ seeded: boolean }> {
  const payload = await getPayload({ config: await config })
  try {
    await payload.db.migrate()
    const { created } = options.seed ? await seed(payload) : { created: false }
    return { seeded: created }
  } finally {
    await payload.destroy()
  }
}
