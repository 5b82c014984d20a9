import assert from 'node:assert/strict'
import { beforeEach, describe, it } from 'node:test'

import { Sessions } from '~/cms/collections/Sessions'
import { admissionKey, type OfflineCheckInData } from '~/cms/lib/passes/admission'
import {
  checkInVerdict,
  sessionAccessVerdict,
  type SessionAtDoor,
  VERDICTS,
} from '~/cms/lib/passes/checkInVerdict'
import { sessionOnList } from '~/cms/lib/passes/checkInLists'
import {
  generatePassKeys,
  type PassClaims,
  privateKeyFrom,
  publicKeyFrom,
  signPassToken,
  verifyPassToken,
} from '~/cms/lib/passes/passToken'
import { accessChangedWhen, planAccessSwitch } from '~/cms/lib/schedule/accessSwitch'
import { PRESS_ACCESS } from '~/cms/lib/schedule/sessionTypes'
import { canSeeSessionAccess, canSwitchSessionAccess } from '~/cms/lib/roles'
import { verdictLabels } from '~/cms/lib/labels'
import { localDate } from '~/cms/lib/time'
import { messages } from '~/site/lib/i18n/messages/index'

// The offline scanner runs in a browser: give it a localStorage (everything else it uses —
// WebCrypto's Ed25519, atob, TextEncoder — Node has).
const store = new Map<string, string>()
Object.assign(globalThis, {
  localStorage: {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => void store.set(key, value),
    removeItem: (key: string) => void store.delete(key),
  },
})
const { applySessionAccess, checkOffline } = await import('~/site/scripts/offlineScanner')

const keys = generatePassKeys()
const privateKey = privateKeyFrom(keys.privateKeyPem)
const publicKey = publicKeyFrom(keys.publicKeyPem)
const DAY = '2026-12-02'
const claimsOf = (serial: string): PassClaims => ({
  p: serial,
  v: 1,
  d: [DAY],
  z: ['press-centre', 'plenary-gallery'],
  e: '7',
})
const list = { event: '7', firstEvent: '1', day: DAY, zone: 'press-centre', allowReentry: false }
const pass = { version: 1, revoked: false, event: '7' }

describe('who switches a session’s access', () => {
  it('is accreditation officers and admins; the door reads it; editors and journalists neither', () => {
    for (const roles of [['admin'], ['accreditation-officer']])
      assert.equal(canSwitchSessionAccess({ roles }), true, String(roles))
    for (const roles of [['editor'], ['checkin-staff'], [], null])
      assert.equal(canSwitchSessionAccess({ roles }), false, String(roles))
    assert.equal(canSwitchSessionAccess({ roles: ['admin'], collection: 'journalists' }), false)
    assert.equal(canSeeSessionAccess({ roles: ['checkin-staff'] }), true)
    assert.equal(canSeeSessionAccess({ roles: ['editor'] }), false)
  })

  it('plans a switch by the one rule: set freely on create, changed only by the press office, stamped', () => {
    const at = new Date('2026-12-02T07:05:00Z')
    const editor = { roles: ['editor'] }
    const officer = { roles: ['accreditation-officer'] }
    assert.deepEqual(
      planAccessSwitch({ user: editor, operation: 'create', from: null, to: 'closed', now: at }),
      { ok: true, changed: false },
    )
    assert.deepEqual(
      planAccessSwitch({ user: editor, operation: 'update', from: 'open', to: 'closed', now: at }),
      { ok: false, problem: 'not-allowed' },
    )
    // Saving the form unchanged, or a write that leaves the access alone, is no switch.
    assert.deepEqual(
      planAccessSwitch({ user: editor, operation: 'update', from: 'open', to: 'open', now: at }),
      { ok: true, changed: false },
    )
    assert.deepEqual(
      planAccessSwitch({ user: editor, operation: 'update', from: 'open', to: undefined, now: at }),
      { ok: true, changed: false },
    )
    assert.deepEqual(
      planAccessSwitch({ user: officer, operation: 'update', from: 'open', to: 'pool', now: at }),
      { ok: true, changed: true, from: 'open', to: 'pool', at: at.toISOString() },
    )
    assert.deepEqual(
      planAccessSwitch({ user: officer, operation: 'update', from: 'open', to: 'secret', now: at }),
      { ok: false, problem: 'bad-access' },
    )
  })

  it('says when it changed as the door and the programme say it: HH:mm dd/MM, Vietnam time', () => {
    assert.equal(accessChangedWhen('2026-12-02T07:05:00Z'), '14:05 02/12')
    assert.equal(accessChangedWhen('2026-12-31T17:30:00Z'), '00:30 01/01')
  })

  it('keeps the Sessions’ access options to the one list', () => {
    const field = Sessions.fields.find((f) => 'name' in f && f.name === 'pressAccess') as {
      options: { value: string }[]
    }
    assert.deepEqual(
      field.options.map((o) => o.value),
      [...PRESS_ACCESS],
    )
  })
})

describe('a per-session list', () => {
  it('is one of the programme’s sessions of the list’s event and day (Vietnam time)', () => {
    const session = { event: 7, startsAt: '2026-12-02T02:00:00Z' }
    assert.equal(sessionOnList(session, { event: '7', day: DAY }, localDate), true)
    assert.equal(
      sessionOnList({ ...session, event: { id: 7 } }, { event: 7, day: DAY }, localDate),
      true,
    )
    assert.equal(sessionOnList(session, { event: '8', day: DAY }, localDate), false)
    assert.equal(sessionOnList(session, { event: '7', day: '2026-12-03' }, localDate), false)
    // 23:30 UTC on the 1st is 06:30 on the 2nd in Vietnam.
    assert.equal(
      sessionOnList(
        { event: 7, startsAt: '2026-12-01T23:30:00Z' },
        { event: 7, day: DAY },
        localDate,
      ),
      true,
    )
    assert.equal(
      sessionOnList({ event: null, startsAt: session.startsAt }, { event: 7, day: DAY }, localDate),
      false,
    )
  })

  it('keeps its own admissions: the whole day’s key is unchanged, each session has its own', () => {
    assert.equal(admissionKey('s1', DAY, 'press-centre'), `s1:${DAY}:press-centre`)
    assert.equal(admissionKey('s1', DAY, 'press-centre', null), `s1:${DAY}:press-centre`)
    assert.equal(admissionKey('s1', DAY, 'press-centre', 12), `s1:${DAY}:press-centre:s12`)
    assert.notEqual(
      admissionKey('s1', DAY, 'press-centre', 12),
      admissionKey('s1', DAY, 'press-centre', 13),
    )
  })
})

describe('the verdict with a session’s access', () => {
  const genuine = verifyPassToken(publicKey, signPassToken(privateKey, claimsOf('s1')))
  const at = (session: SessionAtDoor, alreadyCheckedIn = false) =>
    checkInVerdict({ token: genuine, pass, list, alreadyCheckedIn, session })

  it('applies access × pool membership: the whole table', () => {
    const table: [SessionAtDoor, string][] = [
      [null, 'valid'],
      [{ access: 'open', inPool: false }, 'valid'],
      [{ access: 'open', inPool: true }, 'valid'],
      [{ access: 'pool', inPool: true }, 'valid'],
      [{ access: 'pool', inPool: false }, 'pool-only'],
      [{ access: 'closed', inPool: false }, 'session-closed'],
      [{ access: 'closed', inPool: true }, 'session-closed'],
    ]
    for (const [session, verdict] of table)
      assert.equal(at(session), verdict, JSON.stringify(session))
    assert.equal(sessionAccessVerdict(undefined), null)
  })

  it('names the pass’s own problem first, and a refused session before “already checked in”', () => {
    const closed = { access: 'closed', inPool: false } as const
    assert.equal(
      checkInVerdict({
        token: genuine,
        pass: { ...pass, revoked: true },
        list,
        alreadyCheckedIn: false,
        session: closed,
      }),
      'revoked',
    )
    assert.equal(
      checkInVerdict({
        token: genuine,
        pass,
        list: { ...list, day: '2026-12-03' },
        alreadyCheckedIn: false,
        session: closed,
      }),
      'wrong-day',
    )
    assert.equal(at(closed, true), 'session-closed')
    assert.equal(at({ access: 'pool', inPool: true }, true), 'already-checked-in')
  })

  it('has its reasons in the log’s labels and on the phone, in both languages', () => {
    assert.ok(VERDICTS.includes('session-closed') && VERDICTS.includes('pool-only'))
    assert.match(verdictLabels['session-closed'].vi, /phiên họp kín/i)
    assert.match(verdictLabels['session-closed'].en, /closed session/i)
    assert.match(verdictLabels['pool-only'].vi, /chỉ dành cho nhóm phóng viên đại diện/i)
    assert.match(verdictLabels['pool-only'].en, /press pool only/i)
    assert.match(messages.vi['verdict.session-closed'], /phiên họp kín/i)
    assert.match(messages.en['verdict.pool-only'], /press pool only/i)
  })
})

describe('online == offline: the offline scanner decides as the server', () => {
  const cache = (sessions: OfflineCheckInData['sessions']): OfflineCheckInData => ({
    publicKeyPem: keys.publicKeyPem,
    event: '7',
    firstEvent: '1',
    passPrefix: 'HB',
    day: DAY,
    passes: ['s1', 's2'].map((serial, i) => ({
      serial,
      passNumber: `HB-000${i + 1}`,
      version: 1,
      revoked: false,
      days: [DAY],
      zones: ['press-centre', 'plenary-gallery'],
    })),
    admissions: [],
    admittedAt: {},
    reentryZones: [],
    sessions,
  })
  const session = (access: 'open' | 'pool' | 'closed') => ({
    id: '31',
    title: 'Phiên thử',
    startsAt: `${DAY}T02:00:00Z`,
    endsAt: `${DAY}T04:00:00Z`,
    access,
    accessChangedAt: null,
    pool: ['s1'],
  })
  beforeEach(() => store.clear())

  it('gives the server’s verdict for every access × member / non-member', async () => {
    for (const access of PRESS_ACCESS)
      for (const serial of ['s1', 's2']) {
        store.clear()
        store.set('checkin:offline-data', JSON.stringify(cache([session(access)])))
        const code = signPassToken(privateKey, claimsOf(serial))
        const offline = await checkOffline({
          code,
          event: '7',
          day: DAY,
          zone: 'press-centre',
          session: '31',
          scanId: `scan-${access}-${serial}`,
          scannedAt: new Date().toISOString(),
        })
        // What recordScan hands the same function: the stored access, the pool-members look-up.
        const online = checkInVerdict({
          token: verifyPassToken(publicKey, code),
          pass,
          list,
          alreadyCheckedIn: false,
          session: { access, inPool: serial === 's1' },
        })
        assert.equal(offline.verdict, online, `${access} × ${serial}`)
      }
  })

  it('follows a polled switch at once, and admits per session', async () => {
    store.set('checkin:offline-data', JSON.stringify(cache([session('open')])))
    const code = signPassToken(privateKey, claimsOf('s2'))
    const scan = (id: string) =>
      checkOffline({
        code,
        event: '7',
        day: DAY,
        zone: 'press-centre',
        session: '31',
        scanId: id,
        scannedAt: new Date().toISOString(),
      })
    assert.equal((await scan('a1')).verdict, 'valid')
    // The poll's answer: same pool (1 pass), so no full refresh is needed.
    const stale = applySessionAccess({
      event: '7',
      day: DAY,
      sessions: [['31', 'closed', '2026-12-02T07:05:00Z', 1]],
    })
    assert.equal(stale, false)
    assert.equal((await scan('a2')).verdict, 'session-closed')
    // A pool that grew asks for the full data again.
    assert.equal(
      applySessionAccess({ event: '7', day: DAY, sessions: [['31', 'pool', null, 2]] }),
      true,
    )
    // A session the phone does not know: nothing is known, nobody is admitted.
    const unknown = await checkOffline({
      code,
      event: '7',
      day: DAY,
      zone: 'press-centre',
      session: '99',
      scanId: 'a3',
      scannedAt: new Date().toISOString(),
    })
    assert.equal(unknown.verdict, 'unknown')
    // The whole day's list still admits (its own admission, not the session's).
    const day = await checkOffline({
      code,
      event: '7',
      day: DAY,
      zone: 'press-centre',
      scanId: 'a4',
      scannedAt: new Date().toISOString(),
    })
    assert.equal(day.verdict, 'valid')
  })
})
