import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { makeStaff, startTestPayload } from './harness'

/**
 * The production database. No MongoDB server exists on the development machines, so this runs
 * only when TEST_MONGODB_URI names a replica set (e.g. mongodb://127.0.0.1:27017/portal-test?replicaSet=rs0)
 * and says that it was skipped otherwise.
 */
const uri = process.env.TEST_MONGODB_URI
const skip = uri ? false : 'TEST_MONGODB_URI is not set: no MongoDB server to test against here'

describe('MongoDB adapter', () => {
  it('migrates, and keeps drafts from anonymous readers as on SQLite', { skip }, async () => {
    const { payload, cleanup } = await startTestPayload({ databaseUri: uri! })
    try {
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
  })
})
