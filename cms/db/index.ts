import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { Client } from '@libsql/client'
import type { DatabaseAdapterObj } from 'payload'

import { type Env, getEnv } from '../env'
import { addRateLimitsTable } from '../rateLimits/sqliteTable'
import { MONGODB_MIGRATIONS_DIR, ROOT, SQLITE_MIGRATIONS_DIR } from '../paths'
import { serialiseSqliteWrites } from './serialiseSqliteWrites'
import { keepPreparedStatements } from './statementCache'

/** `file:relative.db` is resolved from the project root, not from whichever folder a process started in. */
export function sqliteFileFromUri(uri: string): string {
  const file = uri.replace(/^file:(\/\/)?/, '')
  return path.isAbsolute(file) ? file : path.resolve(ROOT, file)
}

/**
 * SQLite (embedded default) or MongoDB (production, a replica set for transactions).
 * Schema changes go through migrations; SQLite's automatic "push" is only on when DB_PUSH=true.
 */
export function databaseAdapter(env: Env): DatabaseAdapterObj {
  if (env.databaseKind === 'mongodb') {
    return mongooseAdapter({
      url: env.DATABASE_URI,
      migrationDir: MONGODB_MIGRATIONS_DIR,
      bulkOperationsSingleTransaction: true,
    })
  }
  const file = sqliteFileFromUri(env.DATABASE_URI)
  // libsql does not create the folder of the database file.
  mkdirSync(path.dirname(file), { recursive: true })
  // Before the adapter opens its first connection: every connection then reuses its statements.
  keepPreparedStatements()
  return sqliteAdapter({
    client: { url: `file:${file}` },
    migrationDir: SQLITE_MIGRATIONS_DIR,
    push: env.DB_PUSH,
    // Set on the adapter's first connection only; serialiseSqliteWrites sets it on every one.
    wal: { synchronous: env.SQLITE_SYNCHRONOUS },
    busyTimeout: 5000,
    // AUTOINCREMENT: an id is never handed out twice, even after the newest row is deleted (a plain
    // INTEGER PRIMARY KEY reuses max(id)+1, so an old status link or pass would point at a new
    // person's record). Existing databases are converted by the `ids` migration.
    autoIncrement: true,
    // Off by default in the SQLite adapter; on, so a failed write (a seed, a form) leaves nothing
    // behind. See serialiseSqliteWrites for how concurrent transactions are kept from failing.
    transactionOptions: { behavior: 'immediate' },
    // The shared rate limits' table, which no collection describes (cms/rateLimits).
    beforeSchemaInit: [addRateLimitsTable],
  })
}

/** Runs once Payload has connected: SQLite's write transactions get queued, retried and kept one per document. */
export function afterDatabaseConnect(payload: { db: unknown }): void {
  const { SQLITE_SYNCHRONOUS } = getEnv()
  const db = payload.db as {
    name?: string
    client?: Client
    clientConfig?: { url?: string }
    bulkOperationsSingleTransaction?: boolean
  }
  if (db.name !== 'sqlite' || !db.client) return
  serialiseSqliteWrites(db.client, {
    synchronous: SQLITE_SYNCHRONOUS,
    url: db.clientConfig?.url,
  })
  // Bulk edits (e.g. "approve the selected applications") go one document and one transaction at
  // a time, so each sees the quota places the previous one took. The SQLite adapter has no option
  // for this; Payload reads the flag from the adapter.
  db.bulkOperationsSingleTransaction = true
}
