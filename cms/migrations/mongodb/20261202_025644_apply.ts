import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { backfillApply } from '../backfill/apply'

/**
 * One application per person per event: the unique index on the identity key goes (Mongoose
 * builds the plain one, and the unique application key's, itself); existing requests and their
 * quota places are keyed with their event.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const db = payload.db.connection.db
  if (!db) throw new Error('MongoDB connection not ready')
  const requests = db.collection('accreditation-requests')
  for (const index of await requests.indexes())
    if (index.unique && index.key && 'identityKey' in index.key && index.name)
      await requests.dropIndex(index.name)
  const result = await backfillApply({ payload, req })
  payload.logger.info(
    `apply: ${result.keyed} requests and ${result.places} quota places keyed by event`,
  )
}

export async function down({ payload }: MigrateDownArgs): Promise<void> {
  payload.logger.info('apply: the keys stay (several applications per person cannot become one).')
}
