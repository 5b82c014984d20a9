import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { createLocalReq, type Payload } from 'payload'

import { setClock } from '~/cms/lib/time'
import { emailsInFlight } from '~/cms/collections/AccreditationRequests/hooks/notifyApplicant'
import type { User } from '~/cms/payload-types'
import { attendanceExport, attendanceSummary } from '~/cms/collections/CheckIns/attendance'
import { recordScan, type Scan } from '~/cms/checkin/operations/recordScan'
import { applicationForm, prepareCongress } from './fixtures/application'
import { makeStaff, notFoundOrForbidden, startTestPayload } from './harness'

let payload: Payload
let cleanup: () => Promise<void>
let gateway: typeof import('~/site/lib/cms')
let door: User

before(async () => {
  ;({ payload, cleanup } = await startTestPayload())
  gateway = await import('~/site/lib/cms')
  await prepareCongress(payload)
  // The door scans today's lists only: these tests live on the test congress's first day.
  setClock(new Date('2025-10-16T03:00:00Z'))
  door = await makeStaff(payload, ['checkin-staff'])
})
after(async () => {
  await emailsInFlight()
  await cleanup()
  setClock(null)
})

async function approvedPass(role = 'reporter') {
  const outcome = await gateway.submitApplication(
    await applicationForm({ role, days: ['2025-10-16'] }),
    'vi',
  )
  assert.ok(outcome.ok)
  const officer = await makeStaff(payload, ['accreditation-officer'])
  await payload.update({
    collection: 'accreditation-requests',
    id: outcome.statusToken.split('.')[0]!,
    data: { status: 'approved' },
    overrideAccess: false,
    user: officer,
  })
  const phone = (await gateway.getPhonePass(outcome.statusToken))!
  const pass = (
    await payload.find({
      collection: 'passes',
      where: { passNumber: { equals: phone.passNumber } },
      overrideAccess: true,
    })
  ).docs[0]!
  return { token: phone.qrToken!, pass, officer }
}

const at = { day: '2025-10-16', zone: 'press-centre' as const }

/** One scan through the operation, as the given staff member. */
const scanAs = async (staff: User, scan: Scan) =>
  recordScan(await createLocalReq({ user: staff }, payload), scan)

describe('check-in at the door', () => {
  it('admits a genuine pass once, shows the holder, and refuses the second scan', async () => {
    const { token } = await approvedPass()
    const first = await scanAs(door, { code: token, ...at })
    assert.equal(first.verdict, 'valid')
    assert.equal(first.holder?.name, 'Trần Thị Bích Ngọc')
    assert.equal((await scanAs(door, { code: token, ...at })).verdict, 'already-checked-in')
  })

  it('gives the reason for every refusal, and logs each scan', async () => {
    const { token, pass, officer } = await approvedPass()
    // The pass is valid on the 16th only: on the congress's second day, its list says so.
    setClock(new Date('2025-10-17T03:00:00Z'))
    assert.equal(
      (await scanAs(door, { code: token, day: '2025-10-17', zone: 'press-centre' })).verdict,
      'wrong-day',
    )
    setClock(new Date('2025-10-16T03:00:00Z'))
    assert.equal(
      (await scanAs(door, { code: token, day: '2025-10-16', zone: 'photo-pool' })).verdict,
      'zone-not-allowed',
    )
    const [head, body, signature] = token.split('.') as [string, string, string]
    // One signature character changed for another (never the same one, never only the padding bits).
    const tampered = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`
    assert.equal(
      (await scanAs(door, { code: `${head}.${body}.${tampered}`, ...at })).verdict,
      'forged',
    )
    assert.equal((await scanAs(door, { code: 'not a pass', ...at })).verdict, 'unknown')
    await payload.update({
      collection: 'passes',
      id: pass.id,
      data: { status: 'revoked' },
      overrideAccess: false,
      user: officer,
    })
    assert.equal((await scanAs(door, { code: token, ...at })).verdict, 'revoked')
    // The door's log is read by the press office (check-in staff only scan).
    const log = await payload.find({
      collection: 'check-ins',
      where: { pass: { equals: pass.id } },
      overrideAccess: false,
      user: officer,
    })
    assert.deepEqual(log.docs.map((d) => d.verdict).sort(), [
      'revoked',
      'wrong-day',
      'zone-not-allowed',
    ])
  })

  it('refuses the old QR code after the pass is replaced by a new version', async () => {
    const { token, pass, officer } = await approvedPass()
    await payload.update({
      collection: 'passes',
      id: pass.id,
      data: { zones: ['press-centre', 'photo-pool'] },
      overrideAccess: false,
      user: officer,
    })
    assert.equal((await scanAs(door, { code: token, ...at })).verdict, 'outdated')
  })

  it('admits a pass once when two phones scan it at the same moment', async () => {
    const { token } = await approvedPass()
    const other = await makeStaff(payload, ['checkin-staff'])
    const verdicts = await Promise.all(
      [door, other, door, other].map((staff) => scanAs(staff, { code: token, ...at })),
    )
    assert.deepEqual(verdicts.map((v) => v.verdict).sort(), [
      'already-checked-in',
      'already-checked-in',
      'already-checked-in',
      'valid',
    ])
  })

  it('takes a pass number typed by hand', async () => {
    const { pass } = await approvedPass()
    assert.equal(
      (await scanAs(door, { code: pass.passNumber.toLowerCase(), ...at })).verdict,
      'valid',
    )
  })

  it('counts a scan synced twice from an offline phone once', async () => {
    const { token } = await approvedPass()
    const scan = {
      code: token,
      ...at,
      offline: true,
      scanId: 'phone-1-scan-17',
      scannedAt: '2025-10-16T01:02:03.000Z',
    }
    assert.equal((await scanAs(door, scan)).verdict, 'valid')
    assert.equal((await scanAs(door, scan)).replayed, true)
    const { docs } = await payload.find({
      collection: 'check-ins',
      where: { scanId: { equals: 'phone-1-scan-17' } },
      overrideAccess: true,
    })
    assert.equal(docs.length, 1)
    assert.equal(docs[0]!.offline, true)
  })

  it('admits again on lists the press office opens to re-entry, and only there', async () => {
    const { token } = await approvedPass('photographer')
    const officer = await makeStaff(payload, ['accreditation-officer'])
    await assert.rejects(
      payload.updateGlobal({
        slug: 'check-in-rules',
        data: { reentryZones: ['press-centre'] },
        overrideAccess: false,
        user: door,
      }),
      notFoundOrForbidden,
    )
    await payload.updateGlobal({
      slug: 'check-in-rules',
      data: { reentryZones: ['press-centre'] },
      overrideAccess: false,
      user: officer,
    })
    try {
      const first = await scanAs(door, { code: token, ...at })
      const again = await scanAs(door, { code: token, ...at })
      assert.deepEqual(
        [first.verdict, first.reentry, again.verdict, again.reentry],
        ['valid', false, 'valid', true],
      )
      const gallery = { day: '2025-10-16', zone: 'plenary-gallery' as const }
      assert.equal((await scanAs(door, { code: token, ...gallery })).verdict, 'valid')
      assert.equal((await scanAs(door, { code: token, ...gallery })).verdict, 'already-checked-in')
      assert.deepEqual((await gateway.offlineCheckInData(door)).reentryZones, ['press-centre'])
    } finally {
      await payload.updateGlobal({
        slug: 'check-in-rules',
        data: { reentryZones: [] },
        overrideAccess: true,
      })
    }
  })

  it('lets only check-in staff and admins scan, and keeps the log from editors', async () => {
    const { token } = await approvedPass()
    const editor = await makeStaff(payload, ['editor'])
    await assert.rejects(
      scanAs(editor, { code: token, ...at }),
      (e: { status?: number }) => e.status === 403,
    )
    await assert.rejects(
      payload.find({ collection: 'check-ins', overrideAccess: false, user: editor }),
      notFoundOrForbidden,
    )
  })
})

describe('attendance for the press office', () => {
  it('counts admissions per list and exports every scan, for officers only', async () => {
    const officer = await makeStaff(payload, ['accreditation-officer'])
    const req = await createLocalReq(
      { user: { ...officer, collection: 'users' } as never },
      payload,
    )
    const summary = (await (await attendanceSummary.handler(req)).json()) as {
      lists: { zone: string; admitted: number; refused: number }[]
      total: { scans: number; admitted: number }
    }
    const { totalDocs } = await payload.count({ collection: 'check-ins', overrideAccess: true })
    const admitted = (
      await payload.count({
        collection: 'check-ins',
        where: { verdict: { equals: 'valid' } },
        overrideAccess: true,
      })
    ).totalDocs
    assert.equal(summary.total.scans, totalDocs)
    assert.equal(summary.total.admitted, admitted)
    assert.ok(
      summary.lists.some(
        (list) => list.zone === 'press-centre' && list.admitted > 0 && list.refused > 0,
      ),
    )
    const csv = await (await attendanceExport.handler(req)).text()
    assert.equal(csv.trim().split('\r\n').length, totalDocs + 1)
    const editor = await createLocalReq(
      { user: { ...(await makeStaff(payload, ['editor'])), collection: 'users' } as never },
      payload,
    )
    await assert.rejects(
      async () => attendanceSummary.handler(editor),
      (e: { status?: number }) => e.status === 403,
    )
  })
})
