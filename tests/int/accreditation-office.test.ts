import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { vettingExport, vettingImport } from '~/cms/collections/AccreditationRequests/vetting'
import { emailsInFlight } from '~/cms/collections/AccreditationRequests/hooks/notifyApplicant'
import { parseVettingCsv } from '~/cms/lib/accreditation/vettingCsv'
import { applicationForm, prepareCongress } from './fixtures/application'
import { makeStaff, startTestPayload } from './harness'

let payload: Payload
let cleanup: () => Promise<void>
let gateway: typeof import('~/site/lib/cms')

before(async () => {
  ;({ payload, cleanup } = await startTestPayload())
  gateway = await import('~/site/lib/cms')
})
after(async () => {
  await emailsInFlight()
  await cleanup()
})

async function apply(overrides: Parameters<typeof applicationForm>[0] = {}) {
  const outcome = await gateway.submitApplication(await applicationForm(overrides), 'vi')
  assert.ok(outcome.ok, JSON.stringify(!outcome.ok && outcome.errors))
  return { ...outcome, id: outcome.statusToken.split('.')[0]! }
}

const asRequest = async (user: unknown, body?: string): Promise<PayloadRequest> => {
  const req = await createLocalReq({ user: user as never }, payload)
  return Object.assign(req, { text: async () => body ?? '' })
}

describe('the press office at work', () => {
  it('records which version of the rules was accepted, and when', async () => {
    await prepareCongress(payload)
    gateway.clearCache()
    const { id } = await apply()
    const doc = await payload.findByID({
      collection: 'accreditation-requests',
      id,
      overrideAccess: true,
    })
    assert.equal(doc.rulesVersion, '1.0')
    assert.ok(doc.rulesAcceptedAt && doc.dataConsentAt)
    assert.ok(Date.now() - new Date(doc.dataConsentAt).getTime() < 60_000)
  })

  it('bulk-approves selected applications up to the quota and says which ones did not fit', async () => {
    const outlet = await prepareCongress(payload, {
      reporter: 2,
      photographer: 0,
      cameraOperator: 0,
      technician: 0,
    })
    gateway.clearCache()
    const ids = [
      (await apply({ outlet: String(outlet.id) })).id,
      (await apply({ outlet: String(outlet.id) })).id,
      (await apply({ outlet: String(outlet.id) })).id,
    ]
    const officer = await makeStaff(payload, ['accreditation-officer'])
    const result = await payload.update({
      collection: 'accreditation-requests',
      where: { id: { in: ids } },
      data: { status: 'approved' },
      overrideAccess: false,
      user: officer,
    })
    assert.equal(result.docs.length, 2)
    assert.equal(result.errors.length, 1)
    assert.match(result.errors[0]!.message, /đã dùng 2\/2 suất phóng viên/)
  })

  it('exports open applications for vetting and imports the authorities’ answers', async () => {
    const officer = await makeStaff(payload, ['accreditation-officer'])
    const { referenceCode, id } = await apply({ fullName: 'Lê Văn Thẩm Tra' })
    const exported = await vettingExport.handler(await asRequest(officer))
    assert.equal(exported.status, 200)
    assert.match(exported.headers.get('content-type') ?? '', /text\/csv/)
    const csv = await exported.text()
    assert.ok(csv.includes('Lê Văn Thẩm Tra'))
    assert.ok(csv.includes(referenceCode))

    const filled = csv
      .replace(/\r\n/g, '\n')
      .split('\n')
      .map((line) =>
        line.startsWith(`"${referenceCode}"`) ? line.replace(/,,$/, ',đạt,Không có vấn đề') : line,
      )
      .join('\r\n')
    assert.equal(parseVettingCsv(filled).results.length, 1)
    const imported = await vettingImport.handler(await asRequest(officer, filled))
    assert.deepEqual(await imported.json(), { updated: 1, unknown: [], errors: [] })
    const doc = await payload.findByID({
      collection: 'accreditation-requests',
      id,
      overrideAccess: true,
    })
    assert.equal(doc.vetting?.result, 'cleared')
    const trail = await payload.find({
      collection: 'audit-entries',
      where: { and: [{ request: { equals: id } }, { action: { equals: 'vetting-imported' } }] },
      overrideAccess: true,
    })
    assert.equal(trail.totalDocs, 1)
    assert.equal(trail.docs[0]?.actorLabel, officer.name)
  })

  it('keeps the vetting lists from editors and refuses a file that is not a vetting list', async () => {
    const editor = await makeStaff(payload, ['editor'])
    await assert.rejects(
      async () => vettingExport.handler(await asRequest(editor)),
      (e: { status?: number }) => e.status === 403,
    )
    await assert.rejects(
      async () =>
        vettingImport.handler(await asRequest(null, 'reference,result\nDH1-0001,cleared')),
      (e: { status?: number }) => e.status === 403,
    )
    const officer = await makeStaff(payload, ['accreditation-officer'])
    const bad = await vettingImport.handler(await asRequest(officer, 'hello,world\n1,2'))
    assert.equal(bad.status, 400)
    const empty = await vettingImport.handler(await asRequest(officer, ''))
    assert.equal(empty.status, 400)
  })
})
