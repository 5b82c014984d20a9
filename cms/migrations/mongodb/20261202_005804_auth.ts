import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { backfillAuth } from '../backfill/auth'

/** Press accounts get their holder's identity key (copied from their own application). */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const filled = await backfillAuth({ payload, req })
  payload.logger.info(`auth: identity key copied to ${filled} press accounts`)
}

export async function down({ payload }: MigrateDownArgs): Promise<void> {
  payload.logger.info('auth: nothing to undo (the identity key stays on the accounts).')
}
