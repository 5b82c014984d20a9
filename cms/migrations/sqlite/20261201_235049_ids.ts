import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillIds } from '../backfill/ids'

/**
 * Ids are never reused (issue 11, "reused identifiers"): every table whose id Payload numbers
 * (`integer PRIMARY KEY`) becomes `integer PRIMARY KEY AUTOINCREMENT`, and its sqlite_sequence
 * starts at the current max(id), so no id at or below it is ever handed out again, even after the
 * newest row is deleted. Plus the `counters` collection (reference and release numbers).
 *
 * Hand-written in place of the generated table rebuilds (create __new_x, copy, DROP x, rename).
 * Payload runs each migration inside a transaction, where `PRAGMA foreign_keys=OFF` does nothing,
 * so the generated `DROP TABLE x` would fire every ON DELETE action of x's children: cascade
 * (news_locales, passes_zones, users_roles, … emptied) and set null (passes.request,
 * check_ins.pass, audit_entries.request, … cut). Renaming the old table first does not help either:
 * with foreign keys on, SQLite rewrites the children's REFERENCES to the new name, whatever
 * `legacy_alter_table` says (tried: tests/int/ids-migration.test.ts shows both).
 *
 * AUTOINCREMENT does not change how a table is stored (a rowid table either way); it only makes
 * SQLite keep the highest id ever used in sqlite_sequence. So the table definitions are changed in
 * place, the way SQLite documents for changes that leave the stored content alone
 * (https://www.sqlite.org/lang_altertable.html#otheralter: writable_schema, bump schema_version,
 * integrity_check, all in the one transaction). No row is moved, copied or touched, no foreign-key
 * action can fire, and the result is the same `CREATE TABLE` text a fresh schema would have.
 */
const TABLES = [
  'news',
  '_news_v',
  'press_releases',
  '_press_releases_v',
  'galleries',
  '_galleries_v_version_photos',
  '_galleries_v',
  'sessions',
  'documents',
  'media',
  'accreditation_requests',
  'passes_zones',
  'passes',
  'check_ins',
  'outlets',
  'applicant_files',
  'audit_entries',
  'access_log',
  'users_roles',
  'users',
  'journalists',
  'payload_kv',
  'payload_jobs',
  'payload_locked_documents',
  'payload_preferences',
  'payload_migrations',
  'event',
  'press_rules',
  '_press_rules_v',
  'check_in_rules_reentry_zones',
  'check_in_rules',
]

const PLAIN_ID = '`id` integer PRIMARY KEY NOT NULL'
const AUTOINCREMENT_ID = '`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL'

type Db = MigrateUpArgs['db']

async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return (await db.all(query)) as T[]
}

/**
 * Rewrites the `id` column of every table in TABLES from one form to the other, in place, and
 * returns the tables it changed. A table already in the target form is left alone (and its
 * sqlite_sequence with it), so the list may name tables that later migrations create.
 */
async function changeIdColumns(db: Db, from: string, to: string): Promise<string[]> {
  const found = await rows<{ name: string; sql: string }>(
    db,
    sql`SELECT name, sql FROM sqlite_schema WHERE type = 'table'`,
  )
  const definitions = new Map(found.map((table) => [table.name, table.sql]))
  const changing = TABLES.filter((table) => {
    const definition = definitions.get(table) ?? ''
    if (definition.includes(to) && !definition.includes(from)) return false
    // Refuse rather than guess: the definition must hold the id column exactly once, as expected.
    if (definition.split(from).length !== 2) {
      throw new Error(
        `ids migration: table ${table} does not have the expected id column (${from}); nothing was changed.`,
      )
    }
    return true
  })
  if (!changing.length) return changing
  const version = Number(
    (await rows<{ schema_version: number }>(db, sql`PRAGMA schema_version`))[0]?.schema_version,
  )
  await db.run(sql`PRAGMA writable_schema=ON`)
  try {
    for (const table of changing) {
      await db.run(
        sql`UPDATE sqlite_schema SET sql = replace(sql, ${from}, ${to}) WHERE type = 'table' AND name = ${table}`,
      )
    }
    // Every open connection reads the schema again before its next statement.
    await db.run(sql.raw(`PRAGMA schema_version=${version + 1}`))
  } finally {
    await db.run(sql`PRAGMA writable_schema=OFF`)
  }
  const integrity = await rows<{ integrity_check: string }>(db, sql`PRAGMA integrity_check`)
  if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok') {
    throw new Error(
      `ids migration: integrity check failed: ${JSON.stringify(integrity.slice(0, 5))}`,
    )
  }
  const broken = await rows<Record<string, unknown>>(db, sql`PRAGMA foreign_key_check`)
  if (broken.length)
    throw new Error(
      `ids migration: foreign key check failed: ${JSON.stringify(broken.slice(0, 5))}`,
    )
  return changing
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`counters\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`value\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`counters_name_idx\` ON \`counters\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`counters_updated_at_idx\` ON \`counters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`counters_created_at_idx\` ON \`counters\` (\`created_at\`);`)
  // `counters` is created with AUTOINCREMENT above, which creates sqlite_sequence.
  const changed = await changeIdColumns(db, PLAIN_ID, AUTOINCREMENT_ID)
  for (const table of changed) {
    // The highest id in use now is the highest ever known: no id up to it is handed out again.
    await db.run(sql`DELETE FROM sqlite_sequence WHERE name = ${table}`)
    await db.run(
      sql`INSERT INTO sqlite_sequence (name, seq) SELECT ${table}, coalesce(max(id), 0) FROM ${sql.identifier(table)}`,
    )
  }
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`counters_id\` integer REFERENCES counters(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`counters_id\`);`,
  )
  await backfillIds({ payload, req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // payload_locked_documents_rels is nobody's parent: rebuilding it fires no foreign-key action.
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  	FOREIGN KEY (\`journalists_id\`) REFERENCES \`journalists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_id", "press_releases_id", "galleries_id", "sessions_id", "documents_id", "media_id", "accreditation_requests_id", "passes_id", "check_ins_id", "outlets_id", "applicant_files_id", "audit_entries_id", "access_log_id", "users_id", "journalists_id") SELECT "id", "order", "parent_id", "path", "news_id", "press_releases_id", "galleries_id", "sessions_id", "documents_id", "media_id", "accreditation_requests_id", "passes_id", "check_ins_id", "outlets_id", "applicant_files_id", "audit_entries_id", "access_log_id", "users_id", "journalists_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_press_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`press_releases_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_galleries_id_idx\` ON \`payload_locked_documents_rels\` (\`galleries_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`sessions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_accreditation_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`accreditation_requests_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_passes_id_idx\` ON \`payload_locked_documents_rels\` (\`passes_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_check_ins_id_idx\` ON \`payload_locked_documents_rels\` (\`check_ins_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_outlets_id_idx\` ON \`payload_locked_documents_rels\` (\`outlets_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_applicant_files_id_idx\` ON \`payload_locked_documents_rels\` (\`applicant_files_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_audit_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_entries_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_access_log_id_idx\` ON \`payload_locked_documents_rels\` (\`access_log_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_journalists_id_idx\` ON \`payload_locked_documents_rels\` (\`journalists_id\`);`,
  )
  await db.run(sql`DROP TABLE \`counters\`;`)
  const changed = await changeIdColumns(db, AUTOINCREMENT_ID, PLAIN_ID)
  for (const table of changed) await db.run(sql`DELETE FROM sqlite_sequence WHERE name = ${table}`)
}
