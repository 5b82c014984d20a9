import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { canSeeDocument, canSeeRelease, isUnderEmbargo } from '~/cms/lib/embargo'

const at = (iso: string) => new Date(iso)
const beforeLift = at('2025-10-16T00:59:59Z')
const afterLift = at('2025-10-16T01:00:00Z')
const embargoed = {
  _status: 'published' as const,
  publishedAt: '2025-10-15T00:00:00Z',
  embargoUntil: '2025-10-16T01:00:00Z',
}

describe('press release embargo', () => {
  it('hides an embargoed release from the public until the second the embargo lifts', () => {
    assert.equal(canSeeRelease(embargoed, 'public', beforeLift), false)
    assert.equal(canSeeRelease(embargoed, 'public', afterLift), true)
  })

  it('shows an embargoed release to accredited press before the lift, and to editors always', () => {
    assert.equal(canSeeRelease(embargoed, 'press', beforeLift), true)
    assert.equal(canSeeRelease({ ...embargoed, _status: 'draft' }, 'staff', beforeLift), true)
  })

  it('shows nobody but editors a draft or a release whose publication time has not come', () => {
    assert.equal(canSeeRelease({ ...embargoed, _status: 'draft' }, 'press', afterLift), false)
    assert.equal(
      canSeeRelease(
        { _status: 'published', publishedAt: '2025-10-17T00:00:00Z' },
        'press',
        afterLift,
      ),
      false,
    )
    assert.equal(
      canSeeRelease(
        { _status: 'published', publishedAt: '2025-10-17T00:00:00Z' },
        'public',
        afterLift,
      ),
      false,
    )
  })

  it('treats a release without an embargo as public once published', () => {
    assert.equal(
      canSeeRelease(
        { _status: 'published', publishedAt: null, embargoUntil: null },
        'public',
        beforeLift,
      ),
      true,
    )
    assert.equal(isUnderEmbargo({ embargoUntil: null }, beforeLift), false)
  })
})

describe('document audience', () => {
  it('keeps press-only documents from the public forever, and embargoed ones until the lift', () => {
    assert.equal(canSeeDocument({ audience: 'press' }, 'public', afterLift), false)
    assert.equal(canSeeDocument({ audience: 'press' }, 'press', beforeLift), true)
    assert.equal(
      canSeeDocument(
        { audience: 'embargoed', embargoUntil: embargoed.embargoUntil },
        'public',
        beforeLift,
      ),
      false,
    )
    assert.equal(
      canSeeDocument(
        { audience: 'embargoed', embargoUntil: embargoed.embargoUntil },
        'public',
        afterLift,
      ),
      true,
    )
    assert.equal(canSeeDocument({ audience: 'public' }, 'public', beforeLift), true)
  })
})
