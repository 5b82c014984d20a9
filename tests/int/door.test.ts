import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { createLocalReq, type Payload } from 'payload'

import { setClock } from '~/cms/lib/time'
import { emailsInFlight } from '~/cms/collections/AccreditationRequests/hooks/notifyApplicant'
import { recordScan } from '~/cms/checkin/operations/recordScan'
import { backfillDoor } from '~/cms/migrations/backfill/door'
import { changePass } from '~/cms/passes/operations/changePass'
import { reactivatePass, revokePass } from '~/cms/passes/operations/revokePass'
import type { Pass, User } from '~/cms/payload-types'
import { applicationForm, prepareCongress } from './fixtures/application'
import { makeStaff, startTestPayload } from './harness'

/**
 * Issue 11, the door: each pass operation answers the same whichever door it is called through
 * (the operation itself, an officer's REST update, a bulk edit), passes are named by a serial that
 * is never reused, and a holder's portrait opens only for a scan just made, leaving a trace.
 */
let payload: Payload
let cleanup: () => Promise<void>
let gateway: typeof import('~/site/lib/cms')
let scanEndpoint: typeof import('~/site/pages/checkin/scan').POST
let portraitEndpoint: typeof import('~/site/pages/checkin/portrait/[token]').GET
let officer: User & { collection: 'users' }
let door: User & { collection: 'users' }
let doorSession: string

before(async () => {
  ;({ payload, cleanup } = await startTestPayload())
  gateway = await import('~/site/lib/cms')
  scanEndpoint = (await import('~/site/pages/checkin/scan')).POST
  portraitEndpoint = (await import('~/site/pages/checkin/portrait/[token]')).GET
  await prepareCongress(payload)
  // The door scans today's lists only: these tests live on the test congress's first day.
  setClock(new Date('2025-10-16T03:00:00Z'))
  officer = await makeStaff(payload, ['accreditation-officer'])
  door = await makeStaff(payload, ['checkin-staff'])
  doorSession = (await gateway.signInStaff(door.email, 'test-password-123'))!.token
})
after(async () => {
  await emailsInFlight()
  await cleanup()
  setClock(null)
})

async function approved(role = 'reporter') {
  const outcome = await gateway.submitApplication(
    await applicationForm({ role, days: ['2025-10-16'] }),
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
    })
  ).docs[0]!
  return {
    id,
    statusToken: outcome.statusToken,
    pass,
    qr: (await gateway.getPhonePass(outcome.statusToken))!.qrToken!,
  }
}

const as = (user: User) => createLocalReq({ user }, payload)
const stored = async (id: number) =>
  payload.findByID({ collection: 'passes', id, overrideAccess: true, depth: 0 })

/** The three doors of a change to one pass; each answers the pass as written, or the refusal's status and message. */
type Answer = { ok: true; pass: Pass } | { ok: false; status: number; message: string }
const refusal = (error: unknown): Answer => ({
  ok: false,
  status: (error as { status?: number }).status ?? 500,
  message: (error as Error).message,
})
const doors: Record<
  string,
  (user: User, id: number, data: Partial<Pass>, op: () => Promise<Pass>) => Promise<Answer>
> = {
  operation: async (_user, _id, _data, op) =>
    op().then((pass) => ({ ok: true as const, pass }), refusal),
  rest: async (user, id, data) =>
    payload
      .update({ collection: 'passes', id, data, overrideAccess: false, user, depth: 0 })
      .then((pass) => ({ ok: true as const, pass }), refusal),
  bulk: async (user, id, data) =>
    payload
      .update({
        collection: 'passes',
        where: { id: { equals: id } },
        data,
        overrideAccess: false,
        user,
        depth: 0,
      })
      .then(
        ({ docs, errors }) =>
          docs[0]
            ? { ok: true as const, pass: docs[0] }
            : { ok: false as const, status: 400, message: errors[0]?.message ?? 'no document' },
        refusal,
      ),
}

const at = { day: '2025-10-16', zone: 'press-centre' as const }

describe('a pass answers the same through every door', () => {
  it('revoking bumps the version and stamps the time, from the operation, REST and a bulk edit', async () => {
    for (const [name, through] of Object.entries(doors)) {
      const { pass, qr } = await approved()
      const answer = await through(
        officer,
        pass.id,
        { status: 'revoked', revokedReason: 'Lost badge' },
        async () => revokePass(await as(officer), { id: pass.id, reason: 'Lost badge' }),
      )
      assert.ok(answer.ok, `${name}: ${!answer.ok && answer.message}`)
      assert.deepEqual(
        [
          answer.pass.status,
          answer.pass.version,
          answer.pass.revokedReason,
          Boolean(answer.pass.revokedAt),
        ],
        ['revoked', 2, 'Lost badge', true],
        name,
      )
      assert.equal((await recordScan(await as(door), { code: qr, ...at })).verdict, 'revoked', name)
    }
  })

  it('changing zones gives a new version through every door, and the old code is outdated', async () => {
    for (const [name, through] of Object.entries(doors)) {
      const { pass, qr } = await approved()
      const zones: Pass['zones'] = ['press-centre', 'photo-pool']
      const answer = await through(officer, pass.id, { zones }, async () =>
        changePass(await as(officer), { id: pass.id, zones }),
      )
      assert.ok(answer.ok, name)
      assert.deepEqual([answer.pass.version, answer.pass.zones], [2, zones], name)
      assert.equal(
        (await recordScan(await as(door), { code: qr, ...at })).verdict,
        'outdated',
        name,
      )
    }
  })

  it('refuses to re-activate the pass of a withdrawn request, through every door, with the same message', async () => {
    const messages = new Set<string>()
    for (const [name, through] of Object.entries(doors)) {
      const { pass, statusToken } = await approved()
      assert.equal(await gateway.withdrawApplication(statusToken), 'withdrawn')
      const before = await stored(pass.id)
      assert.equal(before.status, 'revoked')
      const answer = await through(officer, pass.id, { status: 'active' }, async () =>
        reactivatePass(await as(officer), { id: pass.id }),
      )
      assert.equal(answer.ok, false, name)
      if (!answer.ok && name !== 'bulk') assert.equal(answer.status, 409, name)
      if (!answer.ok) messages.add(answer.message)
      assert.deepEqual(await stored(pass.id), before, `${name}: nothing written`)
    }
    assert.equal(messages.size, 1, [...messages].join(' | '))
    assert.match([...messages][0]!, /hồ sơ đã được duyệt/)
  })

  it('never lets the number, the request or the serial change, through REST or a bulk edit', async () => {
    const { pass } = await approved()
    const other = await approved()
    const before = await stored(pass.id)
    for (const data of [
      { passNumber: 'P-9999' },
      { request: Number(other.id) },
      { serial: 'A'.repeat(22) },
    ]) {
      for (const name of ['rest', 'bulk'] as const) {
        const answer = await doors[name]!(officer, pass.id, data, async () => pass)
        assert.equal(answer.ok, false, `${name} ${JSON.stringify(data)}`)
      }
    }
    assert.deepEqual(await stored(pass.id), before)
  })

  it('refuses days that are not dates, which would make a QR code no scanner reads', async () => {
    const { pass } = await approved()
    for (const [name, through] of Object.entries(doors)) {
      const answer = await through(officer, pass.id, { days: ['16/10/2025'] }, async () =>
        changePass(await as(officer), { id: pass.id, days: ['16/10/2025'] }),
      )
      assert.equal(answer.ok, false, name)
    }
    assert.deepEqual((await stored(pass.id)).days, ['2025-10-16'])
  })

  it('refuses check-in staff and editors through every door', async () => {
    const { pass } = await approved()
    const editor = await makeStaff(payload, ['editor'])
    for (const user of [door, editor]) {
      for (const [name, through] of Object.entries(doors)) {
        const answer = await through(user, pass.id, { status: 'revoked' }, async () =>
          revokePass(await as(user), { id: pass.id }),
        )
        assert.equal(answer.ok, false, `${name} as ${user.roles}`)
      }
    }
    assert.equal((await stored(pass.id)).status, 'active')
  })
})

describe('a scan answers the same from the site endpoint and the operation', () => {
  const post = (session: string | null, body: unknown) =>
    scanEndpoint({
      request: new Request('http://site.test/checkin/scan', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }),
      cookies: {
        get: (name: string) =>
          name === gateway.STAFF_COOKIE && session ? { value: session } : undefined,
      },
    } as never)

  it('admits through one door and says "already checked in" through the other', async () => {
    const { qr } = await approved()
    const first = await post(doorSession, { code: qr, ...at })
    assert.equal(first.status, 200)
    assert.equal(((await first.json()) as { verdict: string }).verdict, 'valid')
    assert.equal(
      (await recordScan(await as(door), { code: qr, ...at })).verdict,
      'already-checked-in',
    )
    const { qr: second } = await approved()
    assert.equal((await recordScan(await as(door), { code: second, ...at })).verdict, 'valid')
    assert.equal(
      ((await (await post(doorSession, { code: second, ...at })).json()) as { verdict: string })
        .verdict,
      'already-checked-in',
    )
  })

  it('refuses an editor at both doors', async () => {
    const { qr } = await approved()
    const editor = await makeStaff(payload, ['editor'])
    const session = (await gateway.signInStaff(editor.email, 'test-password-123'))!.token
    assert.equal((await post(session, { code: qr, ...at })).status, 401)
    await assert.rejects(
      recordScan(await as(editor), { code: qr, ...at }),
      (e: { status?: number }) => e.status === 403,
    )
  })
})

describe('a pass serial is never reused', () => {
  it('after the newest pass is deleted, the next pass’s first scan is valid and the old code is refused', async (t) => {
    const old = await approved()
    assert.equal((await recordScan(await as(door), { code: old.qr, ...at })).verdict, 'valid')
    const admin = await makeStaff(payload, ['admin'])
    await payload.delete({
      collection: 'passes',
      id: old.pass.id,
      overrideAccess: false,
      user: admin,
    })
    const next = await approved()
    t.diagnostic(
      next.pass.id === old.pass.id
        ? `the new pass got the deleted pass's id (${next.pass.id})`
        : `ids differ (${old.pass.id} → ${next.pass.id})`,
    )
    assert.notEqual(next.pass.serial, old.pass.serial)
    assert.equal((await recordScan(await as(door), { code: next.qr, ...at })).verdict, 'valid')
    assert.equal((await recordScan(await as(door), { code: old.qr, ...at })).verdict, 'unknown')
    const offline = await gateway.offlineCheckInData(door)
    assert.ok(offline.passes.some((p) => p.serial === next.pass.serial))
    assert.ok(!offline.passes.some((p) => p.serial === old.pass.serial))
  })

  it('is shown to the press office only: the holder reads their pass without it (it is in the signed code)', async () => {
    const { id, pass } = await approved()
    const own = await payload.find({
      collection: 'passes',
      where: { request: { equals: id } },
      overrideAccess: false,
      context: { applicant: { requestId: id } },
    })
    assert.equal(own.docs[0]?.passNumber, pass.passNumber)
    assert.equal(own.docs[0]?.serial, undefined)
    const staffView = await payload.findByID({
      collection: 'passes',
      id: pass.id,
      overrideAccess: false,
      user: officer,
    })
    assert.equal(staffView.serial, pass.serial)
  })

  it('is given to passes stored before serials, and their admissions re-keyed (the door backfill)', async () => {
    const { pass, qr, statusToken } = await approved()
    assert.equal((await recordScan(await as(door), { code: qr, ...at })).verdict, 'valid')
    const checkIn = (
      await payload.find({
        collection: 'check-ins',
        where: { passSerial: { equals: pass.serial } },
        overrideAccess: true,
      })
    ).docs[0]!
    // As the database held them before this change: no serial, admissions keyed on the row id.
    await payload.db.updateOne({ collection: 'passes', id: pass.id, data: { serial: null } })
    await payload.db.updateOne({
      collection: 'check-ins',
      id: checkIn.id,
      data: { passSerial: null, admissionKey: `${pass.id}:${at.day}:${at.zone}` },
    })
    await backfillDoor({ payload, req: await createLocalReq({}, payload) })
    const serial = (await stored(pass.id)).serial!
    assert.match(serial, /^[A-Za-z0-9_-]{22}$/)
    assert.notEqual(serial, pass.serial)
    const rekeyed = await payload.findByID({
      collection: 'check-ins',
      id: checkIn.id,
      overrideAccess: true,
    })
    assert.deepEqual(
      [rekeyed.passSerial, rekeyed.admissionKey],
      [serial, `${serial}:${at.day}:${at.zone}`],
    )
    assert.equal((await stored(pass.id)).version, pass.version)
    // Codes made before name a serial that no longer exists: refused, and the holder's phone shows the new one.
    assert.equal((await recordScan(await as(door), { code: qr, ...at })).verdict, 'unknown')
    const fresh = (await gateway.getPhonePass(statusToken))!.qrToken!
    assert.equal(
      (await recordScan(await as(door), { code: fresh, ...at })).verdict,
      'already-checked-in',
      'the admission before the backfill still counts',
    )
  })
})

describe('the holder’s portrait at the door', () => {
  const portrait = (session: string | null, token: string) =>
    portraitEndpoint({
      params: { token },
      cookies: {
        get: (name: string) =>
          name === gateway.STAFF_COOKIE && session ? { value: session } : undefined,
      },
    } as never)
  const views = async () =>
    (
      await payload.find({
        collection: 'access-log',
        where: { action: { equals: 'viewed-portrait-at-door' } },
        overrideAccess: true,
        limit: 0,
      })
    ).totalDocs
  const scanUrl = async (qr: string) => {
    const response = await scanEndpoint({
      request: new Request('http://site.test/checkin/scan', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code: qr, ...at }),
      }),
      cookies: { get: () => ({ value: doorSession }) },
    } as never)
    return ((await response.json()) as { portrait: string | null }).portrait
  }

  it('is refused without a scan: by pass id, by serial, or with a made-up token', async () => {
    const { pass } = await approved()
    const before = await views()
    for (const token of [
      String(pass.id),
      pass.serial!,
      `${pass.serial}.${door.id}.9999999999.${'A'.repeat(43)}`,
    ]) {
      assert.equal((await portrait(doorSession, token)).status, 404, token)
    }
    assert.equal(await views(), before)
  })

  it('opens after this staff member’s scan, logs the view, and stays closed to anyone else', async () => {
    const { pass, qr } = await approved()
    const url = await scanUrl(qr)
    // The address carries a signed token (serial, staff member, expiry), never the pass id.
    assert.match(
      url ?? '',
      new RegExp(`^/checkin/portrait/${pass.serial}\\.${door.id}\\.\\d+\\.[A-Za-z0-9_-]{43}$`),
    )
    const token = url!.slice('/checkin/portrait/'.length)
    const before = await views()
    const response = await portrait(doorSession, token)
    assert.equal(response.status, 200)
    assert.equal(response.headers.get('content-type'), 'image/jpeg')
    const bytes = new Uint8Array(await response.arrayBuffer())
    assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xd8])
    assert.equal(await views(), before + 1)
    const entry = (
      await payload.find({
        collection: 'access-log',
        where: { action: { equals: 'viewed-portrait-at-door' } },
        sort: '-createdAt',
        limit: 1,
        overrideAccess: true,
        depth: 0,
      })
    ).docs[0]!
    assert.deepEqual(
      [entry.staff, entry.collectionSlug, entry.documentId],
      [door.id, 'passes', String(pass.id)],
    )
    // The token is this staff member's: a colleague, or nobody signed in, gets nothing.
    const colleague = await makeStaff(payload, ['checkin-staff'])
    const colleagueSession = (await gateway.signInStaff(colleague.email, 'test-password-123'))!
      .token
    assert.equal((await portrait(colleagueSession, token)).status, 404)
    assert.equal((await portrait(null, token)).status, 404)
    assert.equal(await views(), before + 1)
  })

  it('never shows a revoked pass’s portrait, not even with a token from before the revocation', async () => {
    const { pass, qr } = await approved()
    const url = (await scanUrl(qr))!
    await revokePass(await as(officer), { id: pass.id, reason: 'Lost badge' })
    assert.equal((await portrait(doorSession, url.slice('/checkin/portrait/'.length))).status, 404)
    assert.equal(await scanUrl(qr), null, 'a scan of a revoked pass carries no portrait')
  })
})
