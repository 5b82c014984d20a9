import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'

import type { Payload } from 'payload'

import { applicationForm, prepareCongress } from './fixtures/application'
import { forbidden, makeStaff, startTestPayload } from './harness'

/**
 * The personal-data lifecycle on a real SQLite file and real files: the staff access log, export
 * of one applicant, erasure, and the retention purge (dry run and applied).
 */
let payload: Payload
let dir: string
let cleanup: () => Promise<void>
let gateway: typeof import('~/site/lib/cms')
// Imported after startTestPayload: cms/paths reads DATA_DIR as it loads.
let lifecycle: {
  exportApplicant: typeof import('~/cms/lifecycle/exportApplicant').exportApplicant
  eraseApplicant: typeof import('~/cms/lifecycle/eraseApplicant').eraseApplicant
  purge: typeof import('~/cms/lifecycle/purge').purge
  emailsInFlight: typeof import('~/cms/collections/AccreditationRequests/hooks/notifyApplicant').emailsInFlight
  filesDir: string
}

before(async () => {
  ;({ payload, dir, cleanup } = await startTestPayload())
  gateway = await import('~/site/lib/cms')
  lifecycle = {
    ...(await import('~/cms/lifecycle/exportApplicant')),
    ...(await import('~/cms/lifecycle/eraseApplicant')),
    ...(await import('~/cms/lifecycle/purge')),
    ...(await import('~/cms/collections/AccreditationRequests/hooks/notifyApplicant')),
    filesDir: (await import('~/cms/paths')).APPLICANT_FILES_DIR,
  }
  await prepareCongress(payload, {
    reporter: 10,
    photographer: 10,
    cameraOperator: 10,
    technician: 0,
  })
})
after(async () => {
  await lifecycle.emailsInFlight()
  await cleanup()
})

const operator = { label: 'dpo@test.local (test)' }
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/** An application through the site's real form path; its id, reference, token, and stored file names. */
async function apply(fullName: string, idNumber: string) {
  // Each person their own address: a press account is one person's, and an address signs in to one account.
  const outcome = await gateway.submitApplication(
    await applicationForm({ fullName, idNumber, email: `applicant.${idNumber}@example.vn` }),
    'vi',
  )
  assert.ok(outcome.ok)
  const id = Number(outcome.statusToken.split('.')[0])
  const request = await payload.findByID({
    collection: 'accreditation-requests',
    id,
    depth: 1,
    overrideAccess: true,
  })
  const files = [request.portrait, request.letter].map((file) =>
    typeof file === 'object' ? file.filename! : '',
  )
  return { id, reference: outcome.referenceCode, token: outcome.statusToken, files }
}

async function approveWithCheckIn(id: number, officer: Awaited<ReturnType<typeof makeStaff>>) {
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
  await payload.create({
    collection: 'check-ins',
    overrideAccess: true,
    data: {
      pass: pass.id,
      passNumber: pass.passNumber,
      day: '2025-10-16',
      zone: 'press-centre',
      verdict: 'valid',
      scannedAt: '2025-10-16T01:00:00.000Z',
    },
  })
  return pass
}

const accessLog = async () =>
  (
    await payload.find({
      collection: 'access-log',
      overrideAccess: true,
      pagination: false,
      sort: 'createdAt',
    })
  ).docs

describe('staff access log', () => {
  it('records who of the staff opened which application, not the applicant nor the portal itself, and only admins read it', async () => {
    const officer = await makeStaff(payload, ['accreditation-officer'])
    const admin = await makeStaff(payload, ['admin'])
    const app = await apply('Lê Văn Nhật Ký', '096190011111')
    const before = (await accessLog()).length
    await gateway.openApplication(app.token)
    await payload.findByID({
      collection: 'accreditation-requests',
      id: app.id,
      overrideAccess: true,
    })
    await payload.find({
      collection: 'accreditation-requests',
      overrideAccess: false,
      user: officer,
    })
    assert.equal(
      (await accessLog()).length,
      before,
      'the applicant, internal reads and list pages are not logged',
    )
    await payload.findByID({
      collection: 'accreditation-requests',
      id: app.id,
      overrideAccess: false,
      user: officer,
    })
    const entries = (await accessLog()).slice(before)
    assert.equal(entries.length, 1)
    assert.deepEqual(
      [
        entries[0]!.action,
        entries[0]!.referenceCode,
        entries[0]!.documentId,
        entries[0]!.staffLabel,
      ],
      ['opened-application', app.reference, String(app.id), officer.email],
    )
    assert.equal(
      (await payload.find({ collection: 'access-log', overrideAccess: false, user: admin }))
        .totalDocs,
      (await accessLog()).length,
    )
    await assert.rejects(
      payload.find({ collection: 'access-log', overrideAccess: false, user: officer }),
      forbidden,
    )
    await assert.rejects(
      payload.create({
        collection: 'access-log',
        overrideAccess: false,
        user: admin,
        data: { staffLabel: 'x', action: 'opened-file', collectionSlug: 'x', documentId: '1' },
      }),
      forbidden,
    )
  })
})

describe('export of one applicant (access request)', () => {
  it('writes everything held — application, files byte for byte, pass, check-ins, audit trail — and logs the export', async () => {
    const officer = await makeStaff(payload, ['accreditation-officer'])
    const app = await apply('Phạm Thị Xuất Dữ', '096190022222')
    const pass = await approveWithCheckIn(app.id, officer)
    const exported = await lifecycle.exportApplicant(
      payload,
      app.reference,
      path.join(dir, 'exports'),
      operator,
    )
    assert.ok(exported)
    const json = JSON.parse(readFileSync(path.join(exported.folder, 'applicant.json'), 'utf8'))
    assert.equal(json.request.fullName, 'Phạm Thị Xuất Dữ')
    assert.equal(json.request.idNumber, '096190022222')
    assert.equal(json.pass.passNumber, pass.passNumber)
    assert.equal(json.pressAccount.accredited, true, 'the press-area account is part of the export')
    assert.ok(
      !('hash' in json.pressAccount) &&
        !('salt' in json.pressAccount) &&
        !('resetPasswordToken' in json.pressAccount),
      'but never its password hash or link token',
    )
    assert.equal(json.checkIns.length, 1)
    // The confirmation e-mail's entry may fall anywhere in between (it is sent after the commit).
    assert.deepEqual(
      json.audit
        .map((e: { action: string }) => e.action)
        .filter((a: string) => !a.startsWith('email-'))
        .slice(0, 2),
      ['submitted', 'status-changed'],
    )
    assert.deepEqual(exported.files.sort(), ['files/letter.pdf', 'files/portrait.jpg'])
    assert.equal(
      sha(path.join(exported.folder, 'files/portrait.jpg')),
      sha(path.join(lifecycle.filesDir, app.files[0]!)),
    )
    assert.equal(
      sha(path.join(exported.folder, 'files/letter.pdf')),
      sha(path.join(lifecycle.filesDir, app.files[1]!)),
    )
    const last = (await accessLog()).at(-1)!
    assert.deepEqual(
      [last.action, last.referenceCode, last.staffLabel],
      ['exported-applicant', app.reference, operator.label],
    )
    assert.equal(
      await lifecycle.exportApplicant(payload, 'DH1-9999', path.join(dir, 'exports'), operator),
      null,
    )
  })
})

describe('erasure of one applicant', () => {
  it('deletes the application, its files on disk, its pass and press account, unlinks check-ins, and keeps an audit trail without personal data', async () => {
    const officer = await makeStaff(payload, ['accreditation-officer'])
    const name = 'Hoàng Văn Xóa Bỏ'
    const app = await apply(name, '096190033333')
    const pass = await approveWithCheckIn(app.id, officer)
    await payload.findByID({
      collection: 'accreditation-requests',
      id: app.id,
      overrideAccess: false,
      user: officer,
    })
    await lifecycle.emailsInFlight()
    const erased = await lifecycle.eraseApplicant(payload, app.reference, {
      userId: null,
      label: operator.label,
    })
    assert.deepEqual(
      { ...erased, auditEntriesKept: 0 },
      {
        referenceCode: app.reference,
        files: 2,
        pass: true,
        pressAccount: true,
        checkInsUnlinked: 1,
        auditEntriesKept: 0,
      },
    )
    assert.equal(
      (
        await payload.count({
          collection: 'journalists',
          where: { request: { equals: app.id } },
          overrideAccess: true,
        })
      ).totalDocs,
      0,
      'the press account is gone',
    )

    assert.equal(
      (
        await payload.count({
          collection: 'accreditation-requests',
          where: { referenceCode: { equals: app.reference } },
          overrideAccess: true,
        })
      ).totalDocs,
      0,
    )
    assert.equal(
      (
        await payload.count({
          collection: 'passes',
          where: { id: { equals: pass.id } },
          overrideAccess: true,
        })
      ).totalDocs,
      0,
    )
    for (const file of app.files)
      assert.equal(
        existsSync(path.join(lifecycle.filesDir, file)),
        false,
        `${file} is gone from disk`,
      )
    const checkIns = await payload.find({
      collection: 'check-ins',
      where: { scannedAt: { equals: '2025-10-16T01:00:00.000Z' } },
      overrideAccess: true,
      pagination: false,
    })
    assert.ok(
      checkIns.docs.every((c) => c.passNumber !== pass.passNumber),
      'no check-in names the erased pass',
    )

    const audit = (
      await payload.find({
        collection: 'audit-entries',
        where: { referenceCode: { equals: app.reference } },
        overrideAccess: true,
        pagination: false,
        sort: 'createdAt',
      })
    ).docs
    assert.equal(audit.length, erased!.auditEntriesKept)
    assert.deepEqual(
      audit.map((e) => e.action).filter((a) => !a.startsWith('email-')),
      ['submitted', 'status-changed', 'erased'],
    )
    assert.ok(audit.every((e) => e.request === null || e.request === undefined))
    const decision = audit.find((e) => e.action === 'status-changed')!
    assert.deepEqual(
      [
        decision.actorType,
        decision.actor && typeof decision.actor === 'object' ? decision.actor.id : decision.actor,
      ],
      ['staff', officer.id],
      'the staff member stays named',
    )
    const everything = JSON.stringify([audit, await accessLog()])
    assert.ok(
      !everything.includes(name) && !everything.includes('096190033333'),
      'neither the name nor the ID number remains',
    )
    // The same person may apply again: the ID number is free.
    assert.ok(
      (
        await gateway.submitApplication(
          await applicationForm({ fullName: name, idNumber: '096190033333' }),
          'vi',
        )
      ).ok,
    )
    assert.equal(await lifecycle.eraseApplicant(payload, 'DH1-9999', operator), null)
  })
})

describe('retention purge', () => {
  it('a dry run deletes nothing; applied, it deletes documents after the congress, closed applications after their period, and old check-ins', async () => {
    const officer = await makeStaff(payload, ['accreditation-officer'])
    const kept = await apply('Trần Văn Giữ Lại', '096190044444')
    await approveWithCheckIn(kept.id, officer)
    const rejected = await apply('Ngô Thị Từ Chối', '096190055555')
    await payload.update({
      collection: 'accreditation-requests',
      id: rejected.id,
      data: {
        status: 'rejected',
        reasonCode: 'incomplete-documents',
        decisionMessage: 'Thiếu giấy tờ',
      },
      overrideAccess: false,
      user: officer,
    })
    const withdrawn = await apply('Đỗ Văn Rút Lui', '096190066666')
    assert.equal(await gateway.withdrawApplication(withdrawn.token), 'withdrawn')
    await lifecycle.emailsInFlight()
    const policy = {
      documentsDaysAfterEvent: 30,
      closedApplicationsDays: 90,
      checkInsDaysAfterEvent: 60,
    }
    const onDisk = () => readdirSync(lifecycle.filesDir).length

    const soon = await lifecycle.purge(payload, policy, {
      apply: false,
      now: new Date(Date.now() + 10 * 86_400_000),
      operator,
    })
    assert.deepEqual(soon.applicationsErased, [], 'closed 10 days ago: kept')
    assert.ok(
      soon.documentsDeleted.some((d) => d.referenceCode === kept.reference),
      'the congress (2025) ended long ago: documents are due',
    )

    const later = new Date(Date.now() + 100 * 86_400_000)
    // Left by an application whose process was killed before its transaction: no row names it.
    const orphan = path.join(lifecycle.filesDir, 'interrupted-upload.jpg')
    writeFileSync(orphan, 'personal data')
    utimesSync(orphan, new Date(Date.now() - 2 * 3600_000), new Date(Date.now() - 2 * 3600_000))
    const recent = path.join(lifecycle.filesDir, 'upload-in-progress.jpg')
    writeFileSync(recent, 'an application being written right now')
    const filesBefore = onDisk()
    const dry = await lifecycle.purge(payload, policy, { apply: false, now: later, operator })
    assert.deepEqual(
      dry.applicationsErased.map((a) => a.referenceCode).sort(),
      [rejected.reference, withdrawn.reference].sort(),
    )
    assert.ok(dry.documentsDeleted.some((d) => d.referenceCode === kept.reference))
    assert.ok(dry.checkInsDeleted >= 1)
    assert.equal(dry.orphanFilesDeleted, 1, 'the old orphan is due, the fresh upload is not')
    assert.equal(onDisk(), filesBefore, 'a dry run deletes no file')
    assert.equal(
      (
        await payload.count({
          collection: 'accreditation-requests',
          where: { id: { equals: rejected.id } },
          overrideAccess: true,
        })
      ).totalDocs,
      1,
    )

    const applied = await lifecycle
      .purge(payload, policy, { apply: true, now: new Date(), operator })
      .then(async (first) => {
        assert.deepEqual([existsSync(orphan), existsSync(recent)], [false, true])
        assert.equal(first.orphanFilesDeleted, 1)
        return lifecycle.purge(payload, policy, { apply: true, now: later, operator })
      })
    assert.deepEqual(applied.applicationsErased, dry.applicationsErased)
    for (const file of [...kept.files, ...rejected.files, ...withdrawn.files])
      assert.equal(existsSync(path.join(lifecycle.filesDir, file)), false, `${file} deleted`)
    const keptRow = await payload.findByID({
      collection: 'accreditation-requests',
      id: kept.id,
      depth: 1,
      overrideAccess: true,
    })
    assert.equal(
      keptRow.status,
      'approved',
      'the approved application stays, without its documents',
    )
    assert.ok(typeof keptRow.portrait === 'object' && keptRow.portrait.purgedAt)
    assert.equal(
      (
        await payload.count({
          collection: 'accreditation-requests',
          where: { id: { in: [rejected.id, withdrawn.id] } },
          overrideAccess: true,
        })
      ).totalDocs,
      0,
    )
    assert.equal(
      (
        await payload.count({
          collection: 'check-ins',
          where: { scannedAt: { less_than: applied.checkInsBefore } },
          overrideAccess: true,
        })
      ).totalDocs,
      0,
    )
    const trail = JSON.stringify(
      (await payload.find({ collection: 'audit-entries', overrideAccess: true, pagination: false }))
        .docs,
    )
    assert.ok(
      !trail.includes('Thiếu giấy tờ') && !trail.includes('Ngô Thị Từ Chối'),
      'the rejection message and name are gone from the trail',
    )
    assert.ok(trail.includes(rejected.reference), 'the trail still names the reference')

    rmSync(recent)
    const again = await lifecycle.purge(payload, policy, { apply: true, now: later, operator })
    assert.deepEqual(
      [
        again.documentsDeleted.length,
        again.applicationsErased.length,
        again.checkInsDeleted,
        again.orphanFilesDeleted,
      ],
      [0, 0, 0, 0],
      'a second run finds nothing left',
    )
  })
})
