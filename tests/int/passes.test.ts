import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import type { Payload } from 'payload'

import { emailsInFlight } from '../../cms/collections/AccreditationRequests/hooks/notifyApplicant'
import { applicationForm, prepareCongress } from './fixtures/application'
import { makeStaff, notFoundOrForbidden, startTestPayload } from './harness'

let payload: Payload
let cleanup: () => Promise<void>
let gateway: typeof import('../../site/lib/cms')

before(async () => {
  ;({ payload, cleanup } = await startTestPayload())
  gateway = await import('../../site/lib/cms')
  await prepareCongress(payload)
})
after(async () => {
  await emailsInFlight()
  await cleanup()
})

async function approvedApplication(role = 'photographer') {
  const outcome = await gateway.submitApplication(await applicationForm({ role }), 'vi')
  assert.ok(outcome.ok)
  const id = outcome.statusToken.split('.')[0]!
  const officer = await makeStaff(payload, ['accreditation-officer'])
  await payload.update({ collection: 'accreditation-requests', id, data: { status: 'approved' }, overrideAccess: false, user: officer })
  return { id, officer, token: outcome.statusToken }
}

const passOf = async (requestId: string) =>
  (await payload.find({ collection: 'passes', where: { request: { equals: requestId } }, overrideAccess: true })).docs[0]

describe('press passes', () => {
  it('are issued on approval with the requested days and the zones of the role', async () => {
    const { id } = await approvedApplication('photographer')
    const pass = await passOf(id)
    assert.ok(pass)
    assert.match(pass.passNumber, /^P-\d{4}$/)
    assert.equal(pass.version, 1)
    assert.equal(pass.status, 'active')
    assert.deepEqual(pass.days, ['2025-10-16', '2025-10-17'])
    assert.deepEqual(pass.zones, ['press-centre', 'plenary-gallery', 'photo-pool'])
  })

  it('get a new version when revoked, so the old QR code is refused', async () => {
    const { id, officer } = await approvedApplication('reporter')
    const pass = (await passOf(id))!
    const revoked = await payload.update({ collection: 'passes', id: pass.id, data: { status: 'revoked', revokedReason: 'Lost badge' }, overrideAccess: false, user: officer })
    assert.equal(revoked.version, 2)
    assert.ok(revoked.revokedAt)
    const forged = await payload.update({ collection: 'passes', id: pass.id, data: { version: 1 } as never, overrideAccess: false, user: officer })
    assert.equal(forged.version, 2, 'staff cannot wind the version back')
  })

  it('are revoked when the applicant withdraws after approval', async () => {
    const { id, token } = await approvedApplication('technician')
    assert.equal(await gateway.withdrawApplication(token), 'withdrawn')
    const pass = (await passOf(id))!
    assert.equal(pass.status, 'revoked')
    assert.equal(pass.version, 2)
  })

  it('stay out of reach of editors, check-in staff and anonymous callers', async () => {
    const { id } = await approvedApplication()
    const pass = (await passOf(id))!
    for (const user of [null, await makeStaff(payload, ['editor']), await makeStaff(payload, ['checkin-staff'])]) {
      await assert.rejects(payload.findByID({ collection: 'passes', id: pass.id, overrideAccess: false, user }), notFoundOrForbidden)
    }
    await assert.rejects(
      payload.create({ collection: 'passes', overrideAccess: false, user: await makeStaff(payload, ['accreditation-officer']), data: { passNumber: 'P-9999', request: Number(id), version: 1, status: 'active', days: [], zones: [] } }),
      notFoundOrForbidden,
    )
  })
})
