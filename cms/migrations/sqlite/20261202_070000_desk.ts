import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

import { backfillAdminvi } from '../backfill/adminvi'

type Db = MigrateUpArgs['db']

/**
 * The press office's desk (issue 13): release subscribers and the delivery log on the outbox
 * (`email_messages.release_id`, `copy`, `delivery_key`, `headers`), the journalists' opt-in to
 * release e-mails, what staff typed at the door (`check_ins.typed`) and the admin's title of an
 * application. All nullable, no table rebuilt.
 *
 * Also called by the events migration before its backfills (they read through the current config,
 * which expects these columns): hence it does nothing when the schema is already there.
 */
export async function addDeskSchema(db: Db): Promise<void> {
  // (`db.all`, not `db.get`: libsql's `get` throws on no row.)
  const done = await db.all(
    sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'subscribers'`,
  )
  if (done.length > 0) return
  await db.run(sql`CREATE TABLE \`subscribers\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`email\` text NOT NULL,
  	\`language\` text DEFAULT 'vi',
  	\`state\` text DEFAULT 'pending' NOT NULL,
  	\`requested_at\` text,
  	\`confirmed_at\` text,
  	\`unsubscribed_at\` text,
  	\`confirm_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`subscribers_email_idx\` ON \`subscribers\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_state_idx\` ON \`subscribers\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_confirm_hash_idx\` ON \`subscribers\` (\`confirm_hash\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_updated_at_idx\` ON \`subscribers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_created_at_idx\` ON \`subscribers\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`email_messages\` ADD \`release_id\` integer REFERENCES press_releases(id);`)
  await db.run(sql`ALTER TABLE \`email_messages\` ADD \`copy\` text;`)
  await db.run(sql`ALTER TABLE \`email_messages\` ADD \`delivery_key\` text;`)
  await db.run(sql`ALTER TABLE \`email_messages\` ADD \`headers\` text;`)
  await db.run(sql`CREATE INDEX \`email_messages_release_idx\` ON \`email_messages\` (\`release_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`email_messages_delivery_key_idx\` ON \`email_messages\` (\`delivery_key\`);`)
  await db.run(sql`ALTER TABLE \`journalists\` ADD \`release_emails\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`check_ins\` ADD \`typed\` text;`)
  await db.run(sql`ALTER TABLE \`accreditation_requests\` ADD \`title\` text;`)
  await db.run(sql`CREATE INDEX \`accreditation_requests_title_idx\` ON \`accreditation_requests\` (\`title\`);`)
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await addDeskSchema(db)
  const { titled } = await backfillAdminvi({ payload, req })
  payload.logger.info(`desk: ${titled} applications titled`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // No table rebuild (it would fire foreign-key cascades): the columns are dropped in place;
  // `release_id` stays (SQLite cannot drop a column that references another table), unused.
  await db.run(sql`DROP TABLE \`subscribers\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`email_messages_delivery_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`email_messages\` DROP COLUMN \`delivery_key\`;`)
  await db.run(sql`ALTER TABLE \`email_messages\` DROP COLUMN \`copy\`;`)
  await db.run(sql`ALTER TABLE \`email_messages\` DROP COLUMN \`headers\`;`)
  await db.run(sql`ALTER TABLE \`journalists\` DROP COLUMN \`release_emails\`;`)
  await db.run(sql`ALTER TABLE \`check_ins\` DROP COLUMN \`typed\`;`)
  await db.run(sql`DROP INDEX \`accreditation_requests_title_idx\`;`)
  await db.run(sql`ALTER TABLE \`accreditation_requests\` DROP COLUMN \`title\`;`)
}
