import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`accreditation_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reference_code\` text,
  	\`status\` text DEFAULT 'submitted' NOT NULL,
  	\`full_name\` text NOT NULL,
  	\`date_of_birth\` text NOT NULL,
  	\`nationality\` text DEFAULT 'VN' NOT NULL,
  	\`id_type\` text NOT NULL,
  	\`id_number\` text NOT NULL,
  	\`press_card_number\` text,
  	\`outlet_id\` integer,
  	\`outlet_other\` text,
  	\`role\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`phone\` text NOT NULL,
  	\`language\` text DEFAULT 'vi',
  	\`equipment\` text,
  	\`portrait_id\` integer NOT NULL,
  	\`letter_id\` integer NOT NULL,
  	\`applicant_answer\` text,
  	\`reason_code\` text,
  	\`decision_message\` text,
  	\`vetting_result\` text DEFAULT 'pending',
  	\`vetting_note\` text,
  	\`vetting_checked_at\` text,
  	\`rules_version\` text,
  	\`rules_accepted_at\` text,
  	\`data_consent_at\` text,
  	\`reference_number\` numeric,
  	\`identity_key\` text,
  	\`idempotency_key\` text,
  	\`quota_place\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`portrait_id\`) REFERENCES \`applicant_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`letter_id\`) REFERENCES \`applicant_files\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`accreditation_requests_reference_code_idx\` ON \`accreditation_requests\` (\`reference_code\`);`)
  await db.run(sql`CREATE INDEX \`accreditation_requests_status_idx\` ON \`accreditation_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`accreditation_requests_outlet_idx\` ON \`accreditation_requests\` (\`outlet_id\`);`)
  await db.run(sql`CREATE INDEX \`accreditation_requests_role_idx\` ON \`accreditation_requests\` (\`role\`);`)
  await db.run(sql`CREATE INDEX \`accreditation_requests_email_idx\` ON \`accreditation_requests\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`accreditation_requests_portrait_idx\` ON \`accreditation_requests\` (\`portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`accreditation_requests_letter_idx\` ON \`accreditation_requests\` (\`letter_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`accreditation_requests_reference_number_idx\` ON \`accreditation_requests\` (\`reference_number\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`accreditation_requests_identity_key_idx\` ON \`accreditation_requests\` (\`identity_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`accreditation_requests_idempotency_key_idx\` ON \`accreditation_requests\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`accreditation_requests_quota_place_idx\` ON \`accreditation_requests\` (\`quota_place\`);`)
  await db.run(sql`CREATE INDEX \`accreditation_requests_updated_at_idx\` ON \`accreditation_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`accreditation_requests_created_at_idx\` ON \`accreditation_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`accreditation_requests_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`accreditation_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`accreditation_requests_texts_order_parent\` ON \`accreditation_requests_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`outlets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`scope\` text NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`quotas_reporter\` numeric DEFAULT 2 NOT NULL,
  	\`quotas_photographer\` numeric DEFAULT 1 NOT NULL,
  	\`quotas_camera_operator\` numeric DEFAULT 1 NOT NULL,
  	\`quotas_technician\` numeric DEFAULT 1 NOT NULL,
  	\`contact_email\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`outlets_name_idx\` ON \`outlets\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`outlets_updated_at_idx\` ON \`outlets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`outlets_created_at_idx\` ON \`outlets\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`applicant_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
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
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`applicant_files_updated_at_idx\` ON \`applicant_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`applicant_files_created_at_idx\` ON \`applicant_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`applicant_files_filename_idx\` ON \`applicant_files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`audit_entries\` (
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
  await db.run(sql`CREATE INDEX \`audit_entries_request_idx\` ON \`audit_entries\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_entries_actor_idx\` ON \`audit_entries\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_entries_updated_at_idx\` ON \`audit_entries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_entries_created_at_idx\` ON \`audit_entries\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`accreditation_requests_id\` integer REFERENCES accreditation_requests(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`outlets_id\` integer REFERENCES outlets(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`applicant_files_id\` integer REFERENCES applicant_files(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_entries_id\` integer REFERENCES audit_entries(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_accreditation_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`accreditation_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outlets_id_idx\` ON \`payload_locked_documents_rels\` (\`outlets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_applicant_files_id_idx\` ON \`payload_locked_documents_rels\` (\`applicant_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_entries_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`accreditation_requests\`;`)
  await db.run(sql`DROP TABLE \`accreditation_requests_texts\`;`)
  await db.run(sql`DROP TABLE \`outlets\`;`)
  await db.run(sql`DROP TABLE \`applicant_files\`;`)
  await db.run(sql`DROP TABLE \`audit_entries\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "news_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
