import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { checkInVerdict, tokenEvent } from '~/cms/lib/passes/checkInVerdict'
import {
  generatePassKeys,
  type PassClaims,
  privateKeyFrom,
  publicKeyFrom,
  signPassToken,
  verifyPassToken,
} from '~/cms/lib/passes/passToken'

const keys = generatePassKeys()
const privateKey = privateKeyFrom(keys.privateKeyPem)
const publicKey = publicKeyFrom(keys.publicKeyPem)
const claims: PassClaims = {
  p: '42',
  v: 1,
  d: ['2025-10-16', '2025-10-17'],
  z: ['press-centre', 'plenary-gallery'],
}
const token = signPassToken(privateKey, claims)
// A token without an event claim (signed before events) belongs to the first event: the list's here.
const list = {
  event: '1',
  firstEvent: '1',
  day: '2025-10-16',
  zone: 'press-centre',
  allowReentry: false,
}

describe('pass tokens', () => {
  it('verify with the public key alone, and carry no personal data', () => {
    assert.deepEqual(verifyPassToken(publicKey, token), { ok: true, claims })
    assert.ok(token.length < 250, `QR payload of ${token.length} characters`)
    assert.doesNotMatch(Buffer.from(token.split('.')[1]!, 'base64url').toString(), /name|email|id/i)
  })

  it('refuse tampered, truncated, foreign-key and random tokens without throwing', () => {
    const [prefix, body, signature] = token.split('.') as [string, string, string]
    const tampered = Buffer.from(JSON.stringify({ ...claims, z: ['plenary-floor'] })).toString(
      'base64url',
    )
    assert.deepEqual(verifyPassToken(publicKey, `${prefix}.${tampered}.${signature}`), {
      ok: false,
      problem: 'forged',
    })
    assert.deepEqual(verifyPassToken(publicKey, token.slice(0, -5)), {
      ok: false,
      problem: 'malformed',
    })
    const other = generatePassKeys()
    assert.deepEqual(
      verifyPassToken(publicKey, signPassToken(privateKeyFrom(other.privateKeyPem), claims)),
      { ok: false, problem: 'forged' },
    )
    for (const junk of [
      '',
      'P1..',
      'hello',
      `P1.${body}`,
      'x'.repeat(10_000),
      `P2.${body}.${signature}`,
      '{"p":"42"}',
    ]) {
      assert.equal(verifyPassToken(publicKey, junk).ok, false, junk.slice(0, 20))
    }
  })
})

describe('the verdict at the door', () => {
  const genuine = verifyPassToken(publicKey, token)
  const pass = { version: 1, revoked: false }

  it('admits a genuine, current pass on its day and zone, once', () => {
    assert.equal(checkInVerdict({ token: genuine, pass, list, alreadyCheckedIn: false }), 'valid')
    assert.equal(
      checkInVerdict({ token: genuine, pass, list, alreadyCheckedIn: true }),
      'already-checked-in',
    )
    assert.equal(
      checkInVerdict({
        token: genuine,
        pass,
        list: { ...list, allowReentry: true },
        alreadyCheckedIn: true,
      }),
      'valid',
    )
  })

  it('gives the reason for each refusal', () => {
    assert.equal(
      checkInVerdict({ token: genuine, pass: null, list, alreadyCheckedIn: false }),
      'unknown',
    )
    assert.equal(
      checkInVerdict({
        token: genuine,
        pass: { version: 1, revoked: true },
        list,
        alreadyCheckedIn: false,
      }),
      'revoked',
    )
    assert.equal(
      checkInVerdict({
        token: genuine,
        pass: { version: 2, revoked: false },
        list,
        alreadyCheckedIn: false,
      }),
      'outdated',
    )
    assert.equal(
      checkInVerdict({
        token: genuine,
        pass,
        list: { ...list, day: '2025-10-18' },
        alreadyCheckedIn: false,
      }),
      'wrong-day',
    )
    assert.equal(
      checkInVerdict({
        token: genuine,
        pass,
        list: { ...list, zone: 'photo-pool' },
        alreadyCheckedIn: false,
      }),
      'zone-not-allowed',
    )
    assert.equal(
      checkInVerdict({
        token: { ok: false, problem: 'forged' },
        pass,
        list,
        alreadyCheckedIn: false,
      }),
      'forged',
    )
  })
})

describe('the verdict with events', () => {
  const eventA = { ...claims, p: 'a'.repeat(22), e: '7' }
  const tokenA = signPassToken(privateKey, eventA)
  const genuineA = verifyPassToken(publicKey, tokenA)
  const atA = { ...list, event: '7' }
  const atB = { ...list, event: '8' }
  const pass = { version: 1, revoked: false, event: '7' }

  it('signs the event into the code, and a tampered event is forged', () => {
    assert.deepEqual(genuineA, { ok: true, claims: eventA })
    const [prefix, , signature] = tokenA.split('.') as [string, string, string]
    const moved = Buffer.from(JSON.stringify({ ...eventA, e: '8' })).toString('base64url')
    assert.deepEqual(verifyPassToken(publicKey, `${prefix}.${moved}.${signature}`), {
      ok: false,
      problem: 'forged',
    })
    // A token without an event claim is still read exactly as before (codes already printed).
    assert.deepEqual(verifyPassToken(publicKey, token), { ok: true, claims })
    assert.doesNotMatch(Buffer.from(token.split('.')[1]!, 'base64url').toString(), /"e"/)
  })

  it('admits event A’s pass at event A, and refuses it at event B as wrong-event', () => {
    assert.equal(
      checkInVerdict({ token: genuineA, pass, list: atA, alreadyCheckedIn: false }),
      'valid',
    )
    assert.equal(
      checkInVerdict({ token: genuineA, pass, list: atB, alreadyCheckedIn: false }),
      'wrong-event',
    )
  })

  it('says wrong-event from the signed claim alone, before knowing the pass (offline: not cached)', () => {
    assert.equal(
      checkInVerdict({ token: genuineA, pass: null, list: atB, alreadyCheckedIn: false }),
      'wrong-event',
    )
    // Even a revoked pass of another event is "another event's", not "revoked", at this door.
    assert.equal(
      checkInVerdict({
        token: genuineA,
        pass: { ...pass, revoked: true },
        list: atB,
        alreadyCheckedIn: false,
      }),
      'wrong-event',
    )
  })

  it('refuses a pass whose record names another event even when its code claims this one', () => {
    assert.equal(
      checkInVerdict({
        token: genuineA,
        pass: { ...pass, event: '8' },
        list: atA,
        alreadyCheckedIn: false,
      }),
      'wrong-event',
    )
  })

  it('treats a code signed before events as the first event’s (the congress)', () => {
    const old = verifyPassToken(publicKey, token)
    const congress = { ...list, event: '1', firstEvent: '1' }
    assert.equal(
      checkInVerdict({
        token: old,
        pass: { version: 1, revoked: false },
        list: congress,
        alreadyCheckedIn: false,
      }),
      'valid',
    )
    assert.equal(
      checkInVerdict({
        token: old,
        pass: { version: 1, revoked: false },
        list: { ...congress, event: '2' },
        alreadyCheckedIn: false,
      }),
      'wrong-event',
    )
    assert.equal(tokenEvent((old as { claims: PassClaims }).claims, '1'), '1')
    assert.equal(tokenEvent(eventA, '1'), '7')
  })
})

describe('check-in lists follow the calendar', async () => {
  const { eventsWithListsOn, eventPassDays, eventPassZones, eventZones, isOpenDay, nextListDay } =
    await import('~/cms/lib/passes/checkInLists')
  const { signListGrant, verifyListGrant, LIST_GRANT_SECONDS } =
    await import('~/cms/lib/passes/listGrant')
  const { localDate } = await import('~/cms/lib/time')
  const congress = {
    id: 1,
    state: 'archived',
    startDate: '2025-10-16T00:30:00.000Z',
    endDate: '2025-10-17T00:30:00.000Z',
  }
  const conference = {
    id: 2,
    state: 'open',
    startDate: '2026-12-02T02:00:00.000Z',
    endDate: '2026-12-02T05:00:00.000Z',
    zones: ['press-centre'],
  }
  const session = {
    id: 3,
    state: 'open',
    startDate: '2026-12-12T01:00:00.000Z',
    endDate: '2026-12-13T10:00:00.000Z',
    zones: null,
  }
  const draft = { ...conference, id: 4, state: 'draft' }
  const all = [congress, conference, session, draft]

  it('are the events whose days include the day (never a draft’s), with their own zones', () => {
    assert.deepEqual(
      eventsWithListsOn(all, '2026-12-02').map((e) => e.id),
      [2],
    )
    assert.deepEqual(
      eventsWithListsOn(all, '2025-10-17').map((e) => e.id),
      [1],
    )
    assert.deepEqual(eventsWithListsOn(all, '2026-12-05'), [])
    assert.deepEqual(eventZones(conference), ['press-centre'])
    assert.deepEqual(eventZones(session), ['press-centre', 'plenary-gallery', 'photo-pool'])
  })

  it('say when the next list opens when there is none today', () => {
    assert.deepEqual(nextListDay(all, '2026-12-05'), { event: session, day: '2026-12-12' })
    assert.equal(nextListDay(all, '2026-12-13'), null)
  })

  it('give a new pass only its event’s zones and days', () => {
    assert.deepEqual(eventPassZones(conference, ['press-centre', 'plenary-gallery']), [
      'press-centre',
    ])
    assert.deepEqual(eventPassZones(conference, ['photo-pool']), ['press-centre'])
    assert.deepEqual(eventPassDays(session, ['2026-12-12', '2026-12-20']), ['2026-12-12'])
  })

  it('open today only, or an offline scan’s own day synced within 48 hours', () => {
    const now = new Date('2026-12-03T02:00:00Z')
    const base = { today: '2026-12-03', now, localDateOf: localDate }
    assert.equal(isOpenDay({ ...base, day: '2026-12-03' }), true)
    assert.equal(isOpenDay({ ...base, day: '2026-12-02' }), false)
    assert.equal(
      isOpenDay({ ...base, day: '2026-12-02', offline: true, scannedAt: '2026-12-02T09:00:00Z' }),
      true,
    )
    // An offline scan claiming a day that is not its own time's, or synced too late, is not.
    assert.equal(
      isOpenDay({ ...base, day: '2026-12-01', offline: true, scannedAt: '2026-12-02T09:00:00Z' }),
      false,
    )
    assert.equal(
      isOpenDay({
        ...base,
        now: new Date('2026-12-06T02:00:00Z'),
        day: '2026-12-02',
        offline: true,
        scannedAt: '2026-12-02T09:00:00Z',
      }),
      false,
    )
  })

  it('open another day only with an admin’s grant for that event, day and admin, for 12 hours', () => {
    const secret = 'test-secret'
    const at = Date.parse('2026-12-03T02:00:00Z')
    const grant = signListGrant(secret, { event: 2, day: '2026-12-02', staffId: 5 }, at)
    const wanted = { event: 2, day: '2026-12-02', staffId: 5 }
    assert.equal(verifyListGrant(secret, grant, wanted, at), true)
    assert.equal(verifyListGrant(secret, grant, { ...wanted, event: 3 }, at), false)
    assert.equal(verifyListGrant(secret, grant, { ...wanted, day: '2026-12-01' }, at), false)
    assert.equal(verifyListGrant(secret, grant, { ...wanted, staffId: 6 }, at), false)
    assert.equal(verifyListGrant('other', grant, wanted, at), false)
    assert.equal(
      verifyListGrant(secret, grant, wanted, at + (LIST_GRANT_SECONDS + 1) * 1000),
      false,
    )
    assert.equal(verifyListGrant(secret, `${grant.slice(0, -1)}x`, wanted, at), false)
    assert.equal(verifyListGrant(secret, undefined, wanted, at), false)
  })
})

describe('pass zones and versions', async () => {
  const { defaultZones, needsNewVersion, passNumberFor } = await import('~/cms/lib/passes/zones')

  it('gives photographers the photo pool and technicians only the press centre', () => {
    assert.deepEqual(defaultZones('photographer'), [
      'press-centre',
      'plenary-gallery',
      'photo-pool',
    ])
    assert.deepEqual(defaultZones('reporter'), ['press-centre', 'plenary-gallery'])
    assert.deepEqual(defaultZones('technician'), ['press-centre'])
    assert.equal(passNumberFor('P', 42), 'P-0042')
  })

  it('makes older QR codes invalid when a pass is revoked or its days or zones change', () => {
    const pass = { status: 'active', days: ['2025-10-16'], zones: ['press-centre'] }
    assert.equal(needsNewVersion(pass, { ...pass }), false)
    assert.equal(needsNewVersion(pass, { ...pass, zones: ['press-centre'] }), false)
    assert.equal(needsNewVersion(pass, { ...pass, status: 'revoked' }), true)
    assert.equal(needsNewVersion(pass, { ...pass, days: ['2025-10-16', '2025-10-17'] }), true)
    assert.equal(needsNewVersion(pass, { ...pass, zones: ['press-centre', 'photo-pool'] }), true)
  })
})
