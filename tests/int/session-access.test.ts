import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { createLocalReq, handleEndpoints, type Payload, type SanitizedConfig } from 'payload'

import { emailsInFlight } from '~/cms/collections/AccreditationRequests/hooks/notifyApplicant'
import { readOfflineData } from '~/cms/checkin/operations/readOfflineData'
import { readSessionAccess } from '~/cms/checkin/operations/readSessionAccess'
import { recordScan } from '~/cms/checkin/operations/recordScan'
import { setClock } from '~/cms/lib/time'
import type { Session, User } from '~/cms/payload-types'
import { switchSessionAccess } from '~/cms/sessions/operations/switchSessionAccess'
import {
  applicationForm,
  CONGRESS_APPLICATIONS_OPEN,
  congressEvent,
  prepareCongress,
} from './fixtures/application'
import { makeStaff, startTestPayload } from './harness'

/**
 * Issue 14, session access at the door: who may switch a session's press access (REST, the Local
 * API as the caller, the operation), what a switch leaves (its time, its audit entry), and what the
 * door answers at a per-session list — closed, pool only (pool-members), open — online and, from
 * the same data the phone caches, offline.
 */
let payload: Payload
let config: SanitizedConfig
let cleanup: () => Promise<void>
let gateway: typeof import('~/site/lib/cms')
let editor: User & { collection: 'users' }
let officer: User & { collection: 'users' }
let admin: User & { collection: 'users' }
let door: User & { collection: 'users' }
let eventId: number
let session: Session
let tomorrow: Session
let foreign: Session
const CMS = 'http://127.0.0.1:3000'
const NOW = new Date('2025-10-16T03:00:00Z')

// The offline scanner runs in a browser: a localStorage for it (Node has the rest).
const store = new Map<string, string>()
Object.assign(globalThis, {
  localStorage: {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => void store.set(key, value),
    removeItem: (key: string) => void store.delete(key),
  },
})

before(async () => {
  ;({ payload, cleanup } = await startTestPayload())
  config = payload.config
  gateway = await import('~/site/lib/cms')
  await prepareCongress(payload, { reporter: 5, photographer: 5, cameraOperator: 5, technician: 0 })
  eventId = (await congressEvent(payload)).id as number
  setClock(NOW)
  editor = await makeStaff(payload, ['editor'])
  officer = await makeStaff(payload, ['accreditation-officer'])
  admin = await makeStaff(payload, ['admin'])
  door = await makeStaff(payload, ['checkin-staff'])
  // An editor writes the programme, access included, when creating a session.
  const create = (data: Partial<Session>) =>
    payload.create({
      collection: 'sessions',
      data: {
        event: eventId,
        title: 'Phiên thảo luận',
        startsAt: '2025-10-16T02:00:00.000Z',
        endsAt: '2025-10-16T05:00:00.000Z',
        type: 'plenary',
        pressAccess: 'open',
        ...data,
      } as Session,
      overrideAccess: false,
      user: editor,
    })
  session = await create({})
  tomorrow = await create({
    title: 'Bế mạc',
    startsAt: '2025-10-17T02:00:00.000Z',
    endsAt: '2025-10-17T04:00:00.000Z',
  })
  const other = await payload.create({
    collection: 'events',
    overrideAccess: true,
    data: {
      name: 'Sự kiện khác',
      kind: 'festival',
      // A draft: never the featured event the tests' applications go to.
      state: 'draft',
      referencePrefix: 'SK9',
      passPrefix: 'K',
      startDate: '2025-10-16T00:30:00.000Z',
      endDate: '2025-10-16T12:00:00.000Z',
    },
  })
  foreign = await create({ event: other.id as number, title: 'Phiên của sự kiện khác' })
  assert.equal(session.pressAccessChangedAt ?? null, null, 'no change time on create')
})
after(async () => {
  await emailsInFlight()
  await cleanup()
  setClock(null)
})

type Answer = {
  status: number
  json: Record<string, unknown> & {
    errors?: {
      name?: string
      message: string
      data?: { errors?: { path: string; message: string }[] }
    }[]
  }
}

async function login(collection: string, email: string, password = 'test-password-123') {
  const answer = await rest('vi', 'POST', `/${collection}/login`, { email, password })
  assert.equal(answer.status, 200, JSON.stringify(answer.json))
  return String(answer.json.token)
}

async function rest(
  language: 'vi' | 'en',
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<Answer> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Cookie: `payload-lng=${language}`,
    'Accept-Language': language,
  }
  if (token) headers.Authorization = `JWT ${token}`
  const response = await handleEndpoints({
    config,
    request: new Request(`${CMS}/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  })
  return {
    status: response.status,
    json: ((await response.json().catch(() => null)) ?? {}) as Answer['json'],
  }
}

const current = (id = session.id) =>
  payload.findByID({ collection: 'sessions', id, depth: 0, overrideAccess: true })
const auditOf = async (id = session.id) =>
  (
    await payload.find({
      collection: 'audit-entries',
      where: {
        and: [{ session: { equals: id } }, { action: { equals: 'session-access-changed' } }],
      },
      sort: 'createdAt',
      depth: 0,
      overrideAccess: false,
      user: officer,
    })
  ).docs

async function approvedPass(role: string, email: string) {
  // Applied while the congress takes applications; scanned on its first day.
  setClock(CONGRESS_APPLICATIONS_OPEN)
  const outcome = await gateway.submitApplication(
    await applicationForm({ role, email, days: ['2025-10-16', '2025-10-17'] }),
    'vi',
  )
  setClock(NOW)
  assert.ok(outcome.ok, JSON.stringify(!outcome.ok && outcome))
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
  const journalist = (
    await payload.find({
      collection: 'journalists',
      where: { request: { equals: id } },
      overrideAccess: true,
      depth: 0,
    })
  ).docs[0]
  return { pass, qr: (await gateway.getPhonePass(outcome.statusToken))!.qrToken!, journalist }
}

describe('switching a session’s press access: who may, through every door', () => {
  it('refuses editors, check-in staff, journalists and strangers through REST, in their language, writing nothing', async () => {
    const member = await approvedPass('reporter', 'access.journalist@example.vn')
    assert.ok(member.journalist, 'approval opens a press account')
    // The journalist sets a password through the one-time link, as on /press/password.
    const resetToken = await payload.forgotPassword({
      collection: 'journalists',
      data: { email: member.journalist.email },
      disableEmail: true,
    })
    await payload.resetPassword({
      collection: 'journalists',
      data: { token: resetToken, password: 'test-password-123' },
      overrideAccess: true,
    })
    const tokens = {
      editor: await login('users', editor.email),
      checkin: await login('users', door.email),
      journalist: await login('journalists', member.journalist.email),
      anonymous: undefined,
    }
    for (const [who, token] of Object.entries(tokens)) {
      const vi = await rest(
        'vi',
        'POST',
        `/sessions/${session.id}/access`,
        { access: 'closed' },
        token,
      )
      assert.equal(vi.status, 403, `${who}: ${JSON.stringify(vi.json)}`)
      assert.match(
        vi.json.errors![0]!.message,
        /Chỉ cán bộ cấp thẻ tác nghiệp và quản trị viên/,
        who,
      )
      const en = await rest(
        'en',
        'POST',
        `/sessions/${session.id}/access`,
        { access: 'closed' },
        token,
      )
      assert.equal(en.status, 403, who)
      assert.match(en.json.errors![0]!.message, /Only accreditation officers and admins/, who)
    }
    // An editor's PATCH of the access (the admin form, REST): refused at the field.
    const patched = await rest(
      'en',
      'PATCH',
      `/sessions/${session.id}`,
      { pressAccess: 'closed' },
      tokens.editor,
    )
    assert.equal(patched.status, 403, JSON.stringify(patched.json))
    assert.equal(patched.json.errors![0]!.name, 'ValidationError')
    assert.equal(patched.json.errors![0]!.data!.errors![0]!.path, 'pressAccess')
    assert.match(patched.json.errors![0]!.data!.errors![0]!.message, /Only accreditation officers/)
    // The editor still edits the rest of the session.
    const retitled = await rest(
      'vi',
      'PATCH',
      `/sessions/${session.id}`,
      { venue: 'Hội trường A' },
      tokens.editor,
    )
    assert.equal(retitled.status, 200, JSON.stringify(retitled.json))
    const stored = await current()
    assert.equal(stored.pressAccess, 'open')
    assert.equal(stored.pressAccessChangedAt ?? null, null)
    assert.equal((await auditOf()).length, 0)
  })

  it('refuses the same through the Local API as the caller (overrideAccess: false) and a bulk edit', async () => {
    await assert.rejects(
      payload.update({
        collection: 'sessions',
        id: session.id,
        data: { pressAccess: 'pool' },
        overrideAccess: false,
        user: editor,
      }),
      (error: { status?: number; data?: { errors?: { path: string }[] } }) =>
        error.status === 403 && error.data?.errors?.[0]?.path === 'pressAccess',
    )
    const bulk = await payload.update({
      collection: 'sessions',
      where: { id: { equals: session.id } },
      data: { pressAccess: 'pool' },
      overrideAccess: false,
      user: editor,
    })
    assert.equal(bulk.docs.length, 0)
    assert.match(bulk.errors[0]!.message, /Chỉ cán bộ cấp thẻ/)
    for (const user of [editor, door])
      await assert.rejects(
        switchSessionAccess(await createLocalReq({ user }, payload), {
          session: session.id,
          access: 'closed',
        }),
        (error: { status?: number }) => error.status === 403,
      )
    assert.equal((await current()).pressAccess, 'open')
    assert.equal((await auditOf()).length, 0)
  })

  it('lets an officer switch (REST), stamping the time and leaving an audit entry: who, from, to, when', async () => {
    const token = await login('users', officer.email)
    setClock(new Date('2025-10-16T03:05:00Z'))
    const answer = await rest(
      'vi',
      'POST',
      `/sessions/${session.id}/access`,
      { access: 'closed' },
      token,
    )
    assert.equal(answer.status, 200, JSON.stringify(answer.json))
    assert.equal(answer.json.pressAccess, 'closed')
    const stored = await current()
    assert.equal(stored.pressAccess, 'closed')
    assert.equal(stored.pressAccessChangedAt, '2025-10-16T03:05:00.000Z')
    const [entry] = await auditOf()
    assert.equal(entry!.actor, officer.id)
    assert.equal(entry!.actorLabel, officer.name)
    assert.deepEqual(entry!.changedFields, { pressAccess: { from: 'open', to: 'closed' } })
    assert.ok(entry!.createdAt)
    // Again to the same access: nothing changes, nothing is written.
    const again = await rest(
      'vi',
      'POST',
      `/sessions/${session.id}/access`,
      { access: 'closed' },
      token,
    )
    assert.equal(again.status, 200)
    assert.equal(again.json.changed, false)
    assert.equal((await auditOf()).length, 1)
    // An officer may not edit the programme itself (PATCH): only switch.
    const patch = await rest(
      'vi',
      'PATCH',
      `/sessions/${session.id}`,
      { pressAccess: 'open' },
      token,
    )
    assert.equal(patch.status, 403)
    setClock(NOW)
  })

  it('lets an admin switch through the admin form (PATCH) and the Local API, audited the same', async () => {
    const token = await login('users', admin.email)
    const answer = await rest(
      'vi',
      'PATCH',
      `/sessions/${session.id}`,
      { pressAccess: 'pool' },
      token,
    )
    assert.equal(answer.status, 200, JSON.stringify(answer.json))
    await payload.update({
      collection: 'sessions',
      id: session.id,
      data: { pressAccess: 'open' },
      overrideAccess: false,
      user: admin,
    })
    const entries = await auditOf()
    assert.deepEqual(
      entries.map((e) => [
        e.actor,
        (e.changedFields as { pressAccess: { to: string } }).pressAccess.to,
      ]),
      [
        [officer.id, 'closed'],
        [admin.id, 'pool'],
        [admin.id, 'open'],
      ],
    )
    // Nobody sets the change time by hand.
    await payload.update({
      collection: 'sessions',
      id: session.id,
      data: { pressAccessChangedAt: '2020-01-01T00:00:00.000Z' },
      overrideAccess: false,
      user: admin,
    })
    assert.equal((await current()).pressAccessChangedAt, NOW.toISOString())
  })

  it('answers bad input with a clear 4xx and writes nothing', async () => {
    const token = await login('users', officer.email)
    const bad = await rest(
      'en',
      'POST',
      `/sessions/${session.id}/access`,
      { access: 'secret' },
      token,
    )
    assert.equal(bad.status, 400)
    assert.match(bad.json.errors![0]!.message, /open, pool or closed/)
    const missing = await rest('vi', 'POST', `/sessions/999999/access`, { access: 'closed' }, token)
    assert.equal(missing.status, 404)
    assert.match(missing.json.errors![0]!.message, /Không tìm thấy phiên/)
    const empty = await rest('vi', 'POST', `/sessions/${session.id}/access`, undefined, token)
    assert.equal(empty.status, 400)
    assert.equal((await current()).pressAccess, 'open')
    assert.equal((await auditOf()).length, 3)
  })
})

describe('the door applies the session’s access at the scan', () => {
  const scans = async (id = session.id) =>
    (
      await payload.find({
        collection: 'check-ins',
        where: { session: { equals: id } },
        // One clock for every scan here: the order of writing.
        sort: 'id',
        depth: 0,
        overrideAccess: false,
        user: officer,
      })
    ).docs

  it('refuses at a closed session, admits a pool member and refuses others at a pool session, with the reason logged', async () => {
    const member = await approvedPass('photographer', 'pool.member@example.vn')
    const outsider = await approvedPass('camera-operator', 'pool.outsider@example.vn')
    // The pool helper's operations write these rows; here, the Local API.
    await payload.create({
      collection: 'pool-members',
      overrideAccess: true,
      data: { session: session.id, pass: member.pass.id, key: `${session.id}:${member.pass.id}` },
    })
    const doorReq = () => createLocalReq({ user: door }, payload)
    const scan = async (qr: string, sessionId: number | string | null = session.id) =>
      recordScan(await doorReq(), {
        code: qr,
        day: '2025-10-16',
        zone: 'press-centre',
        session: sessionId,
      })
    const officerReq = await createLocalReq({ user: officer }, payload)

    await switchSessionAccess(officerReq, { session: session.id, access: 'closed' })
    // The very next scan: no cache between the switch and the door.
    assert.equal((await scan(member.qr)).verdict, 'session-closed')
    assert.equal((await scan(outsider.qr)).verdict, 'session-closed')

    await switchSessionAccess(officerReq, { session: session.id, access: 'pool' })
    const admitted = await scan(member.qr)
    assert.equal(admitted.verdict, 'valid')
    assert.deepEqual(admitted.session, { id: String(session.id), access: 'pool' })
    assert.equal((await scan(outsider.qr)).verdict, 'pool-only')
    // A second scan of the member on this session's list: already in; the whole day's list is its own.
    assert.equal((await scan(member.qr)).verdict, 'already-checked-in')
    assert.equal((await scan(member.qr, null)).verdict, 'valid')

    await switchSessionAccess(officerReq, { session: session.id, access: 'open' })
    assert.equal((await scan(outsider.qr)).verdict, 'valid')

    const log = await scans()
    assert.deepEqual(
      log.map(
        (row) =>
          `${row.passNumber === member.pass.passNumber ? 'member' : 'outsider'} ${row.verdict}`,
      ),
      [
        'member session-closed',
        'outsider session-closed',
        'member valid',
        'outsider pool-only',
        'member already-checked-in',
        'outsider valid',
      ],
    )
    assert.ok(log.every((row) => row.session === session.id))
    // The day's list's scan has no session.
    const day = await payload.find({
      collection: 'check-ins',
      where: {
        and: [{ passNumber: { equals: member.pass.passNumber } }, { session: { exists: false } }],
      },
      overrideAccess: true,
    })
    assert.equal(day.totalDocs, 1)
  })

  it('decides offline as online: the phone’s data carries each session’s access and pool', async () => {
    const member = await approvedPass('reporter', 'offline.member@example.vn')
    const outsider = await approvedPass('reporter', 'offline.outsider@example.vn')
    await payload.create({
      collection: 'pool-members',
      overrideAccess: true,
      data: { session: session.id, pass: member.pass.id, key: `${session.id}:${member.pass.id}` },
    })
    const { checkOffline } = await import('~/site/scripts/offlineScanner')
    const officerReq = await createLocalReq({ user: officer }, payload)
    for (const access of ['open', 'pool', 'closed'] as const) {
      await switchSessionAccess(officerReq, { session: session.id, access })
      const data = await readOfflineData(await createLocalReq({ user: door }, payload), {
        event: eventId,
        day: '2025-10-16',
      })
      const cached = data.sessions!.find((s) => s.id === String(session.id))!
      assert.equal(cached.access, access)
      assert.ok(cached.pool.includes(member.pass.serial!))
      assert.ok(!cached.pool.includes(outsider.pass.serial!))
      for (const [who, holder] of Object.entries({ member, outsider })) {
        // Fresh data for each pair: the online scan below admits, so the offline one must not know it.
        store.set('checkin:offline-data', JSON.stringify(data))
        const offline = await checkOffline({
          code: holder.qr,
          event: String(eventId),
          day: '2025-10-16',
          zone: 'plenary-gallery',
          session: String(session.id),
          scanId: `off-${access}-${who}-${Date.now()}`,
          scannedAt: NOW.toISOString(),
        })
        const online = await recordScan(await createLocalReq({ user: door }, payload), {
          code: holder.qr,
          day: '2025-10-16',
          zone: 'plenary-gallery',
          session: session.id,
        })
        assert.equal(offline.verdict, online.verdict, `${access} × ${who}`)
      }
    }
    // The poll's few hundred bytes: the same access, the change time, the pool's size.
    const poll = await readSessionAccess(await createLocalReq({ user: door }, payload), {
      event: eventId,
      day: '2025-10-16',
    })
    const row = poll.sessions.find(([id]) => id === String(session.id))!
    assert.equal(row[1], 'closed')
    assert.ok(row[3] >= 2)
    assert.ok(JSON.stringify(poll).length < 500, JSON.stringify(poll))
  })

  it('refuses an unknown session, another day’s and another event’s with a 4xx, logging no scan', async () => {
    const member = await approvedPass('reporter', 'bad.session@example.vn')
    const before = (await payload.count({ collection: 'check-ins', overrideAccess: true }))
      .totalDocs
    for (const [id, status, text] of [
      [999999, 404, /Không có phiên này/],
      [tomorrow.id, 400, /không thuộc sự kiện và ngày/],
      [foreign.id, 400, /không thuộc sự kiện và ngày/],
      ['x;drop', 404, /Không có phiên này/],
    ] as const) {
      const answer = await gateway.scanPass(
        door,
        { code: member.qr, day: '2025-10-16', zone: 'press-centre', session: id },
        'vi',
      )
      assert.equal(answer.ok, false, String(id))
      assert.equal(!answer.ok && answer.status, status, String(id))
      assert.match(!answer.ok ? answer.message : '', text)
    }
    const en = await gateway.scanPass(
      door,
      { code: member.qr, day: '2025-10-16', zone: 'press-centre', session: tomorrow.id },
      'en',
    )
    assert.match(!en.ok ? en.message : '', /not in the check-in list’s event and day/)
    assert.equal(
      (await payload.count({ collection: 'check-ins', overrideAccess: true })).totalDocs,
      before,
    )
  })
})

describe('the site’s door endpoints carry the session', () => {
  const cookies = (token: string | null) => ({
    get: (name: string) => (name === gateway.STAFF_COOKIE && token ? { value: token } : undefined),
  })

  it('scans a per-session list through /checkin/scan, and polls /checkin/session-access with an ETag (304 when unchanged)', async () => {
    const { POST } = await import('~/site/pages/checkin/scan')
    const { GET } = await import('~/site/pages/checkin/session-access')
    const staffToken = (await gateway.signInStaff(door.email, 'test-password-123'))!.token
    const holder = await approvedPass('reporter', 'endpoint.holder@example.vn')
    await switchSessionAccess(await createLocalReq({ user: officer }, payload), {
      session: session.id,
      access: 'closed',
    })
    const scanned = await POST({
      request: new Request('http://site.test/checkin/scan', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          code: holder.qr,
          day: '2025-10-16',
          zone: 'press-centre',
          session: String(session.id),
        }),
      }),
      cookies: cookies(staffToken),
    } as never)
    assert.equal(scanned.status, 200)
    const answer = (await scanned.json()) as { verdict: string; session: { access: string } }
    assert.equal(answer.verdict, 'session-closed')
    assert.equal(answer.session.access, 'closed')

    const poll = (etag?: string, token: string | null = staffToken) =>
      GET({
        request: new Request('http://site.test/checkin/session-access', {
          headers: etag ? { 'If-None-Match': etag } : {},
        }),
        url: new URL(`http://site.test/checkin/session-access?event=${eventId}&day=2025-10-16`),
        cookies: cookies(token),
      } as never)
    assert.equal((await poll(undefined, null)).status, 401)
    const first = await poll()
    assert.equal(first.status, 200)
    const body = await first.text()
    assert.ok(body.length < 500, body)
    assert.match(body, new RegExp(`\\["${session.id}","closed"`))
    const etag = first.headers.get('etag')!
    assert.equal((await poll(etag)).status, 304)
    // A switch changes the answer: the next poll gets the new access.
    await switchSessionAccess(await createLocalReq({ user: officer }, payload), {
      session: session.id,
      access: 'open',
    })
    const after = await poll(etag)
    assert.equal(after.status, 200)
    assert.match(await after.text(), new RegExp(`\\["${session.id}","open"`))
  })
})
