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

describe('a database of its own for each test file on the replica set', () => {
  it('replaces only the database name of TEST_MONGODB_URI, keeping hosts, credentials and options', () => {
    assert.equal(
      mongoUriFor('mongodb://127.0.0.1:27017/?replicaSet=rs0', 'portal_int_a'),
      'mongodb://127.0.0.1:27017/portal_int_a?replicaSet=rs0',
    )
    assert.equal(
      mongoUriFor('mongodb://u:p@h1:1,h2:2/portal-test?replicaSet=rs0&w=majority', 'portal_int_b'),
      'mongodb://u:p@h1:1,h2:2/portal_int_b?replicaSet=rs0&w=majority',
    )
    assert.equal(
      mongoUriFor('mongodb+srv://cluster.example.net', 'portal_int_c'),
      'mongodb+srv://cluster.example.net/portal_int_c',
    )
    assert.throws(() => mongoUriFor('postgres://localhost/x', 'y'), /not a mongodb:\/\/ address/)
  })
})
