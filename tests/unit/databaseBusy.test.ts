import assert from 'node:assert/strict'
import { test } from 'node:test'

import { isDatabaseBusy } from '~/cms/db/serialiseSqliteWrites'

test('an overloaded write queue or a held SQLite lock is "busy" (503), anything else is not', () => {
  const queue = new Error(
    'Error: cannot begin transaction: SQLite write queue: waited more than 10000 ms for a transaction to finish.',
  )
  assert.equal(isDatabaseBusy(queue), true)
  assert.equal(isDatabaseBusy(new Error('SQLITE_BUSY: database is locked')), true)
  assert.equal(isDatabaseBusy(new Error('cannot begin transaction: database is locked')), true)
  assert.equal(isDatabaseBusy(new Error('SQLITE_CONSTRAINT: UNIQUE constraint failed')), false)
  assert.equal(isDatabaseBusy(new TypeError('x is undefined')), false)
  assert.equal(isDatabaseBusy(undefined), false)
})
