import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillApply } from '../backfill/apply'

/**
 * One application per person per event: the identity key repeats across events (plain index),
 * the new application key (event + person) is unique; existing rows are keyed with their event,
 * and so are their quota places. The waiting list's status needs no column.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`accreditation_requests_identity_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`accreditation_requests\` ADD \`application_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`accreditation_requests_application_key_idx\` ON \`accreditation_requests\` (\`application_key\`);`)
  await db.run(sql`CREATE INDEX \`accreditation_requests_identity_key_idx\` ON \`accreditation_requests\` (\`identity_key\`);`)
  await backfillApply({ payload, req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`accreditation_requests_application_key_idx\`;`)
  await db.run(sql`DROP INDEX \`accreditation_requests_identity_key_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`accreditation_requests_identity_key_idx\` ON \`accreditation_requests\` (\`identity_key\`);`)
  await db.run(sql`ALTER TABLE \`accreditation_requests\` DROP COLUMN \`application_key\`;`)
}
