import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, describe, it } from 'node:test'

import { createClient } from '@libsql/client'

import { serialiseSqliteWrites } from '~/cms/db/serialiseSqliteWrites'

/**
 * libsql hands each transaction the client's connection and opens a fresh one for what follows, so
 * a pragma set once (as the SQLite adapter sets `synchronous`) reaches the first transaction only.
 * The write queue sets the durability asked (SQLITE_SYNCHRONOUS) on every write transaction: on
 * the one connection it keeps for writes when given the database's address (as the portal does),
 * else on the connection each transaction takes. A real SQLite file in WAL mode, the real libsql
 * client.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'portal-sync-'))
after(() => rmSync(dir, { recursive: true, force: true }))

const LEVEL = { FULL: 2, NORMAL: 1 } as const

describe('SQLite durability on every write connection', () => {
  for (const [synchronous, writer] of [
    ['NORMAL', false],
    ['FULL', false],
    ['NORMAL', true],
    ['FULL', true],
  ] as const) {
    const how = writer ? 'on the connection kept for writes' : 'on the connection each one takes'
    it(`${synchronous}: each of several write transactions runs with it, ${how}`, async () => {
      const url = `file:${path.join(dir, `${synchronous}-${writer}.db`)}`
      const client = createClient({ url })
      await client.execute('PRAGMA journal_mode = WAL')
      await client.execute('CREATE TABLE scans (id INTEGER PRIMARY KEY, code TEXT)')
      // The other level on the first connection, as a leftover: the queue must override it.
      const leftover = synchronous === 'FULL' ? 'NORMAL' : 'FULL'
      await client.execute(`PRAGMA synchronous = ${leftover}`)
      serialiseSqliteWrites(client, { synchronous, ...(writer ? { url } : {}) })
      const seen: number[] = []
      for (let i = 0; i < 3; i++) {
        const transaction = await client.transaction('write')
        await transaction.execute({ sql: 'INSERT INTO scans (code) VALUES (?)', args: [`s${i}`] })
        const { rows } = await transaction.execute('PRAGMA synchronous')
        seen.push(Number(rows[0]!.synchronous))
        await transaction.commit()
      }
      assert.deepEqual(seen, [LEVEL[synchronous], LEVEL[synchronous], LEVEL[synchronous]])
      const { rows } = await client.execute('SELECT count(*) AS n FROM scans')
      assert.equal(
        Number(rows[0]!.n),
        3,
        'every write committed, and read on the reads’ connection',
      )
      if (writer) {
        // The reads kept their connection (its leftover pragma): no new connection per write.
        const { rows: reads } = await client.execute('PRAGMA synchronous')
        assert.equal(Number(reads[0]!.synchronous), LEVEL[leftover])
      }
      client.close()
    })
  }
})
