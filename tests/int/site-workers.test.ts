import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import type { Client } from '@libsql/client'
import type { Payload } from 'payload'

import { sqliteOnly, startTestPayload } from './harness'

/**
 * What a site process does besides serving, since SITE_PROCESSES runs one per core: its Payload
 * client (site/lib/cms/payload.ts) starts no job runner and runs no migration, so scheduled
 * publishing, e-mail retries and distribution stay once per machine (the admin process), and the
 * database is prepared once, before the site starts (cms/scripts/start.ts).
 */
let payload: Payload
let cleanup: () => Promise<void>
const role = process.env.PORTAL_PROCESS

before(async () => {
  // As a fresh database the site would meet if nobody had migrated it.
  ;({ cleanup } = await startTestPayload({ migrate: false }))
  process.env.PORTAL_PROCESS = 'site'
  const { payloadClient } = await import('~/site/lib/cms/payload')
  payload = await payloadClient()
})

after(async () => {
  process.env.PORTAL_PROCESS = role
  await cleanup()
})

describe('a site process', () => {
  it(
    'connects without migrating: the schema is left to the one run before the site starts',
    { skip: sqliteOnly('reads the SQLite schema') },
    async () => {
      const client = (payload.db as unknown as { client: Client }).client
      const tables = await client.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('news', 'payload_migrations')",
      )
      assert.deepEqual(tables.rows, [])
    },
  )

  it('starts no job runner, and the job queues refuse to run anywhere but the admin process', async () => {
    assert.equal(payload.crons.length, 0)
    // The admin's check below reads the jobs table: the database as `npm start` leaves it.
    await payload.db.migrate()
    const shouldAutoRun = payload.config.jobs.shouldAutoRun!
    for (const process_ of ['site', undefined]) {
      if (process_) process.env.PORTAL_PROCESS = process_
      else delete process.env.PORTAL_PROCESS
      assert.equal(await shouldAutoRun(payload), false, `PORTAL_PROCESS=${process_}`)
    }
    process.env.PORTAL_PROCESS = 'cms'
    assert.equal(await shouldAutoRun(payload), true)
  })
})
