import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`email_messages\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`to\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`language\` text DEFAULT 'vi',
  	\`state\` text DEFAULT 'queued' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`last_error\` text,
  	\`next_attempt_at\` text,
  	\`sent_at\` text,
  	\`request_id\` integer,
  	\`text\` text,
  	\`html\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`accreditation_requests\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`email_messages_kind_idx\` ON \`email_messages\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`email_messages_state_idx\` ON \`email_messages\` (\`state\`);`)
  await db.run(
    sql`CREATE INDEX \`email_messages_request_idx\` ON \`email_messages\` (\`request_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`email_messages_updated_at_idx\` ON \`email_messages\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`email_messages_created_at_idx\` ON \`email_messages\` (\`created_at\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`email_messages\`;`)
}
