import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index, integer, sqliteTable, text } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

/**
 * The `rate_limits` table in Payload's Drizzle schema (it is no collection): so the optional
 * schema push (DB_PUSH) keeps it instead of dropping an unknown table, and a generated migration
 * does not write it again. Created by the `rate_limits` migration; read by `./sqliteStore`.
 */
export const addRateLimitsTable: SQLiteSchemaHook = ({ schema }) => ({
  ...schema,
  tables: {
    ...schema.tables,
    rate_limits: sqliteTable(
      'rate_limits',
      {
        key: text('key').primaryKey(),
        points: integer('points').notNull(),
        expire: integer('expire'),
      },
      (table) => [index('rate_limits_expire_idx').on(table.expire)],
    ),
  },
})
