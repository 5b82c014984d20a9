import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import {
  applicationKey,
  applicationWindow,
  checkApplication,
  localDateTime,
  nextWindowChange,
} from '~/cms/lib/accreditation/applicationWindow'
import { quotaFor } from '~/cms/lib/accreditation/quota'
import {
  byArrival,
  someoneEarlierWaits,
  waitingPosition,
} from '~/cms/lib/accreditation/waitingList'

/** A council session on 12–13 December 2026 (Vietnam time), applications 01/12 08:00 to 10/12 17:00. */
const session = {
  state: 'open',
  startDate: '2026-12-12T00:30:00.000Z',
  endDate: '2026-12-13T10:00:00.000Z',
  accreditationOpensAt: '2026-12-01T01:00:00.000Z',
  accreditationClosesAt: '2026-12-10T10:00:00.000Z',
  pressRulesVersion: '2.0',
}
const at = (iso: string) => new Date(iso)

describe('the accreditation window', () => {
  it('is open from its opening time up to (not including) its closing time', () => {
    assert.deepEqual(applicationWindow(session, at('2026-12-01T01:00:00.000Z')), {
      open: true,
      closesAt: session.accreditationClosesAt,
    })
    assert.equal(applicationWindow(session, at('2026-12-10T09:59:59.999Z')).open, true)
    assert.deepEqual(applicationWindow(session, at('2026-12-10T10:00:00.000Z')), {
      open: false,
      reason: 'window-closed',
      closedAt: session.accreditationClosesAt,
    })
  })

  it('says when it opens before it does', () => {
    assert.deepEqual(applicationWindow(session, at('2026-11-30T00:00:00.000Z')), {
      open: false,
      reason: 'not-yet',
      opensAt: session.accreditationOpensAt,
    })
  })

  it('takes no applications for a draft, closed or archived event, whatever the window', () => {
    for (const state of ['draft', 'closed', 'archived'])
      assert.deepEqual(applicationWindow({ ...session, state }, at('2026-12-05T00:00:00Z')), {
        open: false,
        reason: state,
      })
  })

  it('without bounds is open until the event is over', () => {
    const open = { ...session, accreditationOpensAt: null, accreditationClosesAt: null }
    assert.equal(applicationWindow(open, at('2020-01-01T00:00:00Z')).open, true)
    assert.equal(applicationWindow(open, at('2026-12-13T12:00:00Z')).open, true, 'its last day')
    assert.deepEqual(applicationWindow(open, at('2026-12-13T17:00:00Z')), {
      open: false,
      reason: 'over',
    })
  })

  it('changes by itself at its opening, its closing and each midnight in Vietnam', () => {
    assert.equal(
      nextWindowChange(session, at('2026-11-30T12:00:00Z')).toISOString(),
      '2026-11-30T17:00:00.000Z',
      'midnight in Vietnam comes first',
    )
    assert.equal(
      nextWindowChange(session, at('2026-12-01T00:30:00Z')).toISOString(),
      session.accreditationOpensAt,
    )
    assert.equal(
      nextWindowChange(session, at('2026-12-10T09:00:00Z')).toISOString(),
      session.accreditationClosesAt,
    )
  })

  it('writes moments as the press office does: dd/MM/yyyy HH:mm in Vietnam', () => {
    assert.equal(localDateTime('2026-12-10T10:00:00.000Z'), '10/12/2026 17:00')
    assert.equal(localDateTime('2026-12-31T17:05:00.000Z'), '01/01/2027 00:05')
  })
})

describe('an application to an event', () => {
  const inWindow = at('2026-12-05T03:00:00Z')
  const good = { days: ['2026-12-12', '2026-12-13'], rulesVersion: '2.0' }

  it('is accepted within the window, for days to come, under the event’s rules version', () => {
    assert.equal(checkApplication(session, good, inWindow), null)
  })

  it('is refused outside the window, saying since or until when', () => {
    assert.deepEqual(checkApplication(session, good, at('2026-12-10T10:00:00Z')), {
      code: 'event-window-closed',
      at: session.accreditationClosesAt,
    })
    assert.deepEqual(checkApplication(session, good, at('2026-11-01T00:00:00Z')), {
      code: 'event-not-yet',
      at: session.accreditationOpensAt,
    })
    assert.equal(
      checkApplication({ ...session, state: 'archived' }, good, inWindow)?.code,
      'event-archived',
    )
  })

  it('is refused for a day that is not the event’s, has passed, or is chosen twice', () => {
    const noBounds = { ...session, accreditationClosesAt: null }
    for (const days of [[], ['2026-12-11'], ['2026-12-12', '2026-12-12']])
      assert.deepEqual(checkApplication(session, { ...good, days }, inWindow), {
        code: 'days-not-offered',
      })
    assert.deepEqual(
      checkApplication(noBounds, good, at('2026-12-13T01:00:00Z')),
      { code: 'days-not-offered' },
      '12 December has passed on the 13th',
    )
    assert.equal(
      checkApplication(noBounds, { ...good, days: ['2026-12-13'] }, at('2026-12-13T01:00:00Z')),
      null,
    )
  })

  it('must accept the rules version the event names (any, when it names none)', () => {
    assert.deepEqual(checkApplication(session, { ...good, rulesVersion: '1.0' }, inWindow), {
      code: 'rules-version',
      expected: '2.0',
    })
    assert.equal(
      checkApplication(
        { ...session, pressRulesVersion: null },
        { ...good, rulesVersion: '1.0' },
        inWindow,
      ),
      null,
    )
  })

  it('is one per person per event: the same person has another key at another event', () => {
    assert.equal(applicationKey(3, 'cccd:096190012345'), '3/cccd:096190012345')
    assert.notEqual(applicationKey(3, 'cccd:096190012345'), applicationKey(4, 'cccd:096190012345'))
  })
})

describe('quotas per event', () => {
  const rows = [
    { outlet: 7, role: 'reporter', max: 1 },
    { outlet: null, role: 'reporter', max: 3 },
    { outlet: { id: 8 }, role: 'photographer', max: 0 },
  ]
  it('takes the event’s row for the outlet, then its row for every outlet, then the outlet’s own', () => {
    assert.equal(quotaFor(rows, 7, 'reporter', 5), 1)
    assert.equal(quotaFor(rows, 9, 'reporter', 5), 3)
    assert.equal(quotaFor(rows, 8, 'photographer', 2), 0)
    assert.equal(quotaFor(rows, 9, 'photographer', 2), 2)
    assert.equal(quotaFor(null, 9, 'technician', 4), 4)
  })
})

describe('the waiting list', () => {
  const list = [
    { id: 12, createdAt: '2026-12-02T03:00:00.000Z' },
    { id: 10, createdAt: '2026-12-02T01:00:00.000Z' },
    { id: 11, createdAt: '2026-12-02T01:00:00.000Z' },
  ]
  it('is first come, first served (the lower id first within one millisecond)', () => {
    assert.deepEqual(
      [...list].sort(byArrival).map((entry) => entry.id),
      [10, 11, 12],
    )
    assert.equal(waitingPosition(list, 12), 3)
    assert.equal(waitingPosition(list, 10), 1)
    assert.equal(waitingPosition(list, 99), null)
  })

  it('lets nobody take a place while someone who came earlier waits', () => {
    assert.equal(someoneEarlierWaits(list, { id: 12, createdAt: list[0]!.createdAt }), true)
    assert.equal(someoneEarlierWaits(list, { id: 10, createdAt: list[1]!.createdAt }), false)
    assert.equal(
      someoneEarlierWaits(list, { id: 5, createdAt: '2026-12-01T00:00:00.000Z' }),
      false,
      'a request made before the list began',
    )
  })
})
