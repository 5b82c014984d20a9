import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { after, before, describe, it } from 'node:test'

import type { Payload } from 'payload'

import { emailsInFlight } from '~/cms/collections/AccreditationRequests/hooks/notifyApplicant'
import { daysToCome } from '~/cms/lib/events/eventRules'
import { now, setClock } from '~/cms/lib/time'
import { decideNomination } from '~/cms/nominations/operations/decideNomination'
import type { Event, OutletManager, User } from '~/cms/payload-types'
import { minimalPdf } from '~/tests/support/sampleFiles'
import { applicationForm, prepareCongress } from './fixtures/application'
import { forbidden, makeStaff, notFoundOrForbidden, startTestPayload } from './harness'
import { type CaughtMail, startMailCatcher } from './mailCatcher'

let payload: Payload
let cleanup: () => Promise<void>
let mail: Awaited<ReturnType<typeof startMailCatcher>>
let outlet: typeof import('~/site/lib/cms')
let officer: User & { collection: 'users' }
let event: Event
let outletId: number
let manager: OutletManager

const DAY = 24 * 60 * 60 * 1000

before(async () => {
  mail = await startMailCatcher()
  ;({ payload, cleanup } = await startTestPayload())
  outlet = await import('~/site/lib/cms')
  const created = await prepareCongress(payload, {
    reporter: 2,
    photographer: 1,
    cameraOperator: 0,
    technician: 0,
  })
  outletId = created.id
  const at = now().getTime()
  event = await payload.create({
    collection: 'events',
    overrideAccess: true,
    data: {
      name: 'Kỳ họp thử nghiệm',
      kind: 'council-session',
      state: 'open',
      referencePrefix: 'NOM',
      passPrefix: 'NM',
      startDate: new Date(at + 2 * DAY).toISOString(),
      endDate: new Date(at + 3 * DAY).toISOString(),
      accreditationOpensAt: new Date(at - DAY).toISOString(),
      accreditationClosesAt: new Date(at + DAY).toISOString(),
      // The event allows this outlet two reporters, one photographer (as the outlet's own quota).
      quotas: [{ outlet: outletId, role: 'reporter', max: 2 }],
    },
  })
  officer = await makeStaff(payload, ['accreditation-officer'])
})
after(async () => {
  setClock(null)
  await emailsInFlight()
  await cleanup()
  await mail.stop()
})

async function mailTo(email: string, pattern: RegExp): Promise<CaughtMail> {
  for (let i = 0; i < 100; i++) {
    const found = mail.messages.filter((m) => m.to.includes(email) && pattern.test(m.text)).at(-1)
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  assert.fail(`no e-mail matching ${pattern} to ${email}`)
}
const nomineeSecret = async (email: string) =>
  /\/outlet\/nominee\/([A-Za-z0-9_-]{32})\//.exec(
    (await mailTo(email, /\/outlet\/nominee\//)).text,
  )![1]!

async function openManager(outletOf: number, email: string): Promise<OutletManager> {
  // The officer types a password out of habit: it is replaced, and the manager gets a link.
  const account = await payload.create({
    collection: 'outlet-managers',
    data: {
      name: 'Võ Minh Quản',
      email,
      outlet: outletOf,
      approved: true,
      password: 'typed-by-officer-1',
    },
    overrideAccess: false,
    user: officer,
  })
  const text = (await mailTo(email, /\/outlet\/password\?token=/)).text
  const token = decodeURIComponent(/\/outlet\/password\?token=([^&\s]+)/.exec(text)![1]!)
  assert.equal(await outlet.signInManager(email, 'typed-by-officer-1'), null)
  const session = await outlet.setManagerPassword(token, 'a long manager password')
  assert.ok(session, 'the set-password link signs the manager in')
  assert.equal(
    await outlet.setManagerPassword(token, 'another long password'),
    null,
    'the link works once',
  )
  const signedIn = await outlet.managerFromToken(session.token)
  assert.equal(signedIn?.id, account.id)
  return signedIn!
}

const people = {
  an: `an.${randomBytes(3).toString('hex')}@example.vn`,
  binh: `binh.${randomBytes(3).toString('hex')}@example.vn`,
  cuong: `cuong.${randomBytes(3).toString('hex')}@example.vn`,
  dung: `dung.${randomBytes(3).toString('hex')}@example.vn`,
}

function nominateForm(
  fields: Record<string, string | string[]>,
  files: { letter?: boolean; csv?: string } = {},
) {
  const form = new FormData()
  for (const [key, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) form.append(key, v)
  if (files.letter)
    form.append(
      'letter',
      new Blob([new Uint8Array(minimalPdf())], { type: 'application/pdf' }),
      'cv.pdf',
    )
  if (files.csv) form.append('csv', new Blob([files.csv], { type: 'text/csv' }), 'list.csv')
  return form
}

async function complete(secret: string, idNumber?: string) {
  const form = await applicationForm({
    outlet: null,
    outletOther: null,
    role: null,
    email: null,
    days: daysToCome(event, now()),
    ...(idNumber ? { idNumber } : {}),
  })
  return outlet.completeFromForm(secret, form, 'vi')
}

const nominationOf = async (id: string) =>
  payload.findByID({ collection: 'nominations', id, depth: 0, overrideAccess: true })
const passOf = async (requestId: unknown) =>
  (
    await payload.find({
      collection: 'passes',
      where: { request: { equals: requestId } },
      overrideAccess: true,
    })
  ).docs[0]

describe('outlet nominations', () => {
  let nominationId: string
  const secrets: Record<string, string> = {}

  it('an officer opens a manager account; the manager sets a password through a one-time link', async () => {
    manager = await openManager(outletId, `manager.${randomBytes(3).toString('hex')}@example.vn`)
  })

  it('the manager nominates three people (two typed, one from a CSV) with the outlet’s letter', async () => {
    const form = nominateForm(
      {
        event: String(event.id),
        name: ['Nguyễn Văn An', 'Lê Thị Bình'],
        role: ['reporter', 'photographer'],
        email: [people.an, people.binh],
      },
      {
        letter: true,
        csv: `Họ và tên;Chức danh;Email\r\nTrần Văn Cường;Phóng viên;${people.cuong}\r\n`,
      },
    )
    const outcome = await outlet.nominateFromForm(manager, form, 'vi')
    assert.ok(outcome.ok, !outcome.ok ? outcome.message : '')
    nominationId = outcome.value.nomination
    const saved = await nominationOf(nominationId)
    assert.deepEqual(
      saved.nominees?.map((n) => [n.name, n.role, n.state]),
      [
        ['Nguyễn Văn An', 'reporter', 'invited'],
        ['Lê Thị Bình', 'photographer', 'invited'],
        ['Trần Văn Cường', 'reporter', 'invited'],
      ],
    )
    for (const [who, email] of Object.entries(people).slice(0, 3))
      secrets[who] = await nomineeSecret(email)
    const overview = await outlet.getOutletOverview(manager, String(event.id), 'vi')
    assert.deepEqual(
      overview?.quota.filter((q) => q.limit > 0),
      [
        { role: 'reporter', used: 2, limit: 2 },
        { role: 'photographer', used: 1, limit: 1 },
      ],
    )
  })

  it('refuses a name beyond the quota, and the same person twice, with nothing written', async () => {
    const extra = await outlet.nominateFromForm(
      manager,
      nominateForm({
        event: String(event.id),
        nomination: nominationId,
        name: 'Phạm Thị Dung',
        role: 'reporter',
        email: `extra.${randomBytes(3).toString('hex')}@example.vn`,
      }),
      'en',
    )
    assert.equal(!extra.ok && extra.status, 409)
    assert.match(!extra.ok ? extra.message : '', /quota/)
    const twice = await outlet.nominateFromForm(
      manager,
      nominateForm({
        event: String(event.id),
        nomination: nominationId,
        name: 'An Lại',
        role: 'photographer',
        email: people.an,
      }),
      'vi',
    )
    assert.equal(!twice.ok && twice.status, 409)
    assert.equal((await nominationOf(nominationId)).nominees?.length, 3)
  })

  it('each nominee completes their own application through their link, once', async () => {
    for (const who of ['an', 'binh', 'cuong']) {
      const outcome = await complete(secrets[who]!)
      assert.ok(outcome.ok, JSON.stringify(outcome))
    }
    const saved = await nominationOf(nominationId)
    assert.deepEqual(
      saved.nominees?.map((n) => n.state),
      ['completed', 'completed', 'completed'],
    )
    const request = await payload.findByID({
      collection: 'accreditation-requests',
      id: saved.nominees![0]!.request as number,
      depth: 0,
      overrideAccess: true,
    })
    assert.equal(request.event, event.id)
    assert.equal(request.outlet, outletId)
    assert.equal(request.role, 'reporter')
    assert.equal(request.email, people.an)
    assert.ok(request.letter && request.portrait)

    const again = await complete(secrets.an!)
    assert.equal(again.ok, false)
    assert.equal(!again.ok && again.status, 410)
    assert.match(!again.ok ? (again.message ?? '') : '', /đã được dùng/)
  })

  it('the manager sees states and quota, never the applications themselves', async () => {
    const user = { ...manager, collection: 'outlet-managers' as const }
    const seen = await payload.findByID({
      collection: 'nominations',
      id: nominationId,
      overrideAccess: false,
      user,
      depth: 1,
    })
    const row = seen.nominees![0]! as Record<string, unknown>
    assert.equal(row.request, undefined, 'no request (ID number, portrait) reachable')
    assert.equal(row.linkHash, undefined)
    assert.equal(seen.letter, undefined)
    await assert.rejects(
      payload.find({ collection: 'accreditation-requests', overrideAccess: false, user }),
      forbidden,
    )
    await assert.rejects(
      payload.create({
        collection: 'nominations',
        data: { event: event.id, outlet: outletId, nominees: [] },
        overrideAccess: false,
        user,
      }),
      forbidden,
    )
  })

  it('an officer approves person by person, then the rest as a whole, within the quota', async () => {
    const saved = await nominationOf(nominationId)
    const [an, binh] = saved.nominees!
    const req = await import('payload').then(({ createLocalReq }) =>
      createLocalReq({ user: officer }, payload),
    )
    await decideNomination(req, {
      nomination: nominationId,
      decisions: [
        { nominee: an!.id!, status: 'approved' },
        {
          nominee: binh!.id!,
          status: 'rejected',
          reasonCode: 'photo-unsuitable',
          message: 'Ảnh mờ.',
        },
      ],
    })
    const req2 = await import('payload').then(({ createLocalReq }) =>
      createLocalReq({ user: officer }, payload),
    )
    await decideNomination(req2, { nomination: nominationId, all: 'approved' })
    const decided = await nominationOf(nominationId)
    assert.deepEqual(
      decided.nominees?.map((n) => n.state),
      ['approved', 'rejected', 'approved'],
    )
    assert.equal((await passOf(decided.nominees![2]!.request))?.status, 'active')
    const overview = await outlet.getOutletOverview(manager, String(event.id), 'vi')
    assert.deepEqual(
      overview?.nominations[0]?.nominees.map((n) => n.state),
      ['approved', 'rejected', 'approved'],
    )
    // A manager cannot decide.
    const managerReq = await import('payload').then(({ createLocalReq }) =>
      createLocalReq({ user: { ...manager, collection: 'outlet-managers' } as never }, payload),
    )
    await assert.rejects(
      decideNomination(managerReq, { nomination: nominationId, all: 'approved' }),
      forbidden,
    )
  })

  it('replacing a nominee revokes the old pass at once and sends the replacement a link', async () => {
    const saved = await nominationOf(nominationId)
    const cuong = saved.nominees![2]!
    const form = nominateForm({
      nomination: nominationId,
      nominee: cuong.id!,
      name: 'Phạm Văn Dũng',
      role: 'reporter',
      email: people.dung,
    })
    const outcome = await outlet.replaceFromForm(manager, form, 'vi')
    assert.ok(outcome.ok, !outcome.ok ? outcome.message : '')
    assert.equal((await passOf(cuong.request))?.status, 'revoked')
    const old = await payload.findByID({
      collection: 'accreditation-requests',
      id: cuong.request as number,
      overrideAccess: true,
    })
    assert.equal(old.status, 'withdrawn')
    const after = await nominationOf(nominationId)
    assert.deepEqual(
      after.nominees?.map((n) => n.state),
      ['approved', 'rejected', 'replaced', 'invited'],
    )
    const refused = await complete(secrets.cuong!)
    assert.equal(!refused.ok && refused.status, 410)
    assert.match(!refused.ok ? (refused.message ?? '') : '', /người khác thay/)
    secrets.dung = await nomineeSecret(people.dung)
    const audit = await payload.find({
      collection: 'audit-entries',
      where: { action: { in: ['nominated', 'nominee-replaced', 'nomination-decided'] } },
      overrideAccess: true,
    })
    assert.deepEqual(
      new Set(audit.docs.map((d) => d.action)),
      new Set(['nominated', 'nominee-replaced', 'nomination-decided']),
    )
    assert.ok(
      audit.docs.some(
        (d) => d.summary?.includes('Trần Văn Cường') && d.summary.includes('Phạm Văn Dũng'),
      ),
    )
  })

  it('a link is refused after the accreditation window has closed', async () => {
    const was = now()
    setClock(new Date(new Date(event.accreditationClosesAt!).getTime() + 60_000))
    try {
      const refused = await complete(secrets.dung!)
      assert.equal(!refused.ok && refused.status, 410)
      assert.match(!refused.ok ? (refused.message ?? '') : '', /hết thời gian/)
    } finally {
      // Back to the moment the tests live in (the fixture's, not the real clock's).
      setClock(was)
    }
  })

  it('an officer cannot approve past the event’s quota: nothing of the list changes', async () => {
    const done = await complete(secrets.dung!)
    assert.ok(done.ok, JSON.stringify(done))
    // The office lowers this outlet's reporters for the event to one: An holds it already.
    await payload.update({
      collection: 'events',
      id: event.id,
      data: { quotas: [{ outlet: outletId, role: 'reporter', max: 1 }] },
      overrideAccess: true,
    })
    const saved = await nominationOf(nominationId)
    const dung = saved.nominees!.find((n) => n.email === people.dung)!
    const req = await import('payload').then(({ createLocalReq }) =>
      createLocalReq({ user: officer }, payload),
    )
    await assert.rejects(
      decideNomination(req, {
        nomination: nominationId,
        decisions: [{ nominee: dung.id!, status: 'approved' }],
      }),
      (error: { status?: number; message?: string }) =>
        error.status === 409 && /hạn mức/.test(error.message ?? ''),
    )
    const after = await nominationOf(nominationId)
    assert.equal(after.nominees!.find((n) => n.email === people.dung)!.state, 'completed')
    const request = await payload.findByID({
      collection: 'accreditation-requests',
      id: dung.request as number,
      overrideAccess: true,
    })
    assert.equal(request.status, 'submitted')
  })

  it('a withdrawn nomination’s links are refused', async () => {
    const email = `em.${randomBytes(3).toString('hex')}@example.vn`
    const other = await payload.create({
      collection: 'outlets',
      overrideAccess: true,
      data: {
        name: `Đài Thử ${randomBytes(3).toString('hex')}`,
        type: 'radio',
        scope: 'provincial',
        quotas: { reporter: 2, photographer: 0, cameraOperator: 0, technician: 0 },
      },
    })
    const second = await openManager(other.id, `m2.${randomBytes(3).toString('hex')}@example.vn`)
    const made = await outlet.nominateFromForm(
      second,
      nominateForm(
        { event: String(event.id), name: 'Hoàng Thị Em', role: 'reporter', email },
        { letter: true },
      ),
      'vi',
    )
    assert.ok(made.ok)
    const secret = await nomineeSecret(email)
    // Another outlet's manager sees nothing of the first outlet's nominations.
    const user = { ...second, collection: 'outlet-managers' as const }
    const list = await payload.find({ collection: 'nominations', overrideAccess: false, user })
    assert.deepEqual(
      list.docs.map((d) => String(d.id)),
      [made.value.nomination],
    )
    await assert.rejects(
      payload.findByID({
        collection: 'nominations',
        id: nominationId,
        overrideAccess: false,
        user,
      }),
      notFoundOrForbidden,
    )
    const wrongOutlet = await outlet.withdrawFromForm(
      second,
      nominateForm({ nomination: nominationId }),
      'vi',
    )
    assert.equal(!wrongOutlet.ok && wrongOutlet.status, 404)

    const withdrawn = await outlet.withdrawFromForm(
      second,
      nominateForm({ nomination: made.value.nomination }),
      'vi',
    )
    assert.ok(withdrawn.ok)
    const refused = await complete(secret)
    assert.equal(!refused.ok && refused.status, 410)
    assert.match(!refused.ok ? (refused.message ?? '') : '', /rút danh sách/)
  })

  it('editors and check-in staff see no nominations and no manager accounts', async () => {
    for (const roles of [['editor'], ['checkin-staff']] as const) {
      const user = await makeStaff(payload, [...roles])
      await assert.rejects(
        payload.find({ collection: 'nominations', overrideAccess: false, user }),
        forbidden,
      )
      await assert.rejects(
        payload.find({ collection: 'outlet-managers', overrideAccess: false, user }),
        forbidden,
      )
    }
  })
})
