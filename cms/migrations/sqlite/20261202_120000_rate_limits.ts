import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Rate limits shared by every process on one database file (cms/rateLimits): one row per limited
 * key, its count in the current window and the window's end (epoch ms, indexed for the sweep).
 * Idempotent, so it may be folded with other migrations or run on a file that already has it.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE IF NOT EXISTS \`rate_limits\` (
  	\`key\` text PRIMARY KEY NOT NULL,
  	\`points\` integer NOT NULL,
  	\`expire\` integer
  );
  `)
  await db.run(
    sql`CREATE INDEX IF NOT EXISTS \`rate_limits_expire_idx\` ON \`rate_limits\` (\`expire\`);`,
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE IF EXISTS \`rate_limits\`;`)
}
