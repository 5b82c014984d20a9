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
  // Interview requests with delegates (delegations, requests, their windows, e-mail attachments).
  await db.run(sql`CREATE TABLE \`delegations_delegates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`position\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`delegations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`delegations_delegates_order_idx\` ON \`delegations_delegates\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`delegations_delegates_parent_id_idx\` ON \`delegations_delegates\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`delegations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`event_id\` integer NOT NULL,
  	\`number\` numeric NOT NULL,
  	\`name\` text NOT NULL,
  	\`name_en\` text,
  	\`contact_name\` text NOT NULL,
  	\`contact_email\` text NOT NULL,
  	\`contact_phone\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`delegations_event_idx\` ON \`delegations\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`delegations_updated_at_idx\` ON \`delegations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`delegations_created_at_idx\` ON \`delegations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`interview_requests_windows\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`day\` text NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interview_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interview_requests_windows_order_idx\` ON \`interview_requests_windows\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interview_requests_windows_parent_id_idx\` ON \`interview_requests_windows\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`interview_requests\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`status\` text DEFAULT 'requested' NOT NULL,
  	\`event_id\` integer NOT NULL,
  	\`journalist_id\` integer NOT NULL,
  	\`journalist_name\` text,
  	\`outlet_name\` text,
  	\`pass_number\` text,
  	\`language\` text DEFAULT 'vi',
  	\`delegation_id\` integer NOT NULL,
  	\`delegation_name\` text,
  	\`delegate\` text,
  	\`delegate_name\` text,
  	\`topic\` text NOT NULL,
  	\`questions\` text,
  	\`forwarded_at\` text,
  	\`consent_expires_at\` text,
  	\`reminded_at\` text,
  	\`answered_at\` text,
  	\`consent_nonce\` text,
  	\`answer_note\` text,
  	\`slot_start\` text,
  	\`slot_end\` text,
  	\`room\` text,
  	\`room_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`journalist_id\`) REFERENCES \`journalists\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`delegation_id\`) REFERENCES \`delegations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`interview_requests_status_idx\` ON \`interview_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`interview_requests_event_idx\` ON \`interview_requests\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`interview_requests_journalist_idx\` ON \`interview_requests\` (\`journalist_id\`);`)
  await db.run(sql`CREATE INDEX \`interview_requests_delegation_idx\` ON \`interview_requests\` (\`delegation_id\`);`)
  await db.run(sql`CREATE INDEX \`interview_requests_room_key_idx\` ON \`interview_requests\` (\`room_key\`);`)
  await db.run(sql`CREATE INDEX \`interview_requests_updated_at_idx\` ON \`interview_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`interview_requests_created_at_idx\` ON \`interview_requests\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`email_messages\` ADD \`attachments\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`delegations_id\` integer REFERENCES delegations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`interview_requests_id\` integer REFERENCES interview_requests(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_delegations_id_idx\` ON \`payload_locked_documents_rels\` (\`delegations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interview_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`interview_requests_id\`);`)
  // Pool photos: the originals of pool photographers (private files).
  await db.run(sql`CREATE TABLE \`pool_photos\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`session_id\` integer NOT NULL,
  	\`event_id\` integer,
  	\`journalist_id\` integer,
  	\`pass_id\` integer,
  	\`credit\` text,
  	\`caption\` text,
  	\`released\` integer DEFAULT false,
  	\`released_at\` text,
  	\`released_media_id\` integer,
  	\`gallery_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_preview_url\` text,
  	\`sizes_preview_width\` numeric,
  	\`sizes_preview_height\` numeric,
  	\`sizes_preview_mime_type\` text,
  	\`sizes_preview_filesize\` numeric,
  	\`sizes_preview_filename\` text,
  	FOREIGN KEY (\`session_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`journalist_id\`) REFERENCES \`journalists\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pass_id\`) REFERENCES \`passes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`released_media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`gallery_id\`) REFERENCES \`galleries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`pool_photos_session_idx\` ON \`pool_photos\` (\`session_id\`);`)
  await db.run(sql`CREATE INDEX \`pool_photos_event_idx\` ON \`pool_photos\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`pool_photos_journalist_idx\` ON \`pool_photos\` (\`journalist_id\`);`)
  await db.run(sql`CREATE INDEX \`pool_photos_pass_idx\` ON \`pool_photos\` (\`pass_id\`);`)
  await db.run(sql`CREATE INDEX \`pool_photos_released_idx\` ON \`pool_photos\` (\`released\`);`)
  await db.run(sql`CREATE INDEX \`pool_photos_released_media_idx\` ON \`pool_photos\` (\`released_media_id\`);`)
  await db.run(sql`CREATE INDEX \`pool_photos_gallery_idx\` ON \`pool_photos\` (\`gallery_id\`);`)
  await db.run(sql`CREATE INDEX \`pool_photos_updated_at_idx\` ON \`pool_photos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pool_photos_created_at_idx\` ON \`pool_photos\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pool_photos_filename_idx\` ON \`pool_photos\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`pool_photos_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`pool_photos\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`pool_photos_sizes_preview_sizes_preview_filename_idx\` ON \`pool_photos\` (\`sizes_preview_filename\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`pool_photos_id\` integer REFERENCES pool_photos(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pool_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`pool_photos_id\`);`)
  // Session access at the door: a check-in's session (per-session lists) and an audit entry's
  // session (who switched a session's press access).
  await db.run(sql`ALTER TABLE \`check_ins\` ADD \`session_id\` integer REFERENCES sessions(id);`)
  await db.run(sql`CREATE INDEX \`check_ins_session_idx\` ON \`check_ins\` (\`session_id\`);`)
  await db.run(sql`ALTER TABLE \`audit_entries\` ADD \`session_id\` integer REFERENCES sessions(id);`)
  await db.run(sql`CREATE INDEX \`audit_entries_session_idx\` ON \`audit_entries\` (\`session_id\`);`)
  // The press pool's quotas per role on a pool-only session.
  for (const role of ['reporter', 'photographer', 'camera_operator', 'technician'])
    await db.run(sql.raw(`ALTER TABLE \`sessions\` ADD \`pool_quotas_${role}\` numeric;`))
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await addLiveSchema(db)
}

/** The tables `up` made, children before parents. */
const TABLES = [
  'live_updates',
  'pool_members',
  'interview_requests_windows',
  'interview_requests',
  'delegations_delegates',
  'delegations',
  'pool_photos',
]
/** The plain columns `up` added to older tables (no foreign key, no index left: droppable). */
const COLUMNS: [table: string, column: string][] = [
  ['sessions', 'press_access_changed_at'],
  ['sessions', 'live_state'],
  ['sessions', 'live_opened_at'],
  ['sessions', 'live_closed_at'],
  ['email_messages', 'attachments'],
  ['sessions', 'pool_quotas_reporter'],
  ['sessions', 'pool_quotas_photographer'],
  ['sessions', 'pool_quotas_camera_operator'],
  ['sessions', 'pool_quotas_technician'],
]

/**
 * Drops what `up` added, without a table rebuild (it would fire foreign-key cascades). The
 * locked-documents columns stay, unused, their indexes and rows gone: SQLite cannot drop a column
 * that references another table.
 */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  const lockColumns = TABLES.filter((table) => !table.includes('_delegates') && !table.endsWith('_windows'))
  for (const table of lockColumns) {
    await db.run(sql.raw(`DROP INDEX IF EXISTS \`payload_locked_documents_rels_${table}_id_idx\`;`))
    await db.run(
      sql.raw(`DELETE FROM \`payload_locked_documents_rels\` WHERE \`${table}_id\` IS NOT NULL;`),
    )
  }
  await db.run(sql`DROP INDEX IF EXISTS \`sessions_live_state_idx\`;`)
  // The check-ins' and audit entries' session columns stay too (foreign keys), their indexes gone.
  await db.run(sql`DROP INDEX IF EXISTS \`check_ins_session_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`audit_entries_session_idx\`;`)
  for (const [table, column] of COLUMNS)
    await db.run(sql.raw(`ALTER TABLE \`${table}\` DROP COLUMN \`${column}\`;`))
  for (const table of TABLES) await db.run(sql.raw(`DROP TABLE \`${table}\`;`))
}
