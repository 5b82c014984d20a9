import assert from 'node:assert/strict'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'

import { setClock } from '~/cms/lib/time'

import type { Payload } from 'payload'

import { emailsInFlight } from '~/cms/collections/AccreditationRequests/hooks/notifyApplicant'
import { publicKeyFrom, verifyPassToken } from '~/cms/lib/passes/passToken'
import { decodeQrSvg } from '../support/decodeQr'
import { applicationForm, prepareCongress } from './fixtures/application'
import { makeStaff, notFoundOrForbidden, startTestPayload } from './harness'

let payload: Payload
let cleanup: () => Promise<void>
let gateway: typeof import('~/site/lib/cms')

before(async () => {
  // The test congress's days (16–17 October 2025) are still to come on the eve of its first day.
  setClock(new Date('2025-10-15T03:00:00Z'))
  ;({ payload, cleanup } = await startTestPayload())
  gateway = await import('~/site/lib/cms')
  await prepareCongress(payload)
})
after(async () => {
  await emailsInFlight()
  await cleanup()
  setClock(null)
})

async function approvedApplication(role = 'photographer') {
  const outcome = await gateway.submitApplication(await applicationForm({ role }), 'vi')
  assert.ok(outcome.ok)
  const id = outcome.statusToken.split('.')[0]!
  const officer = await makeStaff(payload, ['accreditation-officer'])
  await payload.update({
    collection: 'accreditation-requests',
    id,
    data: { status: 'approved' },
    overrideAccess: false,
    user: officer,
  })
  return { id, officer, token: outcome.statusToken }
}

const passOf = async (requestId: string) =>
  (
    await payload.find({
      collection: 'passes',
      where: { request: { equals: requestId } },
      overrideAccess: true,
    })
  ).docs[0]

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
    const revoked = await payload.update({
      collection: 'passes',
      id: pass.id,
      data: { status: 'revoked', revokedReason: 'Lost badge' },
      overrideAccess: false,
      user: officer,
    })
    assert.equal(revoked.version, 2)
    assert.ok(revoked.revokedAt)
    const forged = await payload.update({
      collection: 'passes',
      id: pass.id,
      data: { version: 1 } as never,
      overrideAccess: false,
      user: officer,
    })
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
    for (const user of [
      null,
      await makeStaff(payload, ['editor']),
      await makeStaff(payload, ['checkin-staff']),
    ]) {
      await assert.rejects(
        payload.findByID({ collection: 'passes', id: pass.id, overrideAccess: false, user }),
        notFoundOrForbidden,
      )
    }
    await assert.rejects(
      payload.create({
        collection: 'passes',
        overrideAccess: false,
        user: await makeStaff(payload, ['accreditation-officer']),
        data: {
          passNumber: 'P-9999',
          request: Number(id),
          version: 1,
          status: 'active',
          days: [],
          zones: [],
        },
      }),
      notFoundOrForbidden,
    )
  })
})

describe('the pass on the phone', () => {
  it('shows a QR code that a real decoder reads and the event public key verifies', async () => {
    const { id, token } = await approvedApplication('reporter')
    const phone = await gateway.getPhonePass(token)
    assert.ok(phone?.qrSvg)
    const decoded = await decodeQrSvg(phone.qrSvg)
    assert.equal(decoded, phone.qrToken)
    const verified = verifyPassToken(publicKeyFrom(process.env.PASS_PUBLIC_KEY!), decoded!)
    assert.ok(verified.ok)
    const pass = (await passOf(id))!
    // The code names the pass's event: another event's door refuses it, online and offline.
    assert.deepEqual(verified.claims, {
      p: pass.serial,
      v: 1,
      d: pass.days,
      z: pass.zones,
      e: String(typeof pass.event === 'object' ? pass.event?.id : pass.event),
    })
    assert.equal(phone.eventName, 'Đại hội thử nghiệm')
    assert.match(
      pass.serial!,
      /^[A-Za-z0-9_-]{22}$/,
      'the code names the random serial, not the row id',
    )
    assert.doesNotMatch(
      Buffer.from(decoded!.split('.')[1]!, 'base64url').toString(),
      /Trần|ngoc|0961900/i,
      'personal data in the QR',
    )
  })

  it('shows no code once the pass is revoked, and nothing at all before approval', async () => {
    const { id, officer, token } = await approvedApplication('reporter')
    const pass = (await passOf(id))!
    await payload.update({
      collection: 'passes',
      id: pass.id,
      data: { status: 'revoked' },
      overrideAccess: false,
      user: officer,
    })
    const phone = await gateway.getPhonePass(token)
    assert.equal(phone?.status, 'revoked')
    assert.equal(phone?.qrSvg, null)
    const pending = await gateway.submitApplication(await applicationForm(), 'vi')
    assert.ok(pending.ok)
    assert.equal(await gateway.getPhonePass(pending.statusToken), null)
  })
})

describe('the printable badge', () => {
  const tool = (name: string) => spawnSync('which', [name]).status === 0
  const skip =
    tool('pdftoppm') && tool('zbarimg')
      ? false
      : 'needs pdftoppm and zbarimg (apt-get install poppler-utils zbar-tools)'

  it(
    'is an A6 PDF whose QR code a real decoder reads back, with the name in Vietnamese',
    { skip },
    async () => {
      const { token } = await approvedApplication('photographer')
      const phone = (await gateway.getPhonePass(token))!
      const started = performance.now()
      const pdf = await gateway.getPassBadge(token, 'vi', () => ({
        title: 'Thẻ tác nghiệp',
        role: 'Phóng viên ảnh',
        days: '16/10 · 17/10',
        zones: 'Trung tâm Báo chí',
      }))
      console.log(
        `badge PDF generated in ${(performance.now() - started).toFixed(0)} ms, ${pdf!.length} bytes`,
      )
      assert.ok(pdf && Buffer.from(pdf.subarray(0, 5)).toString() === '%PDF-')
      const dir = mkdtempSync(path.join(tmpdir(), 'badge-'))
      try {
        writeFileSync(path.join(dir, 'badge.pdf'), pdf)
        execFileSync('pdftoppm', [
          '-r',
          '200',
          '-png',
          path.join(dir, 'badge.pdf'),
          path.join(dir, 'page'),
        ])
        const png = readdirSync(dir).find((f) => f.endsWith('.png'))!
        const decoded = execFileSync('zbarimg', ['--quiet', '--raw', path.join(dir, png)], {
          encoding: 'utf8',
        }).trim()
        assert.equal(decoded, phone.qrToken)
        const text = execFileSync('pdftotext', [path.join(dir, 'badge.pdf'), '-'], {
          encoding: 'utf8',
        })
        assert.match(text, /Trần Thị Bích Ngọc/)
        assert.match(text, /Phóng viên ảnh/)
        const size = execFileSync('pdfinfo', [path.join(dir, 'badge.pdf')], { encoding: 'utf8' })
        // A6 is 105 × 148 mm = 297.6 × 419.5 pt.
        assert.match(size, /Page size:\s+297\.6\d* x 419\.5\d* pts/)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    },
  )
})
