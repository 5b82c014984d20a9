import assert from 'node:assert/strict'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'

import { createLocalReq, type Payload } from 'payload'

import { promoteFromWaitingList } from '~/cms/accreditation/operations/promoteFromWaitingList'
import { submitApplication as submitOperation } from '~/cms/accreditation/operations/submitApplication'
import { emailsInFlight } from '~/cms/collections/AccreditationRequests/hooks/notifyApplicant'
import { applicationSchema, formToObject } from '~/cms/lib/accreditation/applicationSchema'
import { backfillApply } from '~/cms/migrations/backfill/apply'
import { setClock } from '~/cms/lib/time'
import type { Event } from '~/cms/payload-types'
import { minimalPdf, portraitJpeg } from '../support/sampleFiles'
import { applicationForm, prepareCongress } from './fixtures/application'
import { makeStaff, startTestPayload } from './harness'
import { startMailCatcher } from './mailCatcher'

/**
 * Applying to an event, through every door (the site's form, the operation as a signed-in path
 * would call it, REST as Payload's Local API with a staff user): the window, the days still to
 * come, one application per person per event, quotas per event and the waiting list.
 */
let payload: Payload
let cleanup: () => Promise<void>
let mail: Awaited<ReturnType<typeof startMailCatcher>>
let gateway: typeof import('~/site/lib/cms')
let officer: Awaited<ReturnType<typeof makeStaff>>

/** Wednesday 2 December 2026, 10:00 in Vietnam. */
const NOW = new Date('2026-12-02T03:00:00.000Z')
const DAY = 24 * 60 * 60 * 1000
const iso = (offsetDays: number, hours = 0) =>
  new Date(NOW.getTime() + offsetDays * DAY + hours * 60 * 60 * 1000).toISOString()
/** The local date `offset` days from NOW (10:00 in Vietnam, so never across midnight). */
const day = (offset: number) => iso(offset).slice(0, 10)

let prefixCount = 0
async function makeEvent(data: Partial<Event> = {}): Promise<Event> {
  prefixCount += 1
  const event = await payload.create({
    collection: 'events',
    overrideAccess: true,
    data: {
      name: `Kỳ họp thử ${prefixCount} ${Date.now()}`,
      kind: 'council-session',
      state: 'open',
      referencePrefix: `EV${prefixCount}`,
      passPrefix: `EP${prefixCount}`,
      startDate: iso(10),
      endDate: iso(11),
      accreditationOpensAt: iso(-3),
      accreditationClosesAt: iso(8),
      pressRulesVersion: '1.0',
      ...data,
    },
  })
  gateway.clearCache()
  return event
}
const daysOf = () => [day(10), day(11)]

before(async () => {
  mail = await startMailCatcher()
  ;({ payload, cleanup } = await startTestPayload())
  gateway = await import('~/site/lib/cms')
  await prepareCongress(payload)
  officer = await makeStaff(payload, ['accreditation-officer'])
  setClock(NOW)
})
after(async () => {
  setClock(null)
  await emailsInFlight()
  await cleanup()
  await mail.stop()
})

const privateFiles = () => {
  const dir = path.join(process.env.DATA_DIR!, 'private', 'applicant-files')
  return existsSync(dir) ? readdirSync(dir).length : 0
}
const stored = async () => ({
  requests: (await payload.count({ collection: 'accreditation-requests' })).totalDocs,
  files: (await payload.count({ collection: 'applicant-files' })).totalDocs,
  onDisk: privateFiles(),
})
const idNumber = () => `0961900${String(Math.floor(Math.random() * 100_000)).padStart(5, '0')}`

/** The site's form, sent to one event. */
const siteApply = async (event: Event, overrides: Parameters<typeof applicationForm>[0] = {}) =>
  gateway.submitApplication(
    await applicationForm({ event: event.slug ?? '', days: daysOf(), ...overrides }),
    'vi',
  )

/** The operation itself, as the returning journalist's one-screen form or any script calls it. */
async function operationApply(event: Event, overrides: Record<string, unknown> = {}) {
  const form = await applicationForm({ days: daysOf() })
  const values = { ...formToObject(form), ...overrides }
  const application = applicationSchema({
    days: values.days as string[],
    outletIds: [String(values.outlet)],
    today: day(0),
  }).parse(values)
  const req = await createLocalReq(
    { context: { applicant: { submitting: true, idempotencyKey: application.idempotencyKey } } },
    payload,
  )
  const file = async (kind: 'portrait' | 'letter') => {
    const data = kind === 'portrait' ? await portraitJpeg() : minimalPdf()
    return {
      data,
      mimetype: kind === 'portrait' ? 'image/jpeg' : 'application/pdf',
      name: `${kind}-${Math.random().toString(36).slice(2)}.${kind === 'portrait' ? 'jpg' : 'pdf'}`,
      size: data.length,
    }
  }
  return submitOperation(req, {
    eventId: event.id,
    application,
    portrait: await file('portrait'),
    letter: await file('letter'),
  })
}

let staffFileIds: { portrait: number; letter: number } | null = null
async function staffFiles() {
  const file = async (kind: 'portrait' | 'letter', data: Buffer, mimetype: string, name: string) =>
    (
      await payload.create({
        collection: 'applicant-files',
        data: { kind },
        file: { data, mimetype, name, size: data.length },
        overrideAccess: false,
        user: officer,
      })
    ).id
  staffFileIds ??= {
    portrait: await file('portrait', await portraitJpeg(), 'image/jpeg', 'p.jpg'),
    letter: await file('letter', minimalPdf(), 'application/pdf', 'l.pdf'),
  }
  return staffFileIds
}

/** REST as the admin writes through it: a create by an officer, access enforced. */
const restApply = async (event: Event, data: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'accreditation-requests',
    overrideAccess: false,
    user: officer,
    data: {
      event: event.id,
      fullName: 'Nhập Bởi Cán Bộ',
      dateOfBirth: '1990-05-20',
      nationality: 'VN',
      idType: 'cccd',
      idNumber: idNumber(),
      role: 'reporter',
      days: daysOf(),
      email: 'staff.entered@example.vn',
      phone: '+84 912 000 333',
      ...(await staffFiles()),
      ...data,
    } as never,
  })

/** The refusal of a call as `status:code`, or 'ok'. */
async function refusal(call: () => Promise<unknown>): Promise<string> {
  try {
    await call()
    return 'ok'
  } catch (error) {
    const { status, data } = error as { status?: number; data?: { refusal?: string } }
    return `${status}:${data?.refusal ?? (error as Error).message}`
  }
}

describe('the window and the days', () => {
  it('refuses an application outside the window, to an archived, closed or draft event, or for a past day, through every door, storing nothing', async () => {
    const cases: [string, Partial<Event>, string][] = [
      ['not open yet', { accreditationOpensAt: iso(1) }, '409:event-not-yet'],
      ['closed by its deadline', { accreditationClosesAt: iso(0, -1) }, '409:event-window-closed'],
      ['archived', { state: 'archived' }, '409:event-archived'],
      ['closed', { state: 'closed' }, '409:event-closed'],
      ['draft', { state: 'draft' }, '409:event-draft'],
      [
        'over',
        { startDate: iso(-3), endDate: iso(-2), accreditationClosesAt: null },
        '409:event-over',
      ],
    ]
    await staffFiles()
    const before = await stored()
    for (const [name, change, expected] of cases) {
      const event = await makeEvent(change)
      const site = await siteApply(event)
      assert.ok(!site.ok, name)
      if (change.state === 'draft')
        assert.deepEqual([site.status, site.errors.form], [404, 'event_unknown'], name)
      else assert.deepEqual([site.status, site.errors.form], [409, 'event_closed'], name)
      assert.equal(await refusal(() => operationApply(event)), expected, `operation: ${name}`)
      const rest = await refusal(() => restApply(event))
      assert.equal(rest, expected, `REST: ${name}`)
    }
    assert.deepEqual(await stored(), before, 'no request, no file row, no file on disk')
  })

  it('says in the refusal when the window opens or closed, as dd/MM/yyyy HH:mm', async () => {
    const event = await makeEvent({ accreditationOpensAt: '2026-12-05T01:30:00.000Z' })
    await assert.rejects(() => restApply(event), /05\/12\/2026 08:30/)
  })

  it('refuses a day that has passed or is not the event’s, and the wrong rules version', async () => {
    const event = await makeEvent({
      startDate: iso(-1),
      endDate: iso(1),
      accreditationClosesAt: null,
    })
    const before = await stored()
    assert.equal(await refusal(() => restApply(event, { days: [day(-1)] })), '400:days-not-offered')
    assert.equal(
      await refusal(() => restApply(event, { days: ['2020-01-01'] })),
      '400:days-not-offered',
    )
    const site = await siteApply(event, { days: [day(-1)] })
    assert.deepEqual(!site.ok && [site.status, site.errors.days], [400, 'days'])
    assert.equal(
      await refusal(() => operationApply(event, { days: [day(-1)] })),
      '400:days-not-offered',
    )
    assert.equal(
      await refusal(() => operationApply(event, { days: [day(0)], rulesVersion: '0.9' })),
      '400:rules-version',
    )
    const after = await stored()
    assert.equal(after.requests, before.requests)
    assert.equal(after.onDisk, before.onDisk)
    assert.equal((await operationApply(event, { days: [day(0), day(1)] })).outcome, 'created')
  })

  it('opens and closes the form by itself at the window’s times', async () => {
    const event = await makeEvent({ accreditationOpensAt: iso(1), accreditationClosesAt: iso(2) })
    const options = async () => (await gateway.getApplicationFormOptions('en', event.slug))!
    assert.deepEqual((await options()).window, { open: false, reason: 'not-yet', opensAt: iso(1) })
    assert.deepEqual((await options()).days, [])
    setClock(new Date(iso(1)))
    assert.equal((await options()).window.open, true, 'open at its opening time, cache or not')
    assert.deepEqual((await options()).days, daysOf())
    assert.ok((await options()).otherOpenEvents.some((other) => other.slug !== event.slug))
    setClock(new Date(iso(2)))
    assert.equal((await options()).window.open, false, 'closed at its closing time')
    const late = await siteApply(event)
    assert.deepEqual(!late.ok && [late.status, late.errors.form], [409, 'event_closed'])
    setClock(NOW)
  })
})

describe('one application per person per event', () => {
  it('lets the same person apply to two events, but not twice to one', async () => {
    const council = await makeEvent()
    const briefing = await makeEvent()
    const person = idNumber()
    const first = await siteApply(council, { idNumber: person, email: 'same.person@example.vn' })
    assert.ok(first.ok && !first.duplicate)
    const other = await siteApply(briefing, { idNumber: person, email: 'same.person@example.vn' })
    assert.ok(other.ok && !other.duplicate, 'another event takes the same person')
    const before = await stored()
    const again = await siteApply(council, { idNumber: person, email: 'other@example.vn' })
    assert.ok(again.ok && again.duplicate, 'the anonymous form answers a duplicate as received')
    assert.equal((await operationApply(council, { idNumber: person })).outcome, 'duplicate')
    assert.equal(
      await refusal(() => restApply(council, { idNumber: person })),
      '409:already-applied',
      'staff are told plainly',
    )
    const after = await stored()
    assert.equal(after.requests, before.requests)
    assert.equal(after.onDisk, before.onDisk)
    const keys = await payload.find({
      collection: 'accreditation-requests',
      where: { identityKey: { equals: `cccd:${person}` } },
      depth: 0,
      overrideAccess: true,
    })
    assert.equal(
      await refusal(() =>
        payload.update({
          collection: 'accreditation-requests',
          id: keys.docs[0]!.id,
          data: { event: keys.docs[0]!.event === council.id ? briefing.id : council.id },
          overrideAccess: false,
          user: officer,
        }),
      ),
      '400:event-fixed',
      'a request never moves to another event (its key would then be another event’s)',
    )
    assert.deepEqual(
      keys.docs.map((doc) => doc.applicationKey).sort(),
      [`${council.id}/cccd:${person}`, `${briefing.id}/cccd:${person}`].sort(),
    )
  })
})

async function outletWithQuota(reporter: number) {
  const outlet = await payload.create({
    collection: 'outlets',
    overrideAccess: true,
    data: {
      name: `Báo Hạn Mức ${Date.now()} ${Math.random()}`,
      type: 'print',
      scope: 'provincial',
      quotas: { reporter, photographer: 0, cameraOperator: 0, technician: 0 },
    },
  })
  gateway.clearCache()
  return outlet
}
const decide = async (id: number | string, status: 'approved' | 'in-review') =>
  payload.update({
    collection: 'accreditation-requests',
    id,
    data: { status },
    overrideAccess: false,
    user: officer,
  })
const statusOf = async (id: number | string) =>
  (await payload.findByID({ collection: 'accreditation-requests', id, depth: 0 })).status
const idOfToken = (token: string) => token.split('.')[0]!

describe('quotas per event and the waiting list', () => {
  it('takes the event’s quota over the outlet’s own, per event', async () => {
    const outlet = await outletWithQuota(5)
    const tight = await makeEvent({ quotas: [{ outlet: outlet.id, role: 'reporter', max: 1 }] })
    const roomy = await makeEvent({ quotas: [{ role: 'reporter', max: 2 }] })
    const apply = (event: Event) => siteApply(event, { outlet: String(outlet.id) })
    const a = await apply(tight)
    assert.ok(a.ok && !a.duplicate)
    await decide(idOfToken(a.statusToken), 'approved')
    const full = await apply(tight)
    assert.deepEqual(!full.ok && [full.status, full.errors.joinWaitingList], [409, 'quota_full'])
    for (let n = 0; n < 2; n++) {
      const b = await apply(roomy)
      assert.ok(b.ok && !b.duplicate)
      await decide(idOfToken(b.statusToken), 'approved')
    }
    const third = await apply(roomy)
    assert.ok(!third.ok && third.status === 409, 'the event’s row for every outlet: 2, not 5')
  })

  it('puts an applicant who chose it on the waiting list, first come first served, and promotes in that order when a place frees', async () => {
    const outlet = await outletWithQuota(1)
    const event = await makeEvent()
    const apply = (extra: Record<string, string> = {}) =>
      siteApply(event, { outlet: String(outlet.id), ...extra })
    const holder = await apply()
    assert.ok(holder.ok && !holder.duplicate)
    await decide(idOfToken(holder.statusToken), 'approved')

    const before = await stored()
    const refused = await apply()
    assert.ok(!refused.ok && refused.errors.joinWaitingList === 'quota_full')
    assert.equal((await stored()).onDisk, before.onDisk, 'no files kept from the refused form')

    const first = await apply({ joinWaitingList: 'on', email: 'first.in.line@example.vn' })
    const second = await apply({ joinWaitingList: 'on', email: 'second.in.line@example.vn' })
    assert.ok(first.ok && !first.duplicate && second.ok && !second.duplicate)
    const [firstId, secondId] = [idOfToken(first.statusToken), idOfToken(second.statusToken)]
    assert.equal(await statusOf(firstId), 'waitlisted')
    assert.equal((await gateway.openApplication(first.statusToken))?.waitingPosition, 1)
    assert.equal((await gateway.openApplication(second.statusToken))?.waitingPosition, 2)
    await emailsInFlight()
    assert.ok(
      mail.messages.some(
        (m) => m.to.includes('first.in.line@example.vn') && /danh sách chờ/.test(m.subject),
      ),
      'the waiting-list e-mail',
    )

    const officerReq = async () => createLocalReq({ user: officer as never }, payload)
    const scope = { eventId: event.id, outletId: outlet.id, role: 'reporter' as const }
    assert.equal(
      await refusal(async () => promoteFromWaitingList(await officerReq(), scope)),
      `409:quota-reached`,
      'no place is free yet',
    )
    // The holder withdraws: a place is free, but it is the first in line's, not the second's.
    assert.equal(await gateway.withdrawApplication(holder.statusToken), 'withdrawn')
    assert.equal(await refusal(() => decide(secondId, 'approved')), '409:waitlist-order')
    const promoted = await promoteFromWaitingList(await officerReq(), scope)
    assert.equal(String(promoted.id), firstId)
    assert.equal(await statusOf(firstId), 'approved')
    assert.equal((await gateway.openApplication(second.statusToken))?.waitingPosition, 1)
    const trail = await payload.find({
      collection: 'audit-entries',
      where: { request: { in: [firstId, secondId] } },
      sort: 'createdAt',
      depth: 0,
      overrideAccess: true,
    })
    assert.ok(trail.docs.some((e) => /joined the waiting list/.test(e.summary ?? '')))
    assert.ok(
      trail.docs.some(
        (e) =>
          e.fromStatus === 'waitlisted' &&
          e.toStatus === 'approved' &&
          /waiting list/.test(e.message ?? ''),
      ),
      'the promotion is in the audit trail',
    )
    const pass = await payload.count({
      collection: 'passes',
      where: { request: { equals: firstId } },
    })
    assert.equal(pass.totalDocs, 1, 'the promoted request has its pass')
  })

  it('lets only one of two racing promotions take the last place', async () => {
    const outlet = await outletWithQuota(1)
    const event = await makeEvent()
    const apply = (extra: Record<string, string> = {}) =>
      siteApply(event, { outlet: String(outlet.id), ...extra })
    const holder = await apply()
    assert.ok(holder.ok && !holder.duplicate)
    await decide(idOfToken(holder.statusToken), 'approved')
    const waiting = [await apply({ joinWaitingList: 'on' }), await apply({ joinWaitingList: 'on' })]
    assert.ok(waiting.every((w) => w.ok && !w.duplicate))
    assert.equal(await gateway.withdrawApplication(holder.statusToken), 'withdrawn')
    const scope = { eventId: event.id, outletId: outlet.id, role: 'reporter' as const }
    const results = await Promise.allSettled([
      promoteFromWaitingList(await createLocalReq({ user: officer as never }, payload), scope),
      promoteFromWaitingList(await createLocalReq({ user: officer as never }, payload), scope),
    ])
    const won = results.filter((r) => r.status === 'fulfilled')
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    assert.equal(won.length, 1, JSON.stringify(results.map((r) => r.status)))
    const status = (lost[0]!.reason as { status?: number }).status ?? 0
    assert.ok(status >= 400 && status < 500, `a 4xx, not ${status}`)
    const approved = await payload.count({
      collection: 'accreditation-requests',
      where: { and: [{ event: { equals: event.id } }, { status: { equals: 'approved' } }] },
    })
    assert.equal(approved.totalDocs, 1)
  })
})

describe('the migration', () => {
  it('keys requests made before one-per-event, and their quota places, with their event', async () => {
    const outlet = await outletWithQuota(2)
    const event = await makeEvent()
    const made = await siteApply(event, { outlet: String(outlet.id) })
    assert.ok(made.ok && !made.duplicate)
    const id = idOfToken(made.statusToken)
    await decide(id, 'approved')
    const row = await payload.findByID({ collection: 'accreditation-requests', id, depth: 0 })
    // As the previous version stored it: no application key, a place without its event.
    await payload.db.updateOne({
      collection: 'accreditation-requests',
      id,
      data: { applicationKey: null, quotaPlace: `${outlet.id}:reporter:1` },
    })
    const first = await backfillApply({ payload })
    assert.ok(first.keyed >= 1 && first.places >= 1, JSON.stringify(first))
    const after = await payload.findByID({ collection: 'accreditation-requests', id, depth: 0 })
    assert.equal(after.applicationKey, `${event.id}/${row.identityKey}`)
    assert.equal(after.quotaPlace, `${event.id}:${outlet.id}:reporter:1`)
    assert.deepEqual(await backfillApply({ payload }), { keyed: 0, places: 0 }, 'run twice')
  })
})
