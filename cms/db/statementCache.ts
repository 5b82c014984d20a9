import Database from 'libsql'

/** Statements worth keeping: the data's reads and writes (EXPLAIN and PRAGMA are prepared afresh). */
const CACHEABLE = /^\s*(?:select|insert|update|delete|with|replace|begin|commit|rollback)\b/i
/** Distinct statements kept per connection: Drizzle's query shapes are a few hundred at most. */
export const STATEMENTS_PER_CONNECTION = 500
/** Changes the schema: the connection's kept statements are dropped. */
const SCHEMA_CHANGE = /^\s*(?:create|alter|drop)\b/i
/**
 * Whether the statement's own columns are `*` (a `*` outside every parenthesis and quote:
 * `SELECT *`, `RETURNING *`): libsql reads a statement's column names once, when it is prepared,
 * so a kept one would report the old columns after a column is added. Drizzle's subqueries
 * (`(select * from "events_zones" …)`) and `count(*)` are inside parentheses and are kept.
 */
export function namesColumnsWithStar(sql: string): boolean {
  let depth = 0
  let quote: string | null = null
  for (const char of sql) {
    if (quote) {
      if (char === quote) quote = null
    } else if (char === "'" || char === '"' || char === '`') quote = char
    else if (char === '(') depth++
    else if (char === ')') depth--
    else if (char === '*' && depth === 0) return true
  }
  return false
}

/** A statement longer than this (a bulk insert of many rows…) is not kept. */
const LONGEST_KEPT = 20_000

type Statement = Database.Statement<unknown[]>
type Connection = Database.Database
type Prepare = (this: Connection, sql: string) => Statement

const kept = new WeakMap<object, Map<string, Statement>>()
const PATCHED = Symbol.for('congress.statementCache')

/**
 * libsql's client prepares every statement again on each call: SQLite parses the SQL and plans it
 * each time (about a tenth of a door scan's time, most of it Drizzle's long relational queries).
 * From this call on, every libsql connection of the process keeps its last
 * STATEMENTS_PER_CONNECTION statements by their SQL and hands the prepared one back. Safe because
 * libsql resets and rebinds a statement on each run, the client runs each one to its end before
 * the next (synchronously), and SQLite prepares a kept statement again by itself after a schema
 * change (libsql reads its column names once: see namesColumnsWithStar; a schema change on the
 * connection drops them all). A statement that fails is dropped, so it is never reused in a
 * failed state. A closed connection's statements go with it (they are kept by connection).
 */
export function keepPreparedStatements(): void {
  const proto = Database.prototype as unknown as Record<symbol | string, unknown>
  if (proto[PATCHED]) return
  const prepare = proto.prepare as Prepare
  proto[PATCHED] = true
  proto.prepare = function keptPrepare(this: Connection, sql: string): Statement {
    if (SCHEMA_CHANGE.test(sql)) kept.delete(this)
    let statements = kept.get(this)
    const known = statements?.get(sql)
    if (statements && known) {
      // Most recently used last: the first key is the one to drop.
      statements.delete(sql)
      statements.set(sql, known)
      return known
    }
    // Only a statement not kept yet is looked at (a kept one passed these checks when it came).
    if (sql.length > LONGEST_KEPT || !CACHEABLE.test(sql) || namesColumnsWithStar(sql))
      return prepare.call(this, sql)
    if (!statements) kept.set(this, (statements = new Map()))
    const statement = dropOnFailure(prepare.call(this, sql), () => statements?.delete(sql))
    statements.set(sql, statement)
    if (statements.size > STATEMENTS_PER_CONNECTION)
      statements.delete(statements.keys().next().value as string)
    return statement
  }
}

/** Wraps the statement's runs so that one that throws is forgotten (the next call prepares afresh). */
function dropOnFailure(statement: Statement, drop: () => void): Statement {
  for (const method of ['run', 'all', 'get', 'iterate'] as const) {
    const original = statement[method].bind(statement) as (...args: unknown[]) => unknown
    ;(statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      try {
        return original(...args)
      } catch (error) {
        drop()
        throw error
      }
    }
  }
  return statement
}
