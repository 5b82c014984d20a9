import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { isAcceptingApplications } from '~/cms/lib/events/eventRules'
import {
  checkInsDueAt,
  filesToPurge,
  planPurge,
  profilesToClear,
} from '~/cms/lib/lifecycle/retention'
import {
  dataRequestDeadline,
  maskIdNumber,
  PORTRAIT_MAX_AGE_DAYS,
  profileNeeds,
} from '~/cms/lib/profile/profileRules'

const now = new Date('2026-03-01T03:00:00.000Z')
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()
const eventEnd = '2026-03-12T01:00:00.000Z'

describe('what a returning journalist must give again', () => {
  const fresh = {
    hasPortrait: true,
    portraitDate: daysAgo(30),
    idExpiresAt: '2030-01-01',
    hasLetter: true,
  }

  it('nothing when the portrait is recent, the ID valid past the event and a letter kept', () => {
    assert.deepEqual(profileNeeds(fresh, eventEnd, now), {
      portrait: false,
      idDocument: false,
      letter: false,
    })
  })

  it('a new portrait once the kept one is over two years old, or gone', () => {
    assert.equal(PORTRAIT_MAX_AGE_DAYS, 730)
    const old = { ...fresh, portraitDate: daysAgo(PORTRAIT_MAX_AGE_DAYS + 1) }
    assert.equal(profileNeeds(old, eventEnd, now).portrait, true)
    assert.equal(
      profileNeeds({ ...fresh, portraitDate: daysAgo(729) }, eventEnd, now).portrait,
      false,
    )
    assert.equal(profileNeeds({ ...fresh, hasPortrait: false }, eventEnd, now).portrait, true)
  })

  it('the ID again when it expires before the event’s last day, or its expiry is unknown', () => {
    assert.equal(
      profileNeeds({ ...fresh, idExpiresAt: '2026-03-11' }, eventEnd, now).idDocument,
      true,
    )
    assert.equal(
      profileNeeds({ ...fresh, idExpiresAt: '2026-03-12' }, eventEnd, now).idDocument,
      false,
    )
    assert.equal(profileNeeds({ ...fresh, idExpiresAt: null }, eventEnd, now).idDocument, true)
  })

  it('a letter when none is kept', () => {
    assert.equal(profileNeeds({ ...fresh, hasLetter: false }, eventEnd, now).letter, true)
  })
})

describe('profile display and data requests', () => {
  it('masks all but the last three characters of the ID number', () => {
    assert.equal(maskIdNumber('096190012345'), '•••••••••345')
    assert.equal(maskIdNumber('B12'), '•••')
    assert.equal(maskIdNumber(null), '')
  })

  it('gives a data request 72 hours (Decree 13/2023)', () => {
    assert.equal(dataRequestDeadline(now).toISOString(), '2026-03-04T03:00:00.000Z')
  })
})

describe('events taking applications', () => {
  const event = {
    state: 'open',
    startDate: '2026-03-10T01:00:00.000Z',
    endDate: '2026-03-11T01:00:00.000Z',
    accreditationOpensAt: '2026-02-01T00:00:00.000Z',
    accreditationClosesAt: '2026-03-09T00:00:00.000Z',
  }
  it('inside an open event’s window only', () => {
    assert.equal(isAcceptingApplications(event, now), true)
    assert.equal(isAcceptingApplications({ ...event, state: 'closed' }, now), false)
    assert.equal(isAcceptingApplications(event, new Date('2026-01-31T00:00:00Z')), false)
    assert.equal(isAcceptingApplications(event, new Date('2026-03-09T00:00:00Z')), false)
  })
})

describe('retention per event', () => {
  const policy = {
    documentsDaysAfterEvent: 30,
    closedApplicationsDays: 90,
    checkInsDaysAfterEvent: 60,
  }
  const app = (id: number, end: string | null) => ({
    id,
    referenceCode: `X-${id}`,
    status: 'approved',
    closedAt: null,
    hasDocuments: true,
    eventEnd: end ? new Date(end) : null,
  })

  it('counts each application’s documents from its own event’s end', () => {
    const plan = planPurge(
      [app(1, '2026-01-01T00:00:00Z'), app(2, '2026-02-20T00:00:00Z'), app(3, null)],
      new Date('2026-02-20T00:00:00Z'),
      policy,
      now,
    )
    assert.deepEqual(
      plan.documents.map((a) => a.id),
      [1],
      'the event that ended 59 days ago is due; the one 9 days ago and the one without dates are not',
    )
  })

  it('check-in logs of an event fall due 60 days after it ends', () => {
    assert.equal(checkInsDueAt(new Date('2026-01-01T00:00:00Z'), policy, now), null, '59 days')
    assert.ok(checkInsDueAt(new Date('2025-12-01T00:00:00Z'), policy, now))
    assert.equal(checkInsDueAt(null, policy, now), null)
  })

  it('clears a profile without consent after the last event’s period; keeps one with consent', () => {
    const profile = (id: number, keep: boolean | null, end: string | null) => ({
      id,
      keepProfile: keep,
      clearedAt: null,
      lastEventEnd: end ? new Date(end) : null,
      hasPersonalData: true,
    })
    const due = profilesToClear(
      [
        profile(1, null, '2026-01-01T00:00:00Z'),
        profile(2, true, '2026-01-01T00:00:00Z'),
        profile(3, false, '2026-02-20T00:00:00Z'),
        profile(4, false, '2025-12-01T00:00:00Z'),
      ],
      policy,
      now,
    )
    assert.deepEqual(
      due.map((p) => p.id),
      [1, 4],
    )
  })

  it('leaves a kept profile’s portrait, never a letter', () => {
    const files = [
      { id: 1, kind: 'portrait' },
      { id: 2, kind: 'letter' },
      { id: 3, kind: 'portrait' },
    ]
    assert.deepEqual(
      filesToPurge(files, new Set(['1', '2'])).map((f) => f.id),
      [2, 3],
    )
  })
})
