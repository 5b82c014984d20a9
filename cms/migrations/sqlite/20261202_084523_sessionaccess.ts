import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

type Db = MigrateUpArgs['db']

/**
 * Session access at the door (issue 14, door): a check-in's session (per-session lists) and an
 * audit entry's session (who switched a session's press access). Nullable columns only; no table
 * rebuilt. Idempotent, like addLiveSchema: the events migration calls it too, before its
 * backfills (they read through the current config, which expects these columns).
 */
export async function addSessionAccessSchema(db: Db): Promise<void> {
  const columns = (await db.all(sql`PRAGMA table_info(\`check_ins\`)`)) as { name: string }[]
  if (columns.some((column) => column.name === 'session_id')) return
  await db.run(sql`ALTER TABLE \`check_ins\` ADD \`session_id\` integer REFERENCES sessions(id);`)
  await db.run(sql`CREATE INDEX \`check_ins_session_idx\` ON \`check_ins\` (\`session_id\`);`)
  await db.run(sql`ALTER TABLE \`audit_entries\` ADD \`session_id\` integer REFERENCES sessions(id);`)
  await db.run(sql`CREATE INDEX \`audit_entries_session_idx\` ON \`audit_entries\` (\`session_id\`);`)
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await addSessionAccessSchema(db)
}

/** Drops what `up` added: the indexes, then the columns (no table rebuild: it would fire foreign-key cascades). */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX IF EXISTS \`check_ins_session_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`audit_entries_session_idx\`;`)
  // SQLite refuses to drop a column with a foreign key: the foreign keys are off for the drop.
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`ALTER TABLE \`check_ins\` DROP COLUMN \`session_id\`;`)
  await db.run(sql`ALTER TABLE \`audit_entries\` DROP COLUMN \`session_id\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}
