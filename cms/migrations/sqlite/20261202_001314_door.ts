import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillDoor } from '../backfill/door'

/** Passes get a random serial (QR claims and admissions name it, never the reusable row id). */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`passes\` ADD \`serial\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`passes_serial_idx\` ON \`passes\` (\`serial\`);`)
  await db.run(sql`ALTER TABLE \`check_ins\` ADD \`pass_serial\` text;`)
  await db.run(sql`CREATE INDEX \`check_ins_pass_serial_idx\` ON \`check_ins\` (\`pass_serial\`);`)
  await backfillDoor({ payload, req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`passes_serial_idx\`;`)
  await db.run(sql`ALTER TABLE \`passes\` DROP COLUMN \`serial\`;`)
  await db.run(sql`DROP INDEX \`check_ins_pass_serial_idx\`;`)
  await db.run(sql`ALTER TABLE \`check_ins\` DROP COLUMN \`pass_serial\`;`)
}
