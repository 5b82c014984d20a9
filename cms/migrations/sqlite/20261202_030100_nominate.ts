import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`nominations_nominees\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`state\` text DEFAULT 'invited' NOT NULL,
  	\`request_id\` integer,
  	\`replaces\` text,
  	\`link_hash\` text,
  	\`invited_at\` text,
  	\`completed_at\` text,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`accreditation_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`nominations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`nominations_nominees_order_idx\` ON \`nominations_nominees\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`nominations_nominees_parent_id_idx\` ON \`nominations_nominees\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`nominations_nominees_request_idx\` ON \`nominations_nominees\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`nominations_nominees_link_hash_idx\` ON \`nominations_nominees\` (\`link_hash\`);`)
  await db.run(sql`CREATE TABLE \`nominations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`event_id\` integer NOT NULL,
  	\`outlet_id\` integer NOT NULL,
  	\`manager_id\` integer,
  	\`letter_id\` integer,
  	\`state\` text DEFAULT 'submitted',
  	\`submitted_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`manager_id\`) REFERENCES \`outlet_managers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`letter_id\`) REFERENCES \`applicant_files\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`nominations_event_idx\` ON \`nominations\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`nominations_outlet_idx\` ON \`nominations\` (\`outlet_id\`);`)
  await db.run(sql`CREATE INDEX \`nominations_manager_idx\` ON \`nominations\` (\`manager_id\`);`)
  await db.run(sql`CREATE INDEX \`nominations_letter_idx\` ON \`nominations\` (\`letter_id\`);`)
  await db.run(sql`CREATE INDEX \`nominations_updated_at_idx\` ON \`nominations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`nominations_created_at_idx\` ON \`nominations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`outlet_managers_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`outlet_managers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`outlet_managers_sessions_order_idx\` ON \`outlet_managers_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`outlet_managers_sessions_parent_id_idx\` ON \`outlet_managers_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`outlet_managers\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`outlet_id\` integer NOT NULL,
  	\`phone\` text,
  	\`approved\` integer DEFAULT false,
  	\`letter_id\` integer,
  	\`password_set\` integer DEFAULT false,
  	\`language\` text DEFAULT 'vi',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	FOREIGN KEY (\`outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`letter_id\`) REFERENCES \`applicant_files\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`outlet_managers_outlet_idx\` ON \`outlet_managers\` (\`outlet_id\`);`)
  await db.run(sql`CREATE INDEX \`outlet_managers_letter_idx\` ON \`outlet_managers\` (\`letter_id\`);`)
  await db.run(sql`CREATE INDEX \`outlet_managers_updated_at_idx\` ON \`outlet_managers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`outlet_managers_created_at_idx\` ON \`outlet_managers\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`outlet_managers_email_idx\` ON \`outlet_managers\` (\`email\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`nominations_id\` integer REFERENCES nominations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`outlet_managers_id\` integer REFERENCES outlet_managers(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_nominations_id_idx\` ON \`payload_locked_documents_rels\` (\`nominations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outlet_managers_id_idx\` ON \`payload_locked_documents_rels\` (\`outlet_managers_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_preferences_rels\` ADD \`outlet_managers_id\` integer REFERENCES outlet_managers(id);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_outlet_managers_id_idx\` ON \`payload_preferences_rels\` (\`outlet_managers_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`nominations_nominees\`;`)
  await db.run(sql`DROP TABLE \`nominations\`;`)
  await db.run(sql`DROP TABLE \`outlet_managers_sessions\`;`)
  await db.run(sql`DROP TABLE \`outlet_managers\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`events_id\` integer,
  	\`news_id\` integer,
  	\`press_releases_id\` integer,
  	\`galleries_id\` integer,
  	\`sessions_id\` integer,
  	\`documents_id\` integer,
  	\`media_id\` integer,
  	\`accreditation_requests_id\` integer,
  	\`passes_id\` integer,
  	\`check_ins_id\` integer,
  	\`outlets_id\` integer,
  	\`applicant_files_id\` integer,
  	\`audit_entries_id\` integer,
  	\`access_log_id\` integer,
  	\`users_id\` integer,
  	\`journalists_id\` integer,
  	\`counters_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`galleries_id\`) REFERENCES \`galleries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sessions_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`accreditation_requests_id\`) REFERENCES \`accreditation_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`passes_id\`) REFERENCES \`passes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`check_ins_id\`) REFERENCES \`check_ins\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outlets_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applicant_files_id\`) REFERENCES \`applicant_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_entries_id\`) REFERENCES \`audit_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`access_log_id\`) REFERENCES \`access_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`journalists_id\`) REFERENCES \`journalists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`counters_id\`) REFERENCES \`counters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "events_id", "news_id", "press_releases_id", "galleries_id", "sessions_id", "documents_id", "media_id", "accreditation_requests_id", "passes_id", "check_ins_id", "outlets_id", "applicant_files_id", "audit_entries_id", "access_log_id", "users_id", "journalists_id", "counters_id") SELECT "id", "order", "parent_id", "path", "events_id", "news_id", "press_releases_id", "galleries_id", "sessions_id", "documents_id", "media_id", "accreditation_requests_id", "passes_id", "check_ins_id", "outlets_id", "applicant_files_id", "audit_entries_id", "access_log_id", "users_id", "journalists_id", "counters_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_galleries_id_idx\` ON \`payload_locked_documents_rels\` (\`galleries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_accreditation_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`accreditation_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_passes_id_idx\` ON \`payload_locked_documents_rels\` (\`passes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_check_ins_id_idx\` ON \`payload_locked_documents_rels\` (\`check_ins_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outlets_id_idx\` ON \`payload_locked_documents_rels\` (\`outlets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_applicant_files_id_idx\` ON \`payload_locked_documents_rels\` (\`applicant_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_access_log_id_idx\` ON \`payload_locked_documents_rels\` (\`access_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_journalists_id_idx\` ON \`payload_locked_documents_rels\` (\`journalists_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`counters_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`journalists_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`journalists_id\`) REFERENCES \`journalists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_preferences_rels\`("id", "order", "parent_id", "path", "users_id", "journalists_id") SELECT "id", "order", "parent_id", "path", "users_id", "journalists_id" FROM \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_preferences_rels\` RENAME TO \`payload_preferences_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_journalists_id_idx\` ON \`payload_preferences_rels\` (\`journalists_id\`);`)
}
