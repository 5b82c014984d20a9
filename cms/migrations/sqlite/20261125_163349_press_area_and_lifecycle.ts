import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`access_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`staff_id\` integer,
  	\`staff_label\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`collection_slug\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`reference_code\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`staff_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`access_log_staff_idx\` ON \`access_log\` (\`staff_id\`);`)
  await db.run(sql`CREATE INDEX \`access_log_action_idx\` ON \`access_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`access_log_document_id_idx\` ON \`access_log\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`access_log_reference_code_idx\` ON \`access_log\` (\`reference_code\`);`)
  await db.run(sql`CREATE INDEX \`access_log_updated_at_idx\` ON \`access_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`access_log_created_at_idx\` ON \`access_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`journalists_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`journalists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`journalists_sessions_order_idx\` ON \`journalists_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`journalists_sessions_parent_id_idx\` ON \`journalists_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`journalists\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`request_id\` integer NOT NULL,
  	\`accredited\` integer DEFAULT false,
  	\`password_set\` integer DEFAULT false,
  	\`language\` text DEFAULT 'vi',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`accreditation_requests\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`journalists_request_idx\` ON \`journalists\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`journalists_updated_at_idx\` ON \`journalists\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`journalists_created_at_idx\` ON \`journalists\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`journalists_email_idx\` ON \`journalists\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`check_in_rules_reentry_zones\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`check_in_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`check_in_rules_reentry_zones_order_idx\` ON \`check_in_rules_reentry_zones\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`check_in_rules_reentry_zones_parent_idx\` ON \`check_in_rules_reentry_zones\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`check_in_rules\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_audit_entries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`request_id\` integer,
  	\`reference_code\` text,
  	\`action\` text NOT NULL,
  	\`actor_type\` text NOT NULL,
  	\`actor_id\` integer,
  	\`actor_label\` text,
  	\`from_status\` text,
  	\`to_status\` text,
  	\`reason_code\` text,
  	\`message\` text,
  	\`changed_fields\` text,
  	\`summary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`accreditation_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_audit_entries\`("id", "request_id", "reference_code", "action", "actor_type", "actor_id", "actor_label", "from_status", "to_status", "reason_code", "message", "changed_fields", "summary", "updated_at", "created_at") SELECT "id", "request_id", "reference_code", "action", "actor_type", "actor_id", "actor_label", "from_status", "to_status", "reason_code", "message", "changed_fields", "summary", "updated_at", "created_at" FROM \`audit_entries\`;`)
  await db.run(sql`DROP TABLE \`audit_entries\`;`)
  await db.run(sql`ALTER TABLE \`__new_audit_entries\` RENAME TO \`audit_entries\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`audit_entries_request_idx\` ON \`audit_entries\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_entries_reference_code_idx\` ON \`audit_entries\` (\`reference_code\`);`)
  await db.run(sql`CREATE INDEX \`audit_entries_actor_idx\` ON \`audit_entries\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_entries_updated_at_idx\` ON \`audit_entries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_entries_created_at_idx\` ON \`audit_entries\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`applicant_files\` ADD \`purged_at\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`access_log_id\` integer REFERENCES access_log(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`journalists_id\` integer REFERENCES journalists(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_access_log_id_idx\` ON \`payload_locked_documents_rels\` (\`access_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_journalists_id_idx\` ON \`payload_locked_documents_rels\` (\`journalists_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_preferences_rels\` ADD \`journalists_id\` integer REFERENCES journalists(id);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_journalists_id_idx\` ON \`payload_preferences_rels\` (\`journalists_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`reset_password_requested_at\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`access_log\`;`)
  await db.run(sql`DROP TABLE \`journalists_sessions\`;`)
  await db.run(sql`DROP TABLE \`journalists\`;`)
  await db.run(sql`DROP TABLE \`check_in_rules_reentry_zones\`;`)
  await db.run(sql`DROP TABLE \`check_in_rules\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_id\` integer,
  	\`media_id\` integer,
  	\`accreditation_requests_id\` integer,
  	\`passes_id\` integer,
  	\`check_ins_id\` integer,
  	\`outlets_id\` integer,
  	\`applicant_files_id\` integer,
  	\`audit_entries_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`accreditation_requests_id\`) REFERENCES \`accreditation_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`passes_id\`) REFERENCES \`passes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`check_ins_id\`) REFERENCES \`check_ins\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outlets_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applicant_files_id\`) REFERENCES \`applicant_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_entries_id\`) REFERENCES \`audit_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_id", "media_id", "accreditation_requests_id", "passes_id", "check_ins_id", "outlets_id", "applicant_files_id", "audit_entries_id", "users_id") SELECT "id", "order", "parent_id", "path", "news_id", "media_id", "accreditation_requests_id", "passes_id", "check_ins_id", "outlets_id", "applicant_files_id", "audit_entries_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_accreditation_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`accreditation_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_passes_id_idx\` ON \`payload_locked_documents_rels\` (\`passes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_check_ins_id_idx\` ON \`payload_locked_documents_rels\` (\`check_ins_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outlets_id_idx\` ON \`payload_locked_documents_rels\` (\`outlets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_applicant_files_id_idx\` ON \`payload_locked_documents_rels\` (\`applicant_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_preferences_rels\`("id", "order", "parent_id", "path", "users_id") SELECT "id", "order", "parent_id", "path", "users_id" FROM \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_preferences_rels\` RENAME TO \`payload_preferences_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_audit_entries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`request_id\` integer NOT NULL,
  	\`action\` text NOT NULL,
  	\`actor_type\` text NOT NULL,
  	\`actor_id\` integer,
  	\`actor_label\` text,
  	\`from_status\` text,
  	\`to_status\` text,
  	\`reason_code\` text,
  	\`message\` text,
  	\`changed_fields\` text,
  	\`summary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`accreditation_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_audit_entries\`("id", "request_id", "action", "actor_type", "actor_id", "actor_label", "from_status", "to_status", "reason_code", "message", "changed_fields", "summary", "updated_at", "created_at") SELECT "id", "request_id", "action", "actor_type", "actor_id", "actor_label", "from_status", "to_status", "reason_code", "message", "changed_fields", "summary", "updated_at", "created_at" FROM \`audit_entries\`;`)
  await db.run(sql`DROP TABLE \`audit_entries\`;`)
  await db.run(sql`ALTER TABLE \`__new_audit_entries\` RENAME TO \`audit_entries\`;`)
  await db.run(sql`CREATE INDEX \`audit_entries_request_idx\` ON \`audit_entries\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_entries_actor_idx\` ON \`audit_entries\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_entries_updated_at_idx\` ON \`audit_entries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_entries_created_at_idx\` ON \`audit_entries\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`reset_password_requested_at\` text;`)
  await db.run(sql`ALTER TABLE \`applicant_files\` DROP COLUMN \`purged_at\`;`)
}
