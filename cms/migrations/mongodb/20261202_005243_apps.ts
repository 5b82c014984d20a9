import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { backfillApps } from '../backfill/apps'

/** Status-link secrets for the requests made before they existed (the field itself needs no schema change). */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const filled = await backfillApps({ payload, req })
  payload.logger.info(`Status-link secrets given to ${filled} existing accreditation request(s).`)
}

export async function down({ payload }: MigrateDownArgs): Promise<void> {
  payload.logger.info('Status-link secrets stay: links made with them keep working.')
}
