import assert from 'node:assert/strict'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'

import type { Payload } from 'payload'

import { emailsInFlight } from '~/cms/collections/AccreditationRequests/hooks/notifyApplicant'
import { applicationForm, prepareCongress } from './fixtures/application'
import { forbidden, makeStaff, notFoundOrForbidden, startTestPayload } from './harness'
import { startMailCatcher } from './mailCatcher'

let payload: Payload
let cleanup: () => Promise<void>
let mail: Awaited<ReturnType<typeof startMailCatcher>>
let gateway: typeof import('~/site/lib/cms')
let outletId: number

before(async () => {
  mail = await startMailCatcher()
  ;({ payload, cleanup } = await startTestPayload())
  gateway = await import('~/site/lib/cms')
  outletId = (await prepareCongress(payload)).id
})
after(async () => {
  await emailsInFlight()
  await cleanup()
  await mail.stop()
})

const privateFiles = () => {
  const dir = path.join(process.env.DATA_DIR!, 'private', 'applicant-files')
  return existsSync(dir) ? readdirSync(dir).length : 0
}
const requestCount = async () =>
  (await payload.count({ collection: 'accreditation-requests' })).totalDocs

/** How many documents a caller can list: a refusal counts as none. */
async function visibleTo(
  collection: 'accreditation-requests' | 'applicant-files' | 'audit-entries',
  user: unknown,
) {
  try {
    return (await payload.find({ collection, overrideAccess: false, user: user as never }))
      .totalDocs
  } catch (error) {
    forbidden(error)
    return 0
  }
}

async function apply(overrides: Parameters<typeof applicationForm>[0] = {}) {
  const outcome = await gateway.submitApplication(await applicationForm(overrides), 'vi')
  assert.ok(outcome.ok, `application refused: ${JSON.stringify(!outcome.ok && outcome.errors)}`)
  return outcome
}

describe('applying', () => {
  it('stores a valid application with a reference code, normalised portrait and a confirmation e-mail', async () => {
    const outcome = await apply({ email: 'first@example.vn' })
    assert.match(outcome.referenceCode, /^DH1-\d{4}$/)
    const view = await gateway.openApplication(outcome.statusToken)
    assert.equal(view?.status, 'submitted')
    assert.equal(view?.referenceCode, outcome.referenceCode)
    await emailsInFlight()
    const message = mail.messages.find((m) => m.to.includes('first@example.vn'))
    assert.ok(message, 'no confirmation e-mail')
    assert.match(message.subject, new RegExp(outcome.referenceCode))
    assert.match(message.text, /\/accreditation\/status\//)
  })

  it('turns a double click into one application', async () => {
    const form = await applicationForm()
    const before = await requestCount()
    const [a, b] = await Promise.all([
      gateway.submitApplication(form, 'vi'),
      gateway.submitApplication(form, 'vi'),
    ])
    assert.ok(a.ok && b.ok)
    assert.equal(a.referenceCode, b.referenceCode)
    assert.equal(await requestCount(), before + 1)
  })

  it('creates nothing for a second application for the same ID number, answers it like any other, and re-sends the first link to its own address', async () => {
    const first = await apply({ idNumber: '096190012345', email: 'owner@example.vn' })
    const before = { requests: await requestCount(), files: privateFiles() }
    const second = await gateway.submitApplication(
      await applicationForm({ idNumber: '096 190 012 345', email: 'someone.else@example.vn' }),
      'vi',
    )
    assert.ok(
      second.ok,
      'the form is answered as received: it never says that this ID number has applied',
    )
    assert.equal(second.duplicate, true)
    assert.equal(second.statusToken, '', 'no status link for the second sender')
    assert.deepEqual({ requests: await requestCount(), files: privateFiles() }, before)
    await emailsInFlight()
    assert.ok(
      mail.messages.some(
        (m) =>
          m.to.includes('owner@example.vn') &&
          m.subject.includes(first.referenceCode) &&
          m.text.includes(first.statusToken),
      ),
    )
    assert.ok(
      !mail.messages.some((m) => m.to.includes('someone.else@example.vn')),
      'the link went to the second applicant',
    )
  })

  it('stores nothing when a file or a field is bad', async () => {
    const before = { requests: await requestCount(), files: privateFiles() }
    const pdfAsPortrait = await gateway.submitApplication(
      await applicationForm({
        portrait: new Blob([(await (await applicationForm()).get('letter')) as Blob]),
      }),
      'vi',
    )
    assert.ok(!pdfAsPortrait.ok)
    assert.equal(pdfAsPortrait.errors.portrait, 'not_image')
    const svg = await gateway.submitApplication(
      await applicationForm({
        portrait: new Blob([
          '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        ]),
      }),
      'vi',
    )
    assert.ok(!svg.ok && svg.errors.portrait === 'svg')
    const noConsent = await gateway.submitApplication(
      await applicationForm({ consentData: null, idNumber: '0961900123456' }),
      'vi',
    )
    assert.ok(!noConsent.ok)
    assert.equal(noConsent.status, 400)
    assert.deepEqual(
      [noConsent.errors.consentData, noConsent.errors.idNumber],
      ['consent_data', 'cccd_format'],
    )
    assert.equal(noConsent.values.fullName, 'Trần Thị Bích Ngọc', 'the form keeps what was typed')
    assert.deepEqual({ requests: await requestCount(), files: privateFiles() }, before)
  })
})

describe('who can see and change applications', () => {
  it('hides applications from anonymous callers, editors and check-in staff', async () => {
    const { statusToken } = await apply()
    const id = statusToken.split('.')[0]!
    for (const user of [
      null,
      await makeStaff(payload, ['editor']),
      await makeStaff(payload, ['checkin-staff']),
    ]) {
      assert.equal(
        await visibleTo('accreditation-requests', user),
        0,
        `requests visible to ${JSON.stringify((user as { roles?: string[] } | null)?.roles ?? null)}`,
      )
      await assert.rejects(
        payload.findByID({ collection: 'accreditation-requests', id, overrideAccess: false, user }),
        notFoundOrForbidden,
      )
      assert.equal(await visibleTo('applicant-files', user), 0)
      assert.equal(await visibleTo('audit-entries', user), 0)
    }
    await assert.rejects(
      payload.create({
        collection: 'accreditation-requests',
        overrideAccess: false,
        user: null,
        data: { fullName: 'x' } as never,
      }),
      forbidden,
    )
  })

  it('shows an applicant their own request and no one else’s', async () => {
    const mine = await apply()
    const theirs = await apply()
    const myId = mine.statusToken.split('.')[0]!
    const theirId = theirs.statusToken.split('.')[0]!
    const context = { applicant: { requestId: myId } }
    const own = await payload.findByID({
      collection: 'accreditation-requests',
      id: myId,
      overrideAccess: false,
      context,
    })
    assert.equal(own.referenceCode, mine.referenceCode)
    await assert.rejects(
      payload.findByID({
        collection: 'accreditation-requests',
        id: theirId,
        overrideAccess: false,
        context,
      }),
      notFoundOrForbidden,
    )
    assert.equal(
      await gateway.openApplication(`${theirId}.${mine.statusToken.split('.')[1]}`),
      null,
      'a forged link opened another request',
    )
  })

  it('lets an officer see everything, but not the applicant approve themselves', async () => {
    const { statusToken } = await apply()
    const id = statusToken.split('.')[0]!
    const officer = await makeStaff(payload, ['accreditation-officer'])
    const doc = await payload.findByID({
      collection: 'accreditation-requests',
      id,
      overrideAccess: false,
      user: officer,
    })
    assert.equal(doc.idNumber.length, 12)
    await assert.rejects(
      payload.update({
        collection: 'accreditation-requests',
        id,
        overrideAccess: false,
        context: { applicant: { requestId: id } },
        data: { status: 'approved' },
      }),
      (error: { status?: number }) => error.status === 400,
    )
  })

  it('keeps the audit trail out of reach of edits, even by an admin', async () => {
    const admin = await makeStaff(payload, ['admin'])
    const { docs } = await payload.find({
      collection: 'audit-entries',
      overrideAccess: false,
      user: admin,
      limit: 1,
    })
    assert.ok(docs[0])
    await assert.rejects(
      payload.update({
        collection: 'audit-entries',
        id: docs[0].id,
        overrideAccess: false,
        user: admin,
        data: { summary: 'rewritten' },
      }),
      forbidden,
    )
    await assert.rejects(
      payload.delete({
        collection: 'audit-entries',
        id: docs[0].id,
        overrideAccess: false,
        user: admin,
      }),
      forbidden,
    )
  })
})

describe('reviewing', () => {
  it('asks for information, takes the answer, approves, and keeps the whole story', async () => {
    const { statusToken, referenceCode } = await apply({
      email: 'story@example.vn',
      language: 'en',
    })
    const id = statusToken.split('.')[0]!
    const officer = await makeStaff(payload, ['accreditation-officer'])
    const asOfficer = {
      collection: 'accreditation-requests' as const,
      id,
      overrideAccess: false,
      user: officer,
    }
    await assert.rejects(
      payload.update({ ...asOfficer, data: { status: 'needs-information' } }),
      (e: { status?: number; data?: { refusal?: string } }) =>
        e.status === 400 && e.data?.refusal === 'reason-required',
    )
    await payload.update({
      ...asOfficer,
      data: {
        status: 'needs-information',
        reasonCode: 'photo-unsuitable',
        decisionMessage: 'Please send a sharper portrait.',
      },
    })

    const waiting = await gateway.openApplication(statusToken)
    assert.equal(waiting?.status, 'needs-information')
    assert.equal(waiting?.message, 'Please send a sharper portrait.')
    const answer = new FormData()
    answer.append('answer', 'Here is a new photo.')
    answer.append(
      'portrait',
      new Blob([new Uint8Array(await (await import('../support/sampleFiles')).portraitJpeg())]),
      'new.jpg',
    )
    assert.deepEqual(await gateway.answerApplication(statusToken, answer), { ok: true })
    assert.equal((await gateway.openApplication(statusToken))?.status, 'in-review')

    await payload.update({ ...asOfficer, data: { status: 'approved' } })
    const trail = await payload.find({
      collection: 'audit-entries',
      where: { request: { equals: id } },
      sort: 'createdAt',
      overrideAccess: false,
      user: officer,
      pagination: false,
    })
    const moves = trail.docs.filter((e) => e.toStatus).map((e) => `${e.actorType}:${e.toStatus}`)
    assert.deepEqual(moves, [
      'applicant:submitted',
      'staff:needs-information',
      'applicant:in-review',
      'staff:approved',
    ])
    assert.ok(
      trail.docs.some(
        (e) =>
          e.action === 'answered' &&
          e.changedFields &&
          JSON.stringify(e.changedFields).includes('portrait'),
      ),
    )

    await emailsInFlight()
    const subjects = mail.messages
      .filter((m) => m.to.includes('story@example.vn'))
      .map((m) => m.subject)
    assert.equal(subjects.length, 3, subjects.join(' | '))
    assert.ok(subjects.every((s) => s.includes(referenceCode)))
    assert.ok(
      mail.messages.some(
        (m) =>
          m.to.includes('story@example.vn') && m.text.includes('Please send a sharper portrait.'),
      ),
    )
  })

  it('lets only one of two officers approving the last quota place at once succeed', async () => {
    const outlet = await prepareCongress(payload, {
      reporter: 1,
      photographer: 0,
      cameraOperator: 0,
      technician: 0,
    })
    gateway.clearCache()
    const [a, b] = [
      await apply({ outlet: String(outlet.id) }),
      await apply({ outlet: String(outlet.id) }),
    ]
    const [officer1, officer2] = [
      await makeStaff(payload, ['accreditation-officer']),
      await makeStaff(payload, ['accreditation-officer']),
    ]
    const results = await Promise.allSettled([
      payload.update({
        collection: 'accreditation-requests',
        id: a.statusToken.split('.')[0]!,
        data: { status: 'approved' },
        overrideAccess: false,
        user: officer1,
      }),
      payload.update({
        collection: 'accreditation-requests',
        id: b.statusToken.split('.')[0]!,
        data: { status: 'approved' },
        overrideAccess: false,
        user: officer2,
      }),
    ])
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1)
    const failure = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    assert.equal(failure.reason.status, 409)
    assert.equal(failure.reason.data?.refusal, 'quota-reached')
    assert.match(failure.reason.message, /đã dùng 1\/1 suất phóng viên/)
    const approved = await payload.count({
      collection: 'accreditation-requests',
      where: { and: [{ outlet: { equals: outlet.id } }, { status: { equals: 'approved' } }] },
    })
    assert.equal(approved.totalDocs, 1)
  })

  it('frees the quota place when an approval is reopened', async () => {
    const outlet = await prepareCongress(payload, {
      reporter: 1,
      photographer: 0,
      cameraOperator: 0,
      technician: 0,
    })
    gateway.clearCache()
    const [a, b] = [
      await apply({ outlet: String(outlet.id) }),
      await apply({ outlet: String(outlet.id) }),
    ]
    const officer = await makeStaff(payload, ['accreditation-officer'])
    const update = (token: string, status: 'approved' | 'in-review') =>
      payload.update({
        collection: 'accreditation-requests',
        id: token.split('.')[0]!,
        data: { status },
        overrideAccess: false,
        user: officer,
      })
    await update(a.statusToken, 'approved')
    await assert.rejects(
      update(b.statusToken, 'approved'),
      (e: { status?: number }) => e.status === 409,
    )
    await update(a.statusToken, 'in-review')
    await update(b.statusToken, 'approved')
  })

  it('lets the applicant withdraw, and then nothing more', async () => {
    const { statusToken } = await apply()
    assert.equal(await gateway.withdrawApplication(statusToken), 'withdrawn')
    assert.equal((await gateway.openApplication(statusToken))?.status, 'withdrawn')
    assert.equal(await gateway.withdrawApplication(statusToken), 'not-allowed')
  })
})

describe('outlets', () => {
  it('show their names to the public form but keep quotas and contacts for staff', async () => {
    const list = await payload.find({
      collection: 'outlets',
      overrideAccess: false,
      user: null,
      where: { id: { equals: outletId } },
    })
    assert.ok(list.docs[0]?.name)
    assert.equal(list.docs[0]?.quotas, undefined)
    const officer = await makeStaff(payload, ['accreditation-officer'])
    const full = await payload.findByID({
      collection: 'outlets',
      id: outletId,
      overrideAccess: false,
      user: officer,
    })
    assert.equal(full.quotas?.reporter, 1)
    await assert.rejects(
      payload.update({
        collection: 'outlets',
        id: outletId,
        overrideAccess: false,
        user: await makeStaff(payload, ['editor']),
        data: { name: 'x' },
      }),
      forbidden,
    )
  })
})
