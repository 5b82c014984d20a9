import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillAuth } from '../backfill/auth'

/** Press accounts remember whose identity they hold (never matched by e-mail); no lockout columns. */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`identity_key\` text;`)
  await db.run(
    sql`CREATE INDEX \`journalists_identity_key_idx\` ON \`journalists\` (\`identity_key\`);`,
  )
  await db.run(sql`ALTER TABLE \`journalists\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`journalists\` DROP COLUMN \`lock_until\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
  await backfillAuth({ payload, req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`journalists_identity_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`lock_until\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` DROP COLUMN \`identity_key\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
}
