import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { createLocalReq, type Payload } from 'payload'

import { emailsInFlight } from '~/cms/collections/AccreditationRequests/hooks/notifyApplicant'
import { attendanceSummary } from '~/cms/collections/CheckIns/attendance'
import { openCheckInList } from '~/cms/checkin/operations/openCheckInList'
import { readCheckInLists } from '~/cms/checkin/operations/readCheckInLists'
import { readOfflineData } from '~/cms/checkin/operations/readOfflineData'
import { recordScan, type Scan } from '~/cms/checkin/operations/recordScan'
import { checkInVerdict } from '~/cms/lib/passes/checkInVerdict'
import { signPassToken, verifyPassToken } from '~/cms/lib/passes/passToken'
import { setClock } from '~/cms/lib/time'
import { loadPassKeys } from '~/cms/passKeys'
import type { Event, Pass, User } from '~/cms/payload-types'
import { applicationForm, congressEvent, prepareCongress } from './fixtures/application'
import { makeStaff, startTestPayload } from './harness'

/**
 * Issue 12, the door per event and day: a pass belongs to its event (its QR code says which, signed),
 * the door's lists are today's events × zones, and another day's list opens only for an admin who
 * chooses to, leaving a trace.
 */
let payload: Payload
let cleanup: () => Promise<void>
let gateway: typeof import('~/site/lib/cms')
let officer: User & { collection: 'users' }
let door: User & { collection: 'users' }
let admin: User & { collection: 'users' }
let congress: Event
let conference: Event
let passA: { pass: Pass; qr: string }
let passB: { pass: Pass; qr: string }

const DAY = '2025-10-16'
const as = (user: User) => createLocalReq({ user }, payload)
const scanAs = async (user: User, scan: Scan) => recordScan(await as(user), scan)
const status = (error: unknown) => (error as { status?: number }).status

async function approvedFor(event: Event, role = 'reporter') {
  const outcome = await gateway.submitApplication(
    // To this event, whichever is featured (the form's hidden field names it).
    await applicationForm({ role, days: [DAY], event: event.slug! }),
    'vi',
  )
  assert.ok(outcome.ok)
  const id = outcome.statusToken.split('.')[0]!
  await payload.update({
    collection: 'accreditation-requests',
    id,
    data: { status: 'approved' },
    overrideAccess: false,
    user: officer,
  })
  const pass = (
    await payload.find({
      collection: 'passes',
      where: { request: { equals: id } },
      overrideAccess: true,
      depth: 0,
    })
  ).docs[0]!
  return { pass, qr: (await gateway.getPhonePass(outcome.statusToken))!.qrToken! }
}

before(async () => {
  ;({ payload, cleanup } = await startTestPayload())
  gateway = await import('~/site/lib/cms')
  await prepareCongress(payload)
  // The first day of the test congress, which a press conference shares.
  setClock(new Date('2025-10-16T03:00:00Z'))
  congress = await congressEvent(payload)
  conference = await payload.create({
    collection: 'events',
    overrideAccess: true,
    data: {
      name: 'Họp báo thử nghiệm',
      kind: 'press-conference',
      state: 'open',
      referencePrefix: 'HB',
      passPrefix: 'HB',
      startDate: '2025-10-16T01:00:00.000Z',
      endDate: '2025-10-16T05:00:00.000Z',
      zones: ['press-centre'],
    },
  })
  officer = await makeStaff(payload, ['accreditation-officer'])
  door = await makeStaff(payload, ['checkin-staff'])
  admin = await makeStaff(payload, ['admin'])
  passA = await approvedFor(congress)
  passB = await approvedFor(conference)
})
after(async () => {
  await emailsInFlight()
  await cleanup()
  setClock(null)
})

describe('a pass belongs to its event', () => {
  it('is numbered with its event’s prefix, opens only its event’s zones, and its code names the event', () => {
    assert.match(passA.pass.passNumber, /^P-\d{4}$/)
    assert.match(passB.pass.passNumber, /^HB-\d{4}$/)
    // The press conference has only the press centre: a reporter's gallery zone is not its own.
    assert.deepEqual(passB.pass.zones, ['press-centre'])
    const claims = verifyPassToken(loadPassKeys().publicKey, passB.qr)
    assert.ok(claims.ok)
    assert.equal(claims.claims.e, String(conference.id))
  })

  it('is refused at another event’s door as "wrong-event", and the holder is not shown', async () => {
    const atConference = { event: conference.id, day: DAY, zone: 'press-centre' as const }
    const refused = await scanAs(door, { code: passA.qr, ...atConference })
    assert.equal(refused.verdict, 'wrong-event')
    assert.equal(refused.holder, null)
    assert.equal(refused.portraitToken, null)
    // Typed by hand, the number of another event's pass is refused the same way.
    assert.equal(
      (await scanAs(door, { code: passA.pass.passNumber, ...atConference })).verdict,
      'wrong-event',
    )
    // And the other way round; each pass is admitted at its own event's door.
    const atCongress = { event: congress.id, day: DAY, zone: 'press-centre' as const }
    assert.equal((await scanAs(door, { code: passB.qr, ...atCongress })).verdict, 'wrong-event')
    assert.equal((await scanAs(door, { code: passB.qr, ...atConference })).verdict, 'valid')
    assert.equal((await scanAs(door, { code: passA.qr, ...atCongress })).verdict, 'valid')

    // Each refusal is logged with the list's event, never as an admission.
    const log = await payload.find({
      collection: 'check-ins',
      where: { verdict: { equals: 'wrong-event' } },
      overrideAccess: false,
      user: officer,
      depth: 0,
    })
    assert.deepEqual(
      log.docs.map((d) => [d.passNumber, d.event]).sort(),
      [
        [passA.pass.passNumber, conference.id],
        [passA.pass.passNumber, conference.id],
        [passB.pass.passNumber, congress.id],
      ].sort(),
    )
    assert.ok(log.docs.every((d) => d.admissionKey == null))

    // The press office reads one event's door at a time.
    const req = await as(officer)
    req.query = { event: String(conference.id) }
    const summary = (await (await attendanceSummary.handler(req)).json()) as {
      total: { scans: number; admitted: number }
    }
    const atConferenceDoor = await payload.count({
      collection: 'check-ins',
      where: { event: { equals: conference.id } },
      overrideAccess: true,
    })
    assert.equal(summary.total.scans, atConferenceDoor.totalDocs)
    assert.equal(summary.total.admitted, 1)
  })

  it('takes a code signed before events as the first event’s (the congress)', async () => {
    const old = signPassToken(loadPassKeys().privateKey, {
      p: passA.pass.serial!,
      v: passA.pass.version,
      d: passA.pass.days,
      z: passA.pass.zones,
    })
    assert.equal(
      (await scanAs(door, { code: old, event: conference.id, day: DAY, zone: 'press-centre' }))
        .verdict,
      'wrong-event',
    )
    assert.equal(
      (await scanAs(door, { code: old, event: congress.id, day: DAY, zone: 'plenary-gallery' }))
        .verdict,
      'valid',
    )
  })

  it('the offline scanner gets only its list’s event, and refuses another event’s pass by the same verdict', async () => {
    const offline = await readOfflineData(await as(door), { event: String(conference.id) })
    assert.equal(offline.event, String(conference.id))
    assert.equal(offline.firstEvent, String(congress.id))
    assert.equal(offline.passPrefix, 'HB')
    assert.deepEqual(
      offline.passes.map((p) => p.passNumber),
      [passB.pass.passNumber],
    )
    // What the phone decides with that cache alone: the congress's pass is not even in it.
    const token = verifyPassToken(loadPassKeys().publicKey, passA.qr)
    assert.equal(
      checkInVerdict({
        token,
        pass: null,
        list: {
          event: offline.event!,
          firstEvent: offline.firstEvent,
          day: DAY,
          zone: 'press-centre',
          allowReentry: false,
        },
        alreadyCheckedIn: false,
      }),
      'wrong-event',
    )
  })
})

describe('the door follows the date', () => {
  it('gives check-in staff today’s lists only (each event × its zones), and nothing to open', async () => {
    const lists = await readCheckInLists(await as(door))
    assert.equal(lists.today, DAY)
    assert.deepEqual(
      lists.lists.map((l) => [l.event.id, l.day, l.zones]).sort(),
      [
        [congress.id, DAY, ['press-centre', 'plenary-gallery', 'photo-pool']],
        [conference.id, DAY, ['press-centre']],
      ].sort(),
    )
    assert.deepEqual(lists.otherDays, [])
    const forAdmin = await readCheckInLists(await as(admin))
    assert.deepEqual(
      forAdmin.otherDays.map((o) => [o.event.id, o.days]),
      [[congress.id, ['2025-10-17']]],
    )
  })

  it('says when the next list opens when there is none today', async () => {
    setClock(new Date('2025-10-14T03:00:00Z'))
    try {
      const lists = await readCheckInLists(await as(door))
      assert.deepEqual(lists.lists, [])
      assert.equal(lists.next?.day, DAY)
    } finally {
      setClock(new Date('2025-10-16T03:00:00Z'))
    }
  })

  it('refuses a scan on a day that is not today, or in a zone the event does not have', async () => {
    for (const day of ['2025-10-17', '2025-10-15']) {
      await assert.rejects(
        scanAs(door, { code: passA.qr, event: congress.id, day, zone: 'press-centre' }),
        (error) => status(error) === 403 || status(error) === 404,
        day,
      )
    }
    await assert.rejects(
      scanAs(door, { code: passB.qr, event: conference.id, day: DAY, zone: 'photo-pool' }),
      (error) => status(error) === 400,
    )
    // An admin is refused too without opening the list on purpose.
    await assert.rejects(
      scanAs(admin, {
        code: passA.qr,
        event: congress.id,
        day: '2025-10-17',
        zone: 'press-centre',
      }),
      (error) => status(error) === 403,
    )
  })

  it('lets an admin open another day’s list on purpose, logged; nobody else may', async () => {
    for (const user of [door, officer]) {
      await assert.rejects(
        openCheckInList(await as(user), { event: congress.id, day: '2025-10-17' }),
        (error) => status(error) === 403,
      )
    }
    const logged = async () =>
      (
        await payload.find({
          collection: 'access-log',
          where: { action: { equals: 'opened-checkin-list' } },
          overrideAccess: true,
          depth: 0,
        })
      ).docs
    assert.equal((await logged()).length, 0)
    const opened = await openCheckInList(await as(admin), { event: congress.id, day: '2025-10-17' })
    const [entry] = await logged()
    assert.equal(entry?.staff, admin.id)
    assert.equal(entry?.documentId, String(congress.id))
    assert.equal(entry?.referenceCode, '2025-10-17')
    assert.ok(entry?.createdAt)

    // With the grant, the admin's scans on that list are recorded (this pass is valid on the 16th only).
    const late = {
      code: passA.qr,
      event: congress.id,
      day: '2025-10-17',
      zone: 'press-centre' as const,
    }
    assert.equal((await scanAs(admin, { ...late, grant: opened.grant })).verdict, 'wrong-day')
    // The grant is this admin's, for this event and day only.
    const other = await makeStaff(payload, ['admin'])
    await assert.rejects(scanAs(other, { ...late, grant: opened.grant }), (e) => status(e) === 403)
    await assert.rejects(scanAs(door, { ...late, grant: opened.grant }), (e) => status(e) === 403)
    await assert.rejects(
      scanAs(admin, { ...late, day: '2025-10-15', grant: opened.grant }),
      (e) => status(e) === 403 || status(e) === 404,
    )
    // Today's list needs no opening; a day the event does not have cannot be opened.
    await assert.rejects(
      openCheckInList(await as(admin), { event: congress.id, day: DAY }),
      (e) => status(e) === 400,
    )
    await assert.rejects(
      openCheckInList(await as(admin), { event: conference.id, day: '2025-10-17' }),
      (e) => status(e) === 404,
    )
  })

  it('records a scan made offline on its own day when the phone syncs the next morning', async () => {
    const scannedAt = '2025-10-16T09:00:00.000Z'
    setClock(new Date('2025-10-17T01:00:00Z'))
    try {
      const answer = await scanAs(door, {
        code: passB.qr,
        event: conference.id,
        day: DAY,
        zone: 'press-centre',
        offline: true,
        scannedAt,
        scanId: 'offline-sync-next-morning',
      })
      assert.equal(answer.verdict, 'already-checked-in')
    } finally {
      setClock(new Date('2025-10-16T03:00:00Z'))
    }
  })
})
