import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { backfillAdminvi } from '../backfill/adminvi'

/** The admin's title of an application (Mongoose builds its index itself): filled in. */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const { titled } = await backfillAdminvi({ payload, req })
  payload.logger.info(`adminvi: ${titled} applications titled`)
}

export async function down({ payload }: MigrateDownArgs): Promise<void> {
  payload.logger.info('adminvi: titles stay (a copy of the reference and the name).')
}
