import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { backfillDoor } from '../backfill/door'

/** Passes get a random serial; check-ins are re-keyed to it (MongoDB needs no schema change). */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await backfillDoor({ payload, req })
}

export async function down(_args: MigrateDownArgs): Promise<void> {}
