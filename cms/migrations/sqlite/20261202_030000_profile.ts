import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillProfile } from '../backfill/profile'

/**
 * Returning journalists: the press account keeps a profile, applicant files carry the date they
 * were taken, and personal data requests get their table. Columns are added (never a table
 * rebuild); existing press accounts get their profile from their own application (backfill).
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`data_requests\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`subject\` text,
  	\`kind\` text NOT NULL,
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`journalist_id\` integer,
  	\`received_at\` text NOT NULL,
  	\`deadline\` text NOT NULL,
  	\`handled_at\` text,
  	\`handled_by_id\` integer,
  	\`notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`journalist_id\`) REFERENCES \`journalists\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`handled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`data_requests_status_idx\` ON \`data_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`data_requests_journalist_idx\` ON \`data_requests\` (\`journalist_id\`);`)
  await db.run(sql`CREATE INDEX \`data_requests_deadline_idx\` ON \`data_requests\` (\`deadline\`);`)
  await db.run(sql`CREATE INDEX \`data_requests_handled_by_idx\` ON \`data_requests\` (\`handled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`data_requests_updated_at_idx\` ON \`data_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`data_requests_created_at_idx\` ON \`data_requests\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`applicant_files\` ADD \`taken_at\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`date_of_birth\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`nationality\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`id_type\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`id_number\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`id_expires_at\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`press_card_number\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`outlet_id\` integer REFERENCES outlets(id);`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`outlet_other\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`role\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`phone\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`portrait_id\` integer REFERENCES applicant_files(id);`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`portrait_date\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`keep_profile\` integer;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`keep_profile_answered_at\` text;`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`profile_cleared_at\` text;`)
  await db.run(sql`CREATE INDEX \`journalists_outlet_idx\` ON \`journalists\` (\`outlet_id\`);`)
  await db.run(sql`CREATE INDEX \`journalists_portrait_idx\` ON \`journalists\` (\`portrait_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`data_requests_id\` integer REFERENCES data_requests(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_data_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`data_requests_id\`);`)
  await backfillProfile({ payload, req })
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // No table rebuild (it would fire foreign-key cascades): columns go one by one; the two that
  // reference other tables (journalists.outlet_id, portrait_id) and the lock table's
  // data_requests_id cannot be dropped by SQLite and are emptied instead.
  await db.run(sql`DROP INDEX IF EXISTS \`payload_locked_documents_rels_data_requests_id_idx\`;`)
  await db.run(sql`UPDATE \`payload_locked_documents_rels\` SET \`data_requests_id\` = NULL;`)
  await db.run(sql`DROP TABLE \`data_requests\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`journalists_outlet_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`journalists_portrait_idx\`;`)
  await db.run(sql`UPDATE \`journalists\` SET \`outlet_id\` = NULL, \`portrait_id\` = NULL;`)
  for (const column of [
    'date_of_birth',
    'nationality',
    'id_type',
    'id_number',
    'id_expires_at',
    'press_card_number',
    'outlet_other',
    'role',
    'phone',
    'portrait_date',
    'keep_profile',
    'keep_profile_answered_at',
    'profile_cleared_at',
  ])
    await db.run(sql.raw(`ALTER TABLE \`journalists\` DROP COLUMN \`${column}\`;`))
  await db.run(sql`ALTER TABLE \`applicant_files\` DROP COLUMN \`taken_at\`;`)
}
