import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { createLocalReq, type Payload } from 'payload'

import { decideApplication } from '~/cms/accreditation/operations/decideApplication'
import { sendStatusLink } from '~/cms/accreditation/operations/sendStatusLink'
import { sendSetPasswordLink } from '~/cms/auth/operations/sendSetPasswordLink'
import { inTransaction } from '~/cms/db/inTransaction'
import { drainOutbox } from '~/cms/email/runEmailQueue'
import { eraseApplication } from '~/cms/lifecycle/operations/eraseApplication'
import { exportApplication } from '~/cms/lifecycle/operations/exportApplication'
import { changePass } from '~/cms/passes/operations/changePass'
import { reactivatePass, revokePass } from '~/cms/passes/operations/revokePass'
import { setClock } from '~/cms/lib/time'
import type { User } from '~/cms/payload-types'
import {
  applicationForm,
  CONGRESS_APPLICATIONS_OPEN,
  prepareCongress,
} from './fixtures/application'
import { makeStaff, startTestPayload } from './harness'
import { type CaughtMail, startMailCatcher } from './mailCatcher'

/**
 * Notices and the officer's tools (issue 13): the pass notices, each decision's own reason, the
 * links staff send again, and the admin's export and erasure of an applicant's data.
 */
let payload: Payload
let cleanup: () => Promise<void>
let mail: Awaited<ReturnType<typeof startMailCatcher>>
let gateway: typeof import('~/site/lib/cms')
let officer: User & { collection: 'users' }
let admin: User & { collection: 'users' }
let editor: User & { collection: 'users' }
let addresses = 0

before(async () => {
  mail = await startMailCatcher()
  ;({ payload, cleanup } = await startTestPayload())
  gateway = await import('~/site/lib/cms')
  await prepareCongress(payload)
  officer = await makeStaff(payload, ['accreditation-officer'])
  admin = await makeStaff(payload, ['admin'])
  editor = await makeStaff(payload, ['editor'])
})
after(async () => {
  await drainOutbox()
  await cleanup()
  await mail.stop()
  setClock(null)
})

const as = (user: User & { collection: 'users' }, language: 'vi' | 'en' = 'vi') =>
  createLocalReq({ user: user as never, context: {} }, payload).then((req) => {
    req.i18n = { ...req.i18n, language } as typeof req.i18n
    return req
  })

/** Mail caught for one address, once the outbox has run (it sends after each commit). */
async function mailTo(address: string, at_least = 0): Promise<CaughtMail[]> {
  for (let i = 0; i < 50; i++) {
    await drainOutbox()
    const caught = mail.messages.filter((m) => m.to.includes(address))
    if (caught.length >= at_least) return caught
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return mail.messages.filter((m) => m.to.includes(address))
}

async function apply(language: 'vi' | 'en' = 'vi', role = 'reporter') {
  addresses += 1
  const email = `notice${addresses}.${Date.now()}@example.vn`
  const outcome = await gateway.submitApplication(
    await applicationForm({ email, language, role }),
    language,
  )
  assert.ok(outcome.ok && !outcome.duplicate, JSON.stringify(outcome))
  return { id: outcome.statusToken.split('.')[0]!, token: outcome.statusToken, email }
}

async function approved(language: 'vi' | 'en' = 'vi') {
  const applicant = await apply(language)
  await decideApplication(await as(officer), { id: applicant.id, status: 'approved' })
  const pass = (
    await payload.find({
      collection: 'passes',
      where: { request: { equals: applicant.id } },
      overrideAccess: true,
    })
  ).docs[0]!
  await mailTo(applicant.email, 2) // received + approved
  return { ...applicant, pass }
}

const noticesTo = async (address: string, subject: RegExp) =>
  (await mailTo(address)).filter((m) => subject.test(m.subject))

async function refusal(call: () => Promise<unknown>): Promise<number | 'ok'> {
  try {
    await call()
    return 'ok'
  } catch (error) {
    return (error as { status?: number }).status ?? 500
  }
}

describe('pass notices', () => {
  it('revoking a pass e-mails its holder once, with the reason and the status link', async () => {
    const { pass, email, token } = await approved()
    await revokePass(await as(officer), { id: pass.id, reason: 'Vi phạm quy chế tác nghiệp' })
    const [notice, ...more] = await noticesTo(email, /bị thu hồi/)
    assert.ok(notice, 'no revocation notice')
    assert.equal(more.length, 0, 'more than one notice')
    assert.match(notice.subject, /^\[DH1-\d{4}\] Thẻ tác nghiệp P-\d{4} đã bị thu hồi$/)
    assert.match(notice.text, /Lý do:\n> Vi phạm quy chế tác nghiệp/)
    assert.ok(notice.text.includes(`/accreditation/status/${token}/`), notice.text)
  })

  it('a change of days or zones says what changed (old → new), in the holder’s language', async () => {
    const { pass, email } = await approved('en')
    await changePass(await as(officer), {
      id: pass.id,
      days: ['2025-10-17'],
      zones: ['press-centre'],
    })
    const notices = await noticesTo(email, /changed/)
    assert.equal(notices.length, 1)
    assert.match(notices[0]!.text, /Valid days: 16\/10\/2025, 17\/10\/2025 → 17\/10\/2025/)
    assert.match(notices[0]!.text, /Zones: Plenary press gallery, Press centre → Press centre/)
  })

  it('re-issuing a revoked pass e-mails the holder; the admin form’s revocation does too', async () => {
    const { pass, email } = await approved()
    // The admin form and REST write the collection directly, as the officer.
    await payload.update({
      collection: 'passes',
      id: pass.id,
      data: { status: 'revoked', revokedReason: 'Mất thẻ' },
      overrideAccess: false,
      user: officer,
    })
    await reactivatePass(await as(officer), { id: pass.id })
    assert.equal((await noticesTo(email, /bị thu hồi/)).length, 1)
    const reissued = await noticesTo(email, /cấp lại/)
    assert.equal(reissued.length, 1)
    assert.match(reissued[0]!.text, /có hiệu lực trở lại/)
  })

  it('a refused or rolled-back change sends nothing', async () => {
    const { pass, email } = await approved()
    const before = (await mailTo(email)).length
    assert.equal(
      await refusal(async () => changePass(await as(officer), { id: pass.id, zones: [] })),
      400,
    )
    const req = await as(officer)
    await assert.rejects(
      inTransaction(req, async (req) => {
        await revokePass(req, { id: pass.id, reason: 'thử' })
        throw new Error('something after the revocation failed')
      }),
      /something after/,
    )
    assert.equal((await payload.findByID({ collection: 'passes', id: pass.id })).status, 'active')
    await new Promise((resolve) => setTimeout(resolve, 300))
    assert.equal((await mailTo(email)).length, before, 'a notice left for a change never made')
    assert.equal(
      (await payload.count({ collection: 'email-messages', where: { to: { equals: email } } }))
        .totalDocs,
      before,
    )
  })
})

describe('each decision’s own reason', () => {
  it('an approval after “needs information” quotes no earlier reason or message', async () => {
    const { id, email } = await apply()
    await decideApplication(await as(officer), {
      id,
      status: 'needs-information',
      reasonCode: 'photo-unsuitable',
      message: 'Ảnh chân dung bị mờ, vui lòng gửi lại.',
    })
    // The admin form sends the whole request back, the earlier reason and message included.
    const form = await payload.findByID({
      collection: 'accreditation-requests',
      id,
      depth: 0,
      overrideAccess: false,
      user: officer,
    })
    await payload.update({
      collection: 'accreditation-requests',
      id,
      data: { ...form, status: 'approved' },
      overrideAccess: false,
      user: officer,
    })
    const [approval] = (await mailTo(email, 3)).filter((m) => /chấp thuận/.test(m.subject))
    assert.ok(approval, 'no approval e-mail')
    assert.doesNotMatch(approval.text, /Lý do|Ảnh chân dung|bị mờ/)
    const stored = await payload.findByID({ collection: 'accreditation-requests', id })
    assert.deepEqual([stored.reasonCode ?? null, stored.decisionMessage ?? null], [null, null])
  })

  it('a decision that needs a reason refuses the earlier one left on the form, and sends nothing', async () => {
    const { id, email } = await apply()
    await decideApplication(await as(officer), {
      id,
      status: 'needs-information',
      reasonCode: 'photo-unsuitable',
      message: 'Ảnh chân dung bị mờ.',
    })
    const sent = (await mailTo(email, 2)).length
    const form = await payload.findByID({
      collection: 'accreditation-requests',
      id,
      depth: 0,
      overrideAccess: false,
      user: officer,
    })
    const stale = () =>
      payload.update({
        collection: 'accreditation-requests',
        id,
        data: { ...form, status: 'rejected' },
        overrideAccess: false,
        user: officer,
      })
    assert.equal(await refusal(stale), 400)
    assert.equal(
      await refusal(async () => decideApplication(await as(officer), { id, status: 'rejected' })),
      400,
    )
    await new Promise((resolve) => setTimeout(resolve, 300))
    assert.equal((await mailTo(email)).length, sent, 'a stale message was sent again')
    await decideApplication(await as(officer), {
      id,
      status: 'rejected',
      reasonCode: 'photo-unsuitable',
      message: 'Không nhận được ảnh mới.',
    })
    const [rejection] = (await mailTo(email, sent + 1)).filter((m) => /không được/.test(m.subject))
    assert.match(rejection!.text, /Không nhận được ảnh mới/)
    assert.doesNotMatch(rejection!.text, /bị mờ/)
  })
})

describe('links sent again by an officer', () => {
  it('the status link: staff only, e-mailed in the applicant’s language, opens the status page, audited, 3 per 10 minutes', async () => {
    const { id, email, token } = await apply('en')
    assert.equal(await refusal(async () => sendStatusLink(await as(editor), { request: id })), 403)
    const { sentTo } = await sendStatusLink(await as(officer), { request: id })
    assert.equal(sentTo, email)
    const [sent] = (await mailTo(email, 2)).filter((m) => /link to your/.test(m.subject))
    assert.ok(sent, 'no status-link e-mail')
    const link = /\/en\/accreditation\/status\/([^/\s]+)\//.exec(sent.text)?.[1]
    assert.equal(link, token)
    assert.equal((await gateway.openApplication(link!))?.referenceCode, sent.subject.slice(1, 9))
    const trail = await payload.find({
      collection: 'audit-entries',
      where: { request: { equals: id }, action: { equals: 'link-sent' } },
      overrideAccess: false,
      user: officer,
    })
    assert.equal(trail.totalDocs, 1)
    assert.equal(trail.docs[0]!.actorType, 'staff')
    await sendStatusLink(await as(officer), { request: id })
    await sendStatusLink(await as(admin), { request: id })
    assert.equal(await refusal(async () => sendStatusLink(await as(officer), { request: id })), 429)
    setClock(new Date(CONGRESS_APPLICATIONS_OPEN.getTime() + 11 * 60_000))
    assert.equal(
      await refusal(async () => sendStatusLink(await as(officer), { request: id })),
      'ok',
    )
    setClock(CONGRESS_APPLICATIONS_OPEN)
  })

  it('the set-password link: staff only, the link sent works (the pending one, so the approval’s still does)', async () => {
    const { id, email } = await approved()
    const account = (
      await payload.find({
        collection: 'journalists',
        where: { request: { equals: id } },
        overrideAccess: true,
      })
    ).docs[0]!
    assert.equal(
      await refusal(async () => sendSetPasswordLink(await as(editor), { journalist: account.id })),
      403,
    )
    await sendSetPasswordLink(await as(officer), { journalist: account.id })
    const caught = await mailTo(email, 3)
    const links = caught
      .map((m) => /\/press\/password\?token=([A-Za-z0-9]+)/.exec(m.text + m.html)?.[1])
      .filter(Boolean)
    assert.equal(links.length, 2, 'approval and resent link')
    assert.equal(links[0], links[1], 'the pending link is sent again')
    assert.ok(await gateway.setPasswordFromLink(links[1]!, 'a long new password 2025'))
    const trail = await payload.count({
      collection: 'audit-entries',
      where: { request: { equals: id }, action: { equals: 'link-sent' } },
    })
    assert.equal(trail.totalDocs, 1)
  })
})

describe('export and erasure from the admin', () => {
  it('export: admins only; one JSON file with the application and its files; the report is kept', async () => {
    const { id, pass } = await approved()
    assert.equal(
      await refusal(async () => exportApplication(await as(officer), { request: id })),
      403,
    )
    const exported = await exportApplication(await as(admin), { request: id })
    const file = JSON.parse(exported.json)
    assert.equal(String(file.application.id), id)
    assert.equal(file.pass.passNumber, pass.passNumber)
    assert.deepEqual(
      file.files
        .map((f: { kind: string; base64: string | null }) => [f.kind, Boolean(f.base64)])
        .sort(),
      [
        ['letter', true],
        ['portrait', true],
      ],
    )
    assert.match(exported.filename, /^DH1-\d{4}-.+\.json$/)
    const report = await payload.findByID({
      collection: 'data-requests',
      id: exported.report.id,
      overrideAccess: false,
      user: admin,
      depth: 0,
    })
    assert.deepEqual([report.kind, report.status, report.handledBy], ['access', 'done', admin.id])
    assert.match(report.notes ?? '', /2\/2 tệp · files/)
  })

  it('erasure: admins only, confirmed by the reference code; everything goes, the report stays', async () => {
    const { id, pass } = await approved()
    const { referenceCode } = await payload.findByID({ collection: 'accreditation-requests', id })
    assert.equal(
      await refusal(async () =>
        eraseApplication(await as(officer), { request: id, confirm: referenceCode }),
      ),
      403,
    )
    for (const confirm of [undefined, '', 'DH1-9999'])
      assert.equal(
        await refusal(async () => eraseApplication(await as(admin), { request: id, confirm })),
        400,
      )
    assert.ok(await payload.findByID({ collection: 'accreditation-requests', id }))
    const { erasure, report } = await eraseApplication(await as(admin), {
      request: id,
      confirm: referenceCode!.toLowerCase(),
    })
    assert.deepEqual([erasure.files, erasure.pass, erasure.pressAccount], [2, true, true])
    assert.equal(
      (await payload.count({ collection: 'accreditation-requests', where: { id: { equals: id } } }))
        .totalDocs,
      0,
    )
    assert.equal(
      (await payload.count({ collection: 'passes', where: { id: { equals: pass.id } } })).totalDocs,
      0,
    )
    const kept = await payload.findByID({
      collection: 'data-requests',
      id: report.id,
      overrideAccess: false,
      user: admin,
    })
    assert.equal(kept.subject, `${referenceCode} (erased)`)
    assert.equal(kept.kind, 'deletion')
    assert.match(kept.notes ?? '', /Files: 2/)
    assert.doesNotMatch(kept.notes ?? '', /Trần Thị|@example/)
  })
})
