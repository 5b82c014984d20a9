import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // No table rebuild (it would fire foreign-key cascades): the locked-documents columns stay
  // (SQLite cannot drop a column that references another table), unused, with their indexes gone.
  await db.run(sql`DROP INDEX IF EXISTS \`payload_locked_documents_rels_delegations_id_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`payload_locked_documents_rels_interview_requests_id_idx\`;`)
  await db.run(sql`DELETE FROM \`payload_locked_documents_rels\` WHERE \`delegations_id\` IS NOT NULL OR \`interview_requests_id\` IS NOT NULL;`)
  await db.run(sql`DROP TABLE \`interview_requests_windows\`;`)
  await db.run(sql`DROP TABLE \`interview_requests\`;`)
  await db.run(sql`DROP TABLE \`delegations_delegates\`;`)
  await db.run(sql`DROP TABLE \`delegations\`;`)
  await db.run(sql`ALTER TABLE \`email_messages\` DROP COLUMN \`attachments\`;`)
}
