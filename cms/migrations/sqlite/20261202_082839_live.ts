import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

type Db = MigrateUpArgs['db']

/**
 * The congress days, live (issue 14): live updates of a session, its live state and the time its
 * press access last changed, and the press pool of pool-only sessions. All new tables or nullable
 * columns; no table rebuilt.
 *
 * Also called by the events migration before its backfills (they read through the current config,
 * which expects these tables and columns): hence it does nothing when the schema is already there.
 */
export async function addLiveSchema(db: Db): Promise<void> {
  // (`db.all`, not `db.get`: libsql's `get` throws on no row.)
  const done = await db.all(
    sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'live_updates'`,
  )
  if (done.length > 0) return
  await db.run(sql`CREATE TABLE \`live_updates\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`session_id\` integer NOT NULL,
  	\`kind\` text DEFAULT 'text' NOT NULL,
  	\`text\` text NOT NULL,
  	\`photo_id\` integer,
  	\`credit\` text,
  	\`speaker\` text,
  	\`pinned\` integer DEFAULT false,
  	\`language\` text DEFAULT 'vi',
  	\`state\` text DEFAULT 'published' NOT NULL,
  	\`correction\` text,
  	\`posted_at\` text,
  	\`changed_at\` text,
  	\`seq\` numeric,
  	\`author_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`session_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`live_updates_session_idx\` ON \`live_updates\` (\`session_id\`);`)
  await db.run(sql`CREATE INDEX \`live_updates_photo_idx\` ON \`live_updates\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`live_updates_posted_at_idx\` ON \`live_updates\` (\`posted_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`live_updates_seq_idx\` ON \`live_updates\` (\`seq\`);`)
  await db.run(sql`CREATE INDEX \`live_updates_author_idx\` ON \`live_updates\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`live_updates_updated_at_idx\` ON \`live_updates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`live_updates_created_at_idx\` ON \`live_updates\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`pool_members\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`session_id\` integer NOT NULL,
  	\`pass_id\` integer NOT NULL,
  	\`outlet_id\` integer,
  	\`role\` text,
  	\`turn\` numeric,
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`session_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pass_id\`) REFERENCES \`passes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`pool_members_session_idx\` ON \`pool_members\` (\`session_id\`);`)
  await db.run(sql`CREATE INDEX \`pool_members_pass_idx\` ON \`pool_members\` (\`pass_id\`);`)
  await db.run(sql`CREATE INDEX \`pool_members_outlet_idx\` ON \`pool_members\` (\`outlet_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pool_members_key_idx\` ON \`pool_members\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`pool_members_updated_at_idx\` ON \`pool_members\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pool_members_created_at_idx\` ON \`pool_members\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`sessions\` ADD \`press_access_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`sessions\` ADD \`live_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`sessions\` ADD \`live_opened_at\` text;`)
  await db.run(sql`ALTER TABLE \`sessions\` ADD \`live_closed_at\` text;`)
  await db.run(sql`CREATE INDEX \`sessions_live_state_idx\` ON \`sessions\` (\`live_state\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`live_updates_id\` integer REFERENCES live_updates(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`pool_members_id\` integer REFERENCES pool_members(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_live_updates_id_idx\` ON \`payload_locked_documents_rels\` (\`live_updates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pool_members_id_idx\` ON \`payload_locked_documents_rels\` (\`pool_members_id\`);`)
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await addLiveSchema(db)
}

/** Drops what `up` added, column by column: no table rebuild (it would fire foreign-key cascades). */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX IF EXISTS \`payload_locked_documents_rels_live_updates_id_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`payload_locked_documents_rels_pool_members_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` DROP COLUMN \`live_updates_id\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` DROP COLUMN \`pool_members_id\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`sessions_live_state_idx\`;`)
  for (const column of ['press_access_changed_at', 'live_state', 'live_opened_at', 'live_closed_at'])
    await db.run(sql.raw(`ALTER TABLE \`sessions\` DROP COLUMN \`${column}\`;`))
  await db.run(sql`DROP TABLE \`live_updates\`;`)
  await db.run(sql`DROP TABLE \`pool_members\`;`)
}
