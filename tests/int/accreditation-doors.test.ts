import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { createLocalReq, type Payload } from 'payload'

import { decideApplication, type Decision } from '~/cms/accreditation/operations/decideApplication'
import { withdrawApplication as withdrawOperation } from '~/cms/accreditation/operations/withdrawApplication'
import { answerApplication as answerOperation } from '~/cms/accreditation/operations/answerApplication'
import { grantFor } from '~/cms/accreditation/grant'
import { emailsInFlight } from '~/cms/collections/AccreditationRequests/hooks/notifyApplicant'
import { eraseApplicant } from '~/cms/lifecycle/eraseApplicant'
import { backfillApps } from '~/cms/migrations/backfill/apps'
import { createStatusToken } from '~/cms/lib/accreditation/statusToken'
import { minimalPdf, portraitJpeg } from '../support/sampleFiles'
import { applicationForm, prepareCongress } from './fixtures/application'
import { makeStaff, startTestPayload } from './harness'
import { startMailCatcher } from './mailCatcher'

/**
 * Each accreditation action through each of its doors — the site's function, REST (Payload's
 * Local API with access enforced and a staff user, as the REST handler calls it), the admin's bulk
 * edit (an update with `where`) and the operation itself — gets the same answer.
 */
let payload: Payload
let cleanup: () => Promise<void>
let mail: Awaited<ReturnType<typeof startMailCatcher>>
let gateway: typeof import('~/site/lib/cms')
let officer: Awaited<ReturnType<typeof makeStaff>>

before(async () => {
  mail = await startMailCatcher()
  ;({ payload, cleanup } = await startTestPayload())
  gateway = await import('~/site/lib/cms')
  await prepareCongress(payload)
  officer = await makeStaff(payload, ['accreditation-officer'])
})
after(async () => {
  await emailsInFlight()
  await cleanup()
  await mail.stop()
})

async function apply(overrides: Parameters<typeof applicationForm>[0] = {}) {
  const outcome = await gateway.submitApplication(await applicationForm(overrides), 'vi')
  assert.ok(outcome.ok && !outcome.duplicate, JSON.stringify(outcome))
  return { ...outcome, id: outcome.statusToken.split('.')[0]! }
}

const asOfficer = { collection: 'accreditation-requests' as const, overrideAccess: false }
const officerReq = async () => createLocalReq({ user: officer as never }, payload)
const stored = (id: string) =>
  payload.findByID({ collection: 'accreditation-requests', id, depth: 0, overrideAccess: true })

/** The refusal code of a failed call (the same for every door), or 'ok'. */
async function answerOf(call: () => Promise<unknown>): Promise<string> {
  try {
    await call()
    return 'ok'
  } catch (error) {
    const { status, data } = error as { status?: number; data?: { refusal?: string } }
    return `${status}:${data?.refusal ?? (error as Error).message}`
  }
}

/** The three staff doors of a decision on one request: the operation, REST PATCH, admin bulk edit. */
const doors = {
  operation: async (id: string, decision: Decision) =>
    decideApplication(await officerReq(), { id, ...decision }),
  rest: (id: string, decision: Decision) =>
    payload.update({
      ...asOfficer,
      user: officer,
      id,
      data: {
        status: decision.status,
        reasonCode: decision.reasonCode,
        decisionMessage: decision.message,
      },
    }),
  bulkEdit: async (id: string, decision: Decision) => {
    const result = await payload.update({
      ...asOfficer,
      user: officer,
      where: { id: { equals: id } },
      data: {
        status: decision.status,
        reasonCode: decision.reasonCode,
        decisionMessage: decision.message,
      },
    })
    // Bulk edit reports each refusal per document; Payload gives the message only, so the code is read from it.
    if (result.errors.length)
      throw Object.assign(new Error(result.errors[0]!.message), { status: 'bulk' })
  },
}

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
  return {
    portrait: await file('portrait', await portraitJpeg(), 'image/jpeg', 'p.jpg'),
    letter: await file('letter', minimalPdf(), 'application/pdf', 'l.pdf'),
  }
}

const staffCreated = (data: Record<string, unknown>) =>
  payload.create({
    ...asOfficer,
    user: officer,
    data: {
      fullName: 'Nhập Bởi Cán Bộ',
      dateOfBirth: '1990-05-20',
      nationality: 'VN',
      idType: 'cccd',
      idNumber: `0961900${String(Date.now() % 100000).padStart(5, '0')}`,
      role: 'reporter',
      days: ['2025-10-16'],
      email: 'staff.entered@example.vn',
      phone: '+84 912 000 333',
      ...data,
    } as never,
  })

describe('creating an application', () => {
  it('refuses, through REST and the admin, a new application in any status but "submitted": no flow, quota or pass is skipped', async () => {
    const files = await staffFiles()
    const before = (await payload.count({ collection: 'accreditation-requests' })).totalDocs
    for (const status of ['approved', 'in-review', 'rejected', 'withdrawn']) {
      assert.equal(
        await answerOf(() =>
          staffCreated({
            ...files,
            status,
            idNumber: `09619001${String(before).padStart(4, '0')}`,
          }),
        ),
        '400:starts-submitted',
        status,
      )
    }
    assert.equal((await payload.count({ collection: 'accreditation-requests' })).totalDocs, before)
    assert.equal(
      (
        await payload.count({
          collection: 'passes',
          where: { 'request.fullName': { equals: 'Nhập Bởi Cán Bộ' } },
        })
      ).totalDocs,
      0,
    )
  })

  it('starts a staff-entered application as submitted, with its own hidden status secret', async () => {
    const doc = await staffCreated({
      ...(await staffFiles()),
      status: 'submitted',
      reasonCode: 'other',
      decisionMessage: 'stale',
    })
    assert.equal(doc.status, 'submitted')
    assert.equal(
      (doc as { statusSecret?: string }).statusSecret,
      undefined,
      'the secret reached a staff caller',
    )
    const row = await stored(String(doc.id))
    assert.match(row.statusSecret ?? '', /^[A-Za-z0-9_-]{43}$/)
    assert.equal(row.reasonCode ?? null, null, 'a new application carries no decision')
    const read = await payload.findByID({ ...asOfficer, user: officer, id: doc.id })
    assert.equal((read as { statusSecret?: string }).statusSecret, undefined)
  })
})

describe('deciding', () => {
  it('demands a reason and a message given with the decision, the same through every door', async () => {
    for (const [door, decide] of Object.entries(doors)) {
      const { id } = await apply()
      const refused = await answerOf(() => decide(id, { status: 'needs-information' }))
      assert.match(refused, door === 'bulkEdit' ? /lý do/ : /^400:reason-required$/, door)
      assert.equal(
        await answerOf(() =>
          decide(id, { status: 'needs-information', reasonCode: 'photo-unsuitable' }),
        ).then((a) => (door === 'bulkEdit' ? /lời nhắn/.test(a) : a === '400:message-required')),
        true,
        door,
      )
      assert.equal(
        await answerOf(() =>
          decide(id, {
            status: 'needs-information',
            reasonCode: 'photo-unsuitable',
            message: 'Ảnh mờ.',
          }),
        ),
        'ok',
        door,
      )
      assert.equal((await stored(id)).status, 'needs-information')
    }
  })

  it('never reuses an earlier decision’s reason and message: they are cleared when the request moves on', async () => {
    const { id, statusToken } = await apply()
    await doors.rest(id, {
      status: 'needs-information',
      reasonCode: 'photo-unsuitable',
      message: 'Ảnh mờ, gửi lại.',
    })
    const answer = new FormData()
    answer.append('answer', 'Đã gửi ảnh mới.')
    assert.deepEqual(await gateway.answerApplication(statusToken, answer), { ok: true })
    const answered = await stored(id)
    assert.deepEqual(
      [answered.status, answered.reasonCode ?? null, answered.decisionMessage ?? null],
      ['in-review', null, null],
    )
    for (const [door, decide] of Object.entries(doors)) {
      const refused = await answerOf(() => decide(id, { status: 'rejected' }))
      assert.match(refused, door === 'bulkEdit' ? /lý do/ : /^400:reason-required$/, door)
    }
    await doors.operation(id, {
      status: 'rejected',
      reasonCode: 'not-a-journalist',
      message: 'Không phải phóng viên.',
    })
    await doors.operation(id, { status: 'in-review' })
    const reopened = await stored(id)
    assert.deepEqual([reopened.reasonCode ?? null, reopened.decisionMessage ?? null], [null, null])
    await emailsInFlight()
    const view = await gateway.openApplication(statusToken)
    assert.equal(view?.message, null)
  })

  it('takes a quota place when the outlet of an approved request is set later, and refuses it when full, through every door', async () => {
    const outlet = await prepareCongress(payload, {
      reporter: 1,
      photographer: 0,
      cameraOperator: 0,
      technician: 0,
    })
    gateway.clearCache()
    const holder = await apply({ outlet: String(outlet.id) })
    await doors.rest(holder.id, { status: 'approved' })
    assert.ok((await stored(holder.id)).quotaPlace)

    const setOutlet = {
      operation: async (id: string) =>
        payload.update({
          ...asOfficer,
          user: officer,
          id,
          data: { outlet: outlet.id },
          req: await officerReq(),
        }),
      rest: (id: string) =>
        payload.update({ ...asOfficer, user: officer, id, data: { outlet: outlet.id } }),
      bulkEdit: async (id: string) => {
        const result = await payload.update({
          ...asOfficer,
          user: officer,
          where: { id: { equals: id } },
          data: { outlet: outlet.id },
        })
        if (result.errors.length)
          throw Object.assign(new Error(result.errors[0]!.message), { status: 'bulk' })
      },
    }
    for (const [door, change] of Object.entries(setOutlet)) {
      const late = await apply({ outlet: 'other', outletOther: 'Báo Chưa Có Trong Danh Sách' })
      await doors.rest(late.id, { status: 'approved' })
      assert.equal(
        (await stored(late.id)).quotaPlace ?? null,
        null,
        'an unlisted outlet has no quota',
      )
      assert.match(
        await answerOf(() => change(late.id)),
        door === 'bulkEdit' ? /đã dùng 1\/1 suất phóng viên/ : /^409:quota-reached$/,
        door,
      )
      assert.equal(
        (await stored(late.id)).outlet ?? null,
        null,
        `${door}: the outlet was set without a place`,
      )
    }

    // A free place is taken; a role with no quota is refused for an approved request.
    await doors.operation(holder.id, { status: 'in-review' })
    const late = await apply({ outlet: 'other', outletOther: 'Báo Đến Sau' })
    await doors.operation(late.id, { status: 'approved' })
    await setOutlet.rest(late.id)
    const event = (await stored(late.id)).event as number
    assert.equal((await stored(late.id)).quotaPlace, `${event}:${outlet.id}:reporter:1`)
    assert.equal(
      await answerOf(() =>
        payload.update({ ...asOfficer, user: officer, id: late.id, data: { role: 'technician' } }),
      ),
      '409:quota-reached',
    )
    assert.equal((await stored(late.id)).role, 'reporter')
  })
})

describe('the applicant’s own actions', () => {
  it('withdraws through the site; staff cannot withdraw for them through REST or bulk edit', async () => {
    const { id, statusToken } = await apply()
    assert.equal(await answerOf(() => doors.rest(id, { status: 'withdrawn' })), '400:not-allowed')
    assert.match(
      await answerOf(() => doors.bulkEdit(id, { status: 'withdrawn' })),
      /Không được phép/,
    )
    assert.equal(await gateway.withdrawApplication(statusToken), 'withdrawn')
    const req = await createLocalReq({ context: grantFor(id) }, payload)
    assert.equal(
      await withdrawOperation(req, { id }),
      'not-allowed',
      'the operation answers as the site does',
    )
    assert.equal(await gateway.withdrawApplication(statusToken), 'not-allowed')
  })

  it('answers only while information is asked for, from the site and the operation alike', async () => {
    const { id, statusToken } = await apply()
    const form = new FormData()
    form.append('answer', 'Trả lời khi chưa được hỏi.')
    const site = await gateway.answerApplication(statusToken, form)
    assert.ok(!site.ok && site.status === 409 && site.errors.form === 'not_waiting')
    const req = await createLocalReq({ context: grantFor(id) }, payload)
    assert.equal(
      await answerOperation(req, { id, answer: 'Trả lời khi chưa được hỏi.' }),
      'not-waiting',
    )
    assert.equal(
      await answerOperation(await createLocalReq({ context: grantFor('999999') }, payload), {
        id,
        answer: 'x',
      }),
      'not-found',
      'a grant for another request opens nothing',
    )
  })
})

describe('status links', () => {
  it('open only the request whose secret they carry: a link for a reused id opens nothing', async () => {
    const { id, statusToken } = await apply()
    const secret = process.env.PAYLOAD_SECRET!
    const otherSecret = createStatusToken(secret, id, 'A'.repeat(43))
    assert.equal(
      await gateway.openApplication(otherSecret),
      null,
      'a validly signed link with another record secret',
    )
    assert.ok(await gateway.openApplication(statusToken))
  })

  it('show the state but no longer the portrait or letter after a withdrawal, and say "gone" after an erasure', async () => {
    const { statusToken, referenceCode } = await apply()
    assert.ok(await gateway.readApplicantFile(statusToken, 'portrait'))
    assert.equal(await gateway.withdrawApplication(statusToken), 'withdrawn')
    const view = await gateway.openApplication(statusToken)
    assert.deepEqual(
      [view?.status, view?.showsFiles, view?.canWithdraw],
      ['withdrawn', false, false],
    )
    assert.equal(await gateway.readApplicantFile(statusToken, 'portrait'), 'gone')
    assert.equal(await gateway.readApplicantFile(statusToken, 'letter'), 'gone')
    assert.equal(await gateway.statusLinkIsGone(statusToken), false)

    await eraseApplicant(payload, referenceCode, { label: 'test', userId: null })
    assert.equal(await gateway.openApplication(statusToken), null)
    assert.equal(await gateway.statusLinkIsGone(statusToken), true)
    assert.equal(await gateway.readApplicantFile(statusToken, 'portrait'), 'gone')
    assert.equal(
      await gateway.readApplicantFile(`${statusToken.slice(0, -2)}AA`, 'portrait'),
      null,
      'a forged link is not told anything',
    )
  })

  it('are given a secret by the backfill for requests made before secrets existed', async () => {
    const { id } = await apply()
    await emailsInFlight()
    await payload.db.updateOne({
      collection: 'accreditation-requests',
      id,
      data: { statusSecret: null },
    })
    assert.ok((await backfillApps({ payload })) >= 1)
    const row = await stored(id)
    assert.match(row.statusSecret ?? '', /^[A-Za-z0-9_-]{43}$/)
    assert.ok(
      await gateway.openApplication(
        createStatusToken(process.env.PAYLOAD_SECRET!, id, row.statusSecret!),
      ),
    )
  })
})
