import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import {
  type ApplicationFacts,
  eventEnd,
  planPurge,
  policyFromEnv,
} from '~/cms/lib/lifecycle/retention'

const policy = {
  documentsDaysAfterEvent: 30,
  closedApplicationsDays: 90,
  checkInsDaysAfterEvent: 60,
}
const end = eventEnd('2025-10-17T00:30:00.000Z')!
const day = (iso: string) => new Date(`${iso}T12:00:00.000Z`)
const app = (
  id: number,
  status: string,
  closedAt: string | null = null,
  hasDocuments = true,
): ApplicationFacts => ({
  id,
  referenceCode: `DH1-${String(id).padStart(4, '0')}`,
  status,
  closedAt: closedAt ? day(closedAt) : null,
  hasDocuments,
})

describe('retention rules', () => {
  it('the congress ends at the end of its last day; no dates, no end', () => {
    assert.equal(end.toISOString(), '2025-10-18T00:30:00.000Z')
    assert.equal(eventEnd(null), null)
    assert.equal(eventEnd('not a date'), null)
  })

  it('keeps portraits and letters until N days after the congress, then lists every application that still has them', () => {
    const apps = [app(1, 'approved'), app(2, 'submitted'), app(3, 'approved', null, false)]
    assert.deepEqual(planPurge(apps, end, policy, day('2025-11-16')).documents, [])
    assert.deepEqual(
      planPurge(apps, end, policy, day('2025-11-17')).documents.map((a) => a.id),
      [1, 2],
    )
  })

  it('erases rejected and withdrawn applications N days after they were closed, not before, and never open ones', () => {
    const apps = [
      app(1, 'rejected', '2025-10-01'),
      app(2, 'withdrawn', '2025-10-05'),
      app(3, 'approved', '2025-09-01'),
      app(4, 'rejected', null),
    ]
    assert.deepEqual(
      planPurge(apps, null, policy, day('2025-12-29')).erase.map((a) => a.id),
      [],
    )
    assert.deepEqual(
      planPurge(apps, null, policy, day('2025-12-30')).erase.map((a) => a.id),
      [1],
    )
    assert.deepEqual(
      planPurge(apps, null, policy, day('2026-01-03')).erase.map((a) => a.id),
      [1, 2],
    )
  })

  it('an application erased whole is not also listed for its documents', () => {
    const plan = planPurge(
      [app(1, 'rejected', '2025-01-01'), app(2, 'approved')],
      end,
      policy,
      day('2026-06-01'),
    )
    assert.deepEqual([plan.erase.map((a) => a.id), plan.documents.map((a) => a.id)], [[1], [2]])
  })

  it('deletes check-in logs only once their period after the congress is over', () => {
    assert.equal(planPurge([], end, policy, day('2025-12-15')).checkInsBefore, null)
    assert.equal(
      planPurge([], end, policy, day('2025-12-18'))?.checkInsBefore?.toISOString(),
      '2025-12-17T00:30:00.000Z',
    )
    assert.equal(
      planPurge([], null, policy, day('2030-01-01')).checkInsBefore,
      null,
      'no congress dates: nothing is due',
    )
  })

  it('reads the periods from the settings', () => {
    assert.deepEqual(
      policyFromEnv({
        RETENTION_DOCUMENTS_DAYS_AFTER_EVENT: 1,
        RETENTION_CLOSED_APPLICATIONS_DAYS: 2,
        RETENTION_CHECKINS_DAYS_AFTER_EVENT: 3,
      }),
      { documentsDaysAfterEvent: 1, closedApplicationsDays: 2, checkInsDaysAfterEvent: 3 },
    )
  })
})
