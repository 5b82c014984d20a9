import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { createLocalReq, handleEndpoints, type Payload } from 'payload'
import { extractID } from 'payload/shared'

import { emailsInFlight } from '~/cms/collections/AccreditationRequests/hooks/notifyApplicant'
import { setClock } from '~/cms/lib/time'
import type { Outlet, Pass, Session, User } from '~/cms/payload-types'
import { addPoolMember } from '~/cms/pool/operations/addPoolMember'
import { namePool } from '~/cms/pool/operations/namePool'
import { removePoolMember } from '~/cms/pool/operations/removePoolMember'
import {
  applicationForm,
  CONGRESS_APPLICATIONS_OPEN,
  prepareCongress,
} from './fixtures/application'
import { makeStaff, startTestPayload } from './harness'
import { startMailCatcher } from './mailCatcher'

/**
 * The press pool: officers name it for a pool-only session by rotation among outlets, within the
 * quotas per role; the named journalists are e-mailed and see their turns. Through the real
 * operations, Payload's REST handler and the Local API with the callers' own rights.
 */
let payload: Payload
let cleanup: () => Promise<void>
let mail: Awaited<ReturnType<typeof startMailCatcher>>
let gateway: typeof import('~/site/lib/cms')
let officer: User & { collection: 'users' }
let admin: User & { collection: 'users' }
let editor: User & { collection: 'users' }
const tokens: Record<string, string> = {}
const outlets: Outlet[] = []
/** Each outlet's passes (two reporters and a photographer), with their status tokens. */
const passesOf = new Map<string, (Pass & { statusToken: string; email: string })[]>()
const sessions: Session[] = []
let openSession: Session

type Answer = {
  status: number
  json: Record<string, unknown> & { errors?: { message: string; data?: unknown }[] }
}

async function rest(
  who: string | null,
  method: string,
  path: string,
  body?: unknown,
  language: 'vi' | 'en' = 'vi',
): Promise<Answer> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Cookie: `payload-lng=${language}`,
    'Accept-Language': language,
  }
  if (who) headers.Authorization = `JWT ${tokens[who]}`
  const request = new Request(`http://127.0.0.1:3000/api${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const response = await handleEndpoints({ config: payload.config, request })
  return {
    status: response.status,
    json: (await response.json().catch(() => ({}))) as Answer['json'],
  }
}

const asUser = (user: User & { collection: 'users' }) => createLocalReq({ user }, payload)

const NAMES = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Giang',
  'Hà',
  'Khoa',
  'Lan',
  'Minh',
  'Nga',
  'Phúc',
  'Quân',
  'Sơn',
  'Thảo',
]
let named = 0

async function approvedPass(outlet: Outlet, role: string, n: number, language = 'vi') {
  setClock(CONGRESS_APPLICATIONS_OPEN)
  const email = `pool-${outlet.id}-${role}-${n}@example.vn`
  const outcome = await gateway.submitApplication(
    await applicationForm({
      fullName: `Phóng Viên ${NAMES[named++ % NAMES.length]}`,
      outlet: String(outlet.id),
      outletOther: null,
      role,
      email,
      language,
    }),
    'vi',
  )
  assert.ok(outcome.ok, JSON.stringify(!outcome.ok && outcome.errors))
  const id = outcome.statusToken.split('.')[0]!
  await payload.update({
    collection: 'accreditation-requests',
    id,
    data: { status: 'approved' },
    overrideAccess: false,
    user: officer,
  })
  const pass = (
    await payload.find({ collection: 'passes', where: { request: { equals: id } }, depth: 0 })
  ).docs[0]!
  return { ...pass, statusToken: outcome.statusToken, email }
}

async function waitForMails(count: number, timeout = 15_000) {
  const until = Date.now() + timeout
  while (mail.messages.length < count && Date.now() < until)
    await new Promise((resolve) => setTimeout(resolve, 100))
  return mail.messages
}

before(async () => {
  mail = await startMailCatcher()
  ;({ payload, cleanup } = await startTestPayload())
  gateway = await import('~/site/lib/cms')
  await prepareCongress(payload)
  officer = await makeStaff(payload, ['accreditation-officer'])
  admin = await makeStaff(payload, ['admin'])
  editor = await makeStaff(payload, ['editor'])
  for (const [name, user] of Object.entries({ officer, admin, editor })) {
    const login = await rest(null, 'POST', '/users/login', {
      email: user.email,
      password: 'test-password-123',
    })
    tokens[name] = String(login.json.token)
  }
  for (let i = 0; i < 4; i++) {
    const outlet = await payload.create({
      collection: 'outlets',
      overrideAccess: true,
      data: {
        name: `Báo Nhóm ${i + 1}`,
        type: 'print',
        scope: 'provincial',
        quotas: { reporter: 3, photographer: 2, cameraOperator: 1, technician: 1 },
      },
    })
    outlets.push(outlet)
  }
  gateway.clearCache()
  for (const [i, outlet] of outlets.entries()) {
    passesOf.set(String(outlet.id), [
      await approvedPass(outlet, 'reporter', 1, i === 0 ? 'en' : 'vi'),
      await approvedPass(outlet, 'reporter', 2),
      await approvedPass(outlet, 'photographer', 1),
    ])
  }
  const event = (await payload.find({ collection: 'events', limit: 1 })).docs[0]!
  const make = (title: string, startsAt: string, access: 'pool' | 'open' = 'pool') =>
    payload.create({
      collection: 'sessions',
      overrideAccess: true,
      data: {
        event: event.id,
        title,
        venue: 'Hội trường A',
        startsAt,
        endsAt: new Date(new Date(startsAt).getTime() + 90 * 60_000).toISOString(),
        type: 'plenary',
        pressAccess: access,
        poolQuotas: { reporter: 2, photographer: 1 },
      },
    })
  // 16 October 2025, Vietnam time 08:00, 10:00, 14:00: the passes' first day.
  sessions.push(await make('Phiên khai mạc', '2025-10-16T01:00:00.000Z'))
  sessions.push(await make('Phiên thảo luận', '2025-10-16T03:00:00.000Z'))
  sessions.push(await make('Phiên bế mạc', '2025-10-16T07:00:00.000Z'))
  openSession = await make('Phiên mở', '2025-10-16T05:00:00.000Z', 'open')
  await emailsInFlight()
  await waitForMails(12)
  mail.messages.length = 0
})
after(async () => {
  await emailsInFlight()
  await cleanup()
  await mail.stop()
  setClock(null)
})

const poolOf = async (sessionId: number) =>
  (
    await payload.find({
      collection: 'pool-members',
      where: { session: { equals: sessionId } },
      depth: 0,
      sort: 'id',
    })
  ).docs

describe('who may name the pool', () => {
  it('refuses editors, in REST and through the operation, and anyone writing rows directly', async () => {
    const byEditor = await rest('editor', 'POST', '/pool-members/name', {
      session: sessions[0]!.id,
    })
    assert.equal(byEditor.status, 403)
    assert.match(byEditor.json.errors?.[0]?.message ?? '', /bộ phận cấp thẻ/)
    await assert.rejects(namePool(await asUser(editor), { session: sessions[0]!.id }), {
      status: 403,
    })
    // The rows are written only through the operations: not even an officer creates one directly.
    const direct = await rest('officer', 'POST', '/pool-members', {
      session: sessions[0]!.id,
      pass: passesOf.get(String(outlets[0]!.id))![0]!.id,
    })
    assert.equal(direct.status, 403)
    await assert.rejects(
      payload.create({
        collection: 'pool-members',
        overrideAccess: false,
        user: officer,
        data: { session: sessions[0]!.id, pass: passesOf.get(String(outlets[0]!.id))![0]!.id },
      }),
    )
    // Editors cannot read the pool either (personal data); officers can.
    await assert.rejects(
      payload.find({ collection: 'pool-members', overrideAccess: false, user: editor }),
      { status: 403 },
    )
    assert.equal((await poolOf(sessions[0]!.id)).length, 0)
  })
})

describe('bad input', () => {
  it('refuses an open session, a bad quota, a pass of another event or revoked, in the caller’s language', async () => {
    const open = await rest('officer', 'POST', '/pool-members/name', { session: openSession.id })
    assert.equal(open.status, 409)
    assert.match(open.json.errors?.[0]?.message ?? '', /Chỉ phiên dành cho nhóm/)
    const openEn = await rest(
      'officer',
      'POST',
      '/pool-members/name',
      { session: openSession.id },
      'en',
    )
    assert.match(openEn.json.errors?.[0]?.message ?? '', /Only a pool-only session/)
    for (const bad of [-1, 1.5, 'hai']) {
      const answer = await rest('officer', 'POST', '/pool-members/name', {
        session: sessions[0]!.id,
        quotas: { reporter: bad },
      })
      assert.equal(answer.status, 400, String(bad))
      assert.match(answer.json.errors?.[0]?.message ?? '', /số nguyên/)
      assert.equal(
        (answer.json.errors?.[0]?.data as { errors?: { path: string }[] })?.errors?.[0]?.path,
        'poolQuotas.reporter',
      )
    }
    const stored = await payload.findByID({ collection: 'sessions', id: sessions[0]!.id })
    assert.equal(stored.poolQuotas?.reporter, 2, 'a refused quota leaves the stored one')
    assert.equal((await poolOf(sessions[0]!.id)).length, 0)

    // A pass of another event.
    const other = await payload.create({
      collection: 'events',
      overrideAccess: true,
      data: {
        name: 'Họp báo khác',
        kind: 'press-conference',
        state: 'open',
        referencePrefix: 'HX',
        passPrefix: 'HX',
        startDate: '2025-10-16T00:30:00.000Z',
        endDate: '2025-10-16T10:30:00.000Z',
      },
    })
    const foreign = passesOf.get(String(outlets[3]!.id))![1]!
    const otherSession = await payload.create({
      collection: 'sessions',
      overrideAccess: true,
      data: {
        event: other.id,
        title: 'Phiên khác',
        startsAt: '2025-10-16T02:00:00.000Z',
        endsAt: '2025-10-16T03:00:00.000Z',
        type: 'press-conference',
        pressAccess: 'pool',
        poolQuotas: { reporter: 3 },
      },
    })
    await assert.rejects(
      addPoolMember(await asUser(officer), { session: otherSession.id, pass: foreign.passNumber }),
      (error: { status: number; message: string }) =>
        error.status === 400 && /sự kiện khác/.test(error.message),
    )
    // A revoked pass.
    const revoked = await approvedPass(outlets[3]!, 'technician', 9)
    await payload.update({
      collection: 'passes',
      id: revoked.id,
      data: { status: 'revoked', revokedReason: 'Thử' },
      overrideAccess: true,
      context: { passNotice: false },
    })
    const answer = await rest('officer', 'POST', '/pool-members/add', {
      session: sessions[0]!.id,
      pass: revoked.passNumber,
    })
    assert.equal(answer.status, 409)
    assert.match(answer.json.errors?.[0]?.message ?? '', /thu hồi/)
    assert.equal((await poolOf(sessions[0]!.id)).length, 0)
    assert.equal((await poolOf(otherSession.id)).length, 0)
  })
})

describe('naming the pools of three sessions', () => {
  it('rotates among outlets: every outlet has a turn before any has a second, and e-mails each member', async () => {
    const turns = new Map<string, number>()
    const named: string[][] = []
    for (const s of sessions) {
      const answer = await rest('officer', 'POST', '/pool-members/name', { session: s.id })
      assert.equal(answer.status, 200, JSON.stringify(answer.json))
      const members = await poolOf(s.id)
      assert.equal(members.length, 3, 'two reporters and a photographer')
      named.push(members.map((m) => String(extractID(m.outlet!))))
      for (const member of members) {
        const outlet = String(extractID(member.outlet!))
        turns.set(outlet, (turns.get(outlet) ?? 0) + 1)
        assert.equal(member.turn, turns.get(outlet))
      }
      const reporters = members.filter((m) => m.role === 'reporter')
      assert.equal(new Set(reporters.map((m) => String(m.outlet))).size, 2, 'one per outlet')
    }
    const [o1, o2, o3, o4] = outlets.map((o) => String(o.id))
    // 3 places a session, 4 outlets: the first session takes o1, o2 (reporters) and o3 (photo);
    // the second starts with o4, then the oldest turns.
    assert.deepEqual(named[0], [o1, o2, o3])
    assert.deepEqual(new Set(named[1]).has(o4!), true)
    const firstRound = named.flat().slice(0, 4)
    assert.deepEqual(new Set(firstRound).size, 4, 'every outlet before any second turn')
    assert.ok(Math.max(...turns.values()) - Math.min(...turns.values()) <= 1)

    await waitForMails(11)
    const messages = mail.messages.filter((m) =>
      /^(Pool turn|Lượt nhóm đại diện): /.test(m.subject),
    )
    assert.equal(messages.length, 9, 'one e-mail per named member')
    const english = passesOf.get(o1!)![0]!
    const toEnglish = messages.find((m) => m.to.includes(english.email))
    assert.ok(toEnglish, 'the English reporter of the first outlet is in the first pool')
    assert.match(toEnglish.subject, /^Pool turn: /)
    assert.match(toEnglish.text, /Time: 16\/10\/2025 08:00/)
    assert.match(toEnglish.text, /Venue: Hội trường A/)
    const vietnamese = messages.find((m) => !m.to.includes(english.email))!
    assert.match(vietnamese.subject, /^Lượt nhóm đại diện: /)
    assert.match(vietnamese.text, /Địa điểm: Hội trường A/)
  })

  it('gives the same pool when named again: same rows, no new e-mail', async () => {
    const before = await poolOf(sessions[0]!.id)
    const again = await namePool(await asUser(officer), { session: sessions[0]!.id })
    assert.equal(again.added, 0)
    assert.equal(again.removed, 0)
    assert.deepEqual(
      (await poolOf(sessions[0]!.id)).map((m) => [m.id, m.key, m.turn]),
      before.map((m) => [m.id, m.key, m.turn]),
    )
    await new Promise((resolve) => setTimeout(resolve, 1000))
    assert.equal(mail.messages.filter((m) => /Phiên khai mạc/.test(m.subject)).length, 3)
  })

  it('shows a named journalist their turns, and a journalist outside the pool none', async () => {
    const o1 = String(outlets[0]!.id)
    const member = passesOf.get(o1)![0]!
    const turns = await gateway.poolTurnsOfStatusToken(member.statusToken, 'vi')
    assert.ok(turns.length >= 1)
    assert.equal(turns[0]!.title, 'Phiên khai mạc')
    assert.equal(turns[0]!.venue, 'Hội trường A')
    assert.equal(turns[0]!.role, 'reporter')
    const members = new Set(
      (await payload.find({ collection: 'pool-members', depth: 0, limit: 0 })).docs.map((m) =>
        String(extractID(m.pass)),
      ),
    )
    const outsider = [...passesOf.values()].flat().find((p) => !members.has(String(p.id)))!
    assert.deepEqual(await gateway.poolTurnsOfStatusToken(outsider.statusToken, 'vi'), [])
  })
})

describe('changing a pool by hand and after the start', () => {
  it('adds within the quota and the outlet rule, removes, and refuses once the session started unless an admin forces it', async () => {
    const s = sessions[2]!
    const members = await poolOf(s.id)
    const reporter = members.find((m) => m.role === 'reporter')!
    // The quota is full.
    const outsider = [...passesOf.values()]
      .flat()
      .find((p) => !members.some((m) => extractID(m.pass) === p.id) && p.passNumber)!
    await assert.rejects(
      addPoolMember(await asUser(officer), { session: s.id, pass: outsider.id }),
      {
        status: 409,
      },
    )
    await removePoolMember(await asUser(officer), { member: reporter.id })
    assert.equal((await poolOf(s.id)).length, members.length - 1)
    setClock(new Date('2025-10-16T07:05:00.000Z'))
    const late = await rest('officer', 'POST', '/pool-members/name', { session: s.id, force: true })
    assert.equal(late.status, 409)
    assert.match(late.json.errors?.[0]?.message ?? '', /đã bắt đầu/)
    const forced = await rest('admin', 'POST', '/pool-members/name', { session: s.id, force: true })
    assert.equal(forced.status, 200)
    assert.equal((await poolOf(s.id)).length, 3)
    setClock(CONGRESS_APPLICATIONS_OPEN)
  })
})
