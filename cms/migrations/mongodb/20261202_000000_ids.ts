import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { backfillIds } from '../backfill/ids'

/**
 * MongoDB's ObjectIds are never reused, so only the counters (reference and release numbers)
 * need filling from the highest number in use.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await backfillIds({ payload, req })
}

export async function down({ payload }: MigrateDownArgs): Promise<void> {
  payload.logger.info('ids: counters are kept (setting them back would reuse numbers).')
}
