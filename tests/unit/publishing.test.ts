import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { isPublicNow, publicNowWhere } from '~/cms/lib/publishing'

const now = new Date('2025-10-16T03:00:00.000Z')

describe('what the public may see', () => {
  it('hides drafts whatever their date', () => {
    assert.equal(
      isPublicNow({ _status: 'draft', publishedAt: '2025-10-01T00:00:00.000Z' }, now),
      false,
    )
    assert.equal(isPublicNow({ _status: null }, now), false)
  })

  it('shows published items whose time has come', () => {
    assert.equal(
      isPublicNow({ _status: 'published', publishedAt: '2025-10-16T03:00:00.000Z' }, now),
      true,
    )
    assert.equal(isPublicNow({ _status: 'published' }, now), true)
  })

  it('holds back published items scheduled for later', () => {
    assert.equal(
      isPublicNow({ _status: 'published', publishedAt: '2025-10-16T03:00:01.000Z' }, now),
      false,
    )
  })

  it('expresses the same rule as a query for the database', () => {
    const where = JSON.stringify(publicNowWhere(now))
    assert.match(where, /"_status":\{"equals":"published"\}/)
    assert.match(where, /"less_than_equal":"2025-10-16T03:00:00.000Z"/)
  })
})
