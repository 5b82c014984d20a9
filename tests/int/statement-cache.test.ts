import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'

import { type Client, createClient } from '@libsql/client'
import Database from 'libsql'

import {
  keepPreparedStatements,
  namesColumnsWithStar,
  STATEMENTS_PER_CONNECTION,
} from '~/cms/db/statementCache'

/**
 * The prepared statements each libsql connection keeps (cms/db/statementCache): the same SQL is
 * prepared once and answers right with new arguments, after a failure, after a schema change, and
 * the cache stays bounded. A real SQLite file, the real libsql client; prepares are counted on the
 * prototype's original.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'portal-statements-'))
let client: Client
let prepared: string[] = []

before(async () => {
  // Counts what reaches libsql's own prepare, under the cache installed on top of it.
  const proto = Database.prototype as unknown as { prepare: (sql: string) => unknown }
  const original = proto.prepare
  proto.prepare = function (this: unknown, sql: string) {
    prepared.push(sql)
    return original.call(this, sql)
  }
  keepPreparedStatements()
  client = createClient({ url: `file:${path.join(dir, 'portal.db')}` })
  await client.execute('CREATE TABLE scans (id INTEGER PRIMARY KEY, code TEXT UNIQUE)')
})
after(() => {
  client.close()
  rmSync(dir, { recursive: true, force: true })
})

const codes = async (from: number) =>
  (
    await client.execute({ sql: 'SELECT code FROM scans WHERE id > ? ORDER BY id', args: [from] })
  ).rows.map((row) => row.code)

describe('prepared statements kept per connection', () => {
  it('prepares a statement once and answers each call with its own arguments', async () => {
    prepared = []
    for (const code of ['a', 'b', 'c'])
      await client.execute({ sql: 'INSERT INTO scans (code) VALUES (?)', args: [code] })
    assert.deepEqual(await codes(0), ['a', 'b', 'c'])
    assert.deepEqual(await codes(1), ['b', 'c'])
    assert.deepEqual(await codes(3), [])
    assert.equal(prepared.filter((sql) => sql.startsWith('INSERT')).length, 1)
    assert.equal(prepared.filter((sql) => sql.startsWith('SELECT')).length, 1)
  })

  it('forgets a statement that failed, and the next call works', async () => {
    prepared = []
    const insert = { sql: 'INSERT INTO scans (code) VALUES (?)', args: ['a'] }
    await assert.rejects(client.execute(insert), /UNIQUE/)
    await client.execute({ ...insert, args: ['d'] })
    // Prepared again after the failure: a statement is never reused in a failed state.
    assert.equal(prepared.filter((sql) => sql.startsWith('INSERT')).length, 1)
    assert.deepEqual(await codes(3), ['d'])
  })

  it('answers right after a column is added: with *, and with the columns named', async () => {
    const star = { sql: 'SELECT * FROM scans WHERE id = ?', args: [1] }
    const named = { sql: 'SELECT id, code FROM scans WHERE id = ?', args: [1] }
    await client.execute(star)
    await client.execute(named)
    await client.execute('ALTER TABLE scans ADD COLUMN zone TEXT')
    await client.execute({
      sql: 'UPDATE scans SET zone = ? WHERE id = ?',
      args: ['press-centre', 1],
    })
    assert.deepEqual(
      { ...(await client.execute(star)).rows[0] },
      { id: 1, code: 'a', zone: 'press-centre' },
    )
    assert.deepEqual({ ...(await client.execute(named)).rows[0] }, { id: 1, code: 'a' })
  })

  it("keeps count(*) and Drizzle's subqueries, not SELECT * or RETURNING *", async () => {
    const subquery =
      'SELECT "id", (SELECT json_group_array("code") FROM (SELECT * FROM "scans" "s" WHERE "s"."id" = "scans"."id")) AS "codes" FROM "scans"'
    prepared = []
    for (let i = 0; i < 2; i++) {
      await client.execute('SELECT count(*) AS n FROM scans')
      await client.execute('SELECT * FROM scans')
      await client.execute(subquery)
      await client.execute({
        sql: 'UPDATE scans SET code = code WHERE id = ? RETURNING *',
        args: [1],
      })
    }
    const returning = 'UPDATE scans SET code = code WHERE id = ? RETURNING *'
    assert.deepEqual(prepared, [
      'SELECT count(*) AS n FROM scans',
      'SELECT * FROM scans',
      subquery,
      returning,
      'SELECT * FROM scans',
      returning,
    ])
    assert.equal(namesColumnsWithStar('SELECT "a*b" FROM t WHERE x = \'*\''), false)
  })

  it('keeps BEGIN and COMMIT', async () => {
    prepared = []
    for (let i = 0; i < 2; i++) {
      await client.execute('BEGIN IMMEDIATE')
      await client.execute({ sql: 'UPDATE scans SET code = code WHERE id = ?', args: [1] })
      await client.execute('COMMIT')
    }
    // Prepared the first time only.
    assert.deepEqual(prepared, [
      'BEGIN IMMEDIATE',
      'UPDATE scans SET code = code WHERE id = ?',
      'COMMIT',
    ])
  })

  it('prepares PRAGMA and EXPLAIN afresh every time', async () => {
    prepared = []
    for (let i = 0; i < 2; i++) {
      await client.execute('PRAGMA user_version')
      await client.execute('EXPLAIN QUERY PLAN SELECT code FROM scans WHERE code = 1')
    }
    assert.equal(prepared.length, 4)
  })

  it(`keeps at most ${STATEMENTS_PER_CONNECTION} statements, dropping the least recently used`, async () => {
    const distinct = (i: number) => `SELECT ${i} AS n FROM scans LIMIT 1`
    for (let i = 0; i <= STATEMENTS_PER_CONNECTION; i++) await client.execute(distinct(i))
    prepared = []
    await client.execute(distinct(STATEMENTS_PER_CONNECTION)) // the newest: kept
    await client.execute(distinct(0)) // the oldest: dropped when the last came in
    assert.deepEqual(prepared, [distinct(0)])
  })
})
