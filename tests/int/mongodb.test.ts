import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { makeStaff, mongoUnavailable, mongoUriFor, startTestPayload } from './harness'

/**
 * The production database, in every run of the suite (the whole suite also runs on MongoDB in
 * `npm test`'s second pass). No MongoDB server exists on the development machines, so this runs
 * only when TEST_MONGODB_URI names a replica set (e.g. mongodb://127.0.0.1:27017/?replicaSet=rs0)
 * and is reported as skipped, with that reason, otherwise.
 */
const skip = mongoUnavailable

describe('MongoDB adapter', () => {
  it(
    'runs transactions, migrates, and keeps drafts from anonymous readers as on SQLite',
    { skip },
    async () => {
      const { payload, cleanup } = await startTestPayload({
        databaseUri: mongoUriFor(process.env.TEST_MONGODB_URI!, `portal_int_smoke_${process.pid}`),
      })
      try {
        assert.equal(payload.db.name, 'mongoose')
        const transaction = await payload.db.beginTransaction()
        assert.ok(transaction, 'a transaction starts: the server is a replica set')
        await payload.db.rollbackTransaction(transaction)
        await payload.db.migrate()
        const editor = await makeStaff(payload, ['editor'])
        const draft = await payload.create({
          collection: 'news',
          overrideAccess: false,
          user: editor,
          data: { title: 'Bản nháp Mongo', _status: 'draft' },
        })
        const seen = await payload.find({ collection: 'news', overrideAccess: false, user: null })
        assert.ok(!seen.docs.some((doc) => doc.id === draft.id))
      } finally {
        await cleanup()
      }
    },
  )
})
