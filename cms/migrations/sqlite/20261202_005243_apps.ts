import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillApps } from '../backfill/apps'

/** Status links carry a random per-record secret: every request gets one. */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`accreditation_requests\` ADD \`status_secret\` text;`)
  await backfillApps({ payload, req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`accreditation_requests\` DROP COLUMN \`status_secret\`;`)
}
