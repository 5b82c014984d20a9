import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

import { backfillAdminvi } from '../backfill/adminvi'

/** The admin's title of an application (reference · name): a nullable column, its index, filled in. */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`accreditation_requests\` ADD \`title\` text;`)
  await db.run(
    sql`CREATE INDEX \`accreditation_requests_title_idx\` ON \`accreditation_requests\` (\`title\`);`,
  )
  const { titled } = await backfillAdminvi({ payload, req })
  payload.logger.info(`adminvi: ${titled} applications titled`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`accreditation_requests_title_idx\`;`)
  await db.run(sql`ALTER TABLE \`accreditation_requests\` DROP COLUMN \`title\`;`)
}
