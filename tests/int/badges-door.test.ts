import assert from 'node:assert/strict'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'

import { createLocalReq, type Payload } from 'payload'
import { extractID } from 'payload/shared'
import { PDFDocument } from 'pdf-lib'

import { readOfflineData } from '~/cms/checkin/operations/readOfflineData'
import { recordScan, type Scan } from '~/cms/checkin/operations/recordScan'
import { emailsInFlight } from '~/cms/collections/AccreditationRequests/hooks/notifyApplicant'
import { verifyPassToken } from '~/cms/lib/passes/passToken'
import { setClock } from '~/cms/lib/time'
import { loadPassKeys } from '~/cms/passKeys'
import { printBadges } from '~/cms/passes/operations/printBadges'
import type { Pass, User } from '~/cms/payload-types'
import {
  applicationForm,
  CONGRESS_APPLICATIONS_OPEN,
  prepareCongress,
} from './fixtures/application'
import { forbidden, makeStaff, startTestPayload } from './harness'

let payload: Payload
let cleanup: () => Promise<void>
let gateway: typeof import('~/site/lib/cms')
let officer: User & { collection: 'users' }

before(async () => {
  ;({ payload, cleanup } = await startTestPayload())
  gateway = await import('~/site/lib/cms')
  await prepareCongress(payload)
  officer = await makeStaff(payload, ['accreditation-officer'])
})
after(async () => {
  await emailsInFlight()
  await cleanup()
  setClock(null)
})

/** A pass of an approved application, applied for and approved as the site and the admin do. */
async function approvedPass(
  fullName = 'Trần Thị Bích Ngọc',
): Promise<Pass & { statusToken: string }> {
  setClock(CONGRESS_APPLICATIONS_OPEN)
  const outcome = await gateway.submitApplication(
    await applicationForm({ fullName, days: ['2025-10-16'] }),
    'vi',
  )
  assert.ok(outcome.ok)
  const id = outcome.statusToken.split('.')[0]!
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
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]!
  return { ...pass, statusToken: outcome.statusToken }
}

const asUser = (user: Parameters<typeof createLocalReq>[0]['user']) =>
  createLocalReq({ user }, payload)

describe('a pass number typed at the door', () => {
  it('is read in every form staff type, logged as typed, and a second admission says when and where', async () => {
    const pass = await approvedPass()
    const door = await makeStaff(payload, ['checkin-staff'])
    setClock(new Date('2025-10-16T01:15:00Z')) // 08:15 in Vietnam, the congress's first day
    const sequence = Number(pass.passNumber.split('-')[1])
    const forms = [
      `p${sequence}`,
      `P${String(sequence).padStart(4, '0')}`,
      String(sequence).padStart(4, '0'),
      `p ${String(sequence).padStart(4, '0')}`,
      `p-${sequence}`,
      String(sequence),
    ]
    const scan = async (code: string): Promise<Awaited<ReturnType<typeof recordScan>>> =>
      recordScan(await asUser(door), { code, day: '2025-10-16', zone: 'press-centre' } as Scan)
    const first = await scan(forms[0]!)
    assert.equal(first.verdict, 'valid', forms[0])
    assert.equal(first.passNumber, pass.passNumber)
    assert.equal(first.earlier, null)
    setClock(new Date('2025-10-16T02:40:00Z'))
    for (const form of forms.slice(1)) {
      const again = await scan(form)
      assert.equal(again.verdict, 'already-checked-in', form)
      assert.equal(again.passNumber, pass.passNumber, form)
      assert.deepEqual(again.earlier, {
        at: '2025-10-16T01:15:00.000Z',
        day: '2025-10-16',
        zone: 'press-centre',
      })
    }
    // Another zone's list is another list: admitted there, by the bare number.
    const gallery = await recordScan(await asUser(door), {
      code: String(sequence),
      day: '2025-10-16',
      zone: 'plenary-gallery',
    })
    assert.equal(gallery.verdict, 'valid')
    const log = await payload.find({
      collection: 'check-ins',
      where: { pass: { equals: pass.id } },
      sort: 'createdAt',
      pagination: false,
      overrideAccess: false,
      user: officer,
    })
    assert.deepEqual(
      log.docs.map((d) => d.typed),
      [...forms, String(sequence)],
    )
    // Something that is no pass number is logged as typed too, and is not recognised.
    const typo = await scan('p1x7')
    assert.equal(typo.verdict, 'unknown')
    const typoLog = await payload.find({
      collection: 'check-ins',
      where: { typed: { equals: 'p1x7' } },
      overrideAccess: false,
      user: officer,
    })
    assert.equal(typoLog.docs[0]?.verdict, 'unknown')
    // The phone's offline data knows when each admission happened, for its own "already checked in".
    const offline = await readOfflineData(await asUser(door), { day: '2025-10-16' })
    const key = Object.keys(offline.admittedAt ?? {}).find(
      (k) =>
        k.endsWith(':2025-10-16:press-centre') &&
        offline.passes.some((p) => k.startsWith(p.serial) && p.passNumber === pass.passNumber),
    )
    assert.ok(key)
    assert.equal(offline.admittedAt![key], '2025-10-16T01:15:00.000Z')
  })

  it('does not log a scanned QR code as typed', async () => {
    const pass = await approvedPass()
    const door = await makeStaff(payload, ['checkin-staff'])
    setClock(new Date('2025-10-16T03:00:00Z'))
    const token = (await gateway.getPhonePass(pass.statusToken))!.qrToken!
    const result = await recordScan(await asUser(door), {
      code: token,
      day: '2025-10-16',
      zone: 'press-centre',
    })
    assert.equal(result.verdict, 'valid')
    const log = await payload.find({
      collection: 'check-ins',
      where: { pass: { equals: pass.id } },
      overrideAccess: false,
      user: officer,
    })
    assert.equal(log.docs.length, 1)
    assert.equal(log.docs[0]!.typed, null)
  })
})

describe('batch badge printing', () => {
  const tool = (name: string) => spawnSync('which', [name]).status === 0
  const skip =
    tool('pdftoppm') && tool('zbarimg') && tool('pdffonts')
      ? false
      : 'needs poppler-utils and zbar-tools'

  it('is refused to editors, check-in staff and journalists', async () => {
    const pass = await approvedPass()
    const where = { id: { equals: pass.id } }
    for (const roles of [['editor'], ['checkin-staff']] as const) {
      const staff = await makeStaff(payload, [...roles])
      await assert.rejects(printBadges(await asUser(staff), { where }), forbidden)
    }
    const journalist = (
      await payload.find({
        collection: 'journalists',
        where: { request: { equals: extractID(pass.request) } },
        overrideAccess: true,
      })
    ).docs[0]!
    await assert.rejects(
      printBadges(await asUser({ ...journalist, collection: 'journalists' }), { where }),
      forbidden,
    )
    await assert.rejects(printBadges(await asUser(undefined), { where }), forbidden)
  })

  it(
    'prints the selected passes four to an A4 sheet, every QR code the right pass, revoked ones left out and said so',
    { skip },
    async () => {
      const names = [
        'Nguyễn Văn Ánh',
        'Lê Thị Hồng Nhung',
        'Phạm Quốc Việt',
        'Đặng Thu Hà',
        'Võ Minh Đức',
        'Huỳnh Ngọc Trâm',
      ]
      const passes: Pass[] = []
      for (const name of names) passes.push(await approvedPass(name))
      const revoked = passes[2]!
      await payload.update({
        collection: 'passes',
        id: revoked.id,
        data: { status: 'revoked' },
        overrideAccess: false,
        user: officer,
      })
      setClock(null)
      const run = await printBadges(await asUser(officer), {
        where: { id: { in: passes.map((p) => p.id) } },
        locale: 'vi',
      })
      assert.deepEqual(
        run.skipped.map((s) => [s.passNumber, s.reason]),
        [[revoked.passNumber, 'revoked']],
      )
      assert.equal(run.skippedText, '1 × thẻ đã thu hồi')
      assert.equal(run.printed.length, 5)
      const doc = await PDFDocument.load(run.pdf)
      // Two A4 sheets (4 + 1 badges) and the page naming what was left out.
      assert.equal(doc.getPageCount(), 3)
      for (const page of doc.getPages().slice(0, 2)) {
        assert.ok(
          Math.abs(page.getWidth() - 595.28) < 0.1 && Math.abs(page.getHeight() - 841.89) < 0.1,
        )
      }
      const dir = mkdtempSync(path.join(tmpdir(), 'sheet-'))
      try {
        const file = path.join(dir, 'badges.pdf')
        writeFileSync(file, run.pdf)
        const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
        const rows = fonts.split('\n').slice(2).filter(Boolean)
        assert.ok(rows.length >= 2)
        for (const row of rows)
          assert.match(row, /^DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes\b/, row) // embedded
        const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
        for (const name of names.filter((_, i) => i !== 2)) assert.match(text, new RegExp(name))
        assert.match(text, new RegExp(`${revoked.passNumber} — thẻ đã thu hồi`))
        execFileSync('pdftoppm', [
          '-r',
          '200',
          '-png',
          '-f',
          '1',
          '-l',
          '2',
          file,
          path.join(dir, 'sheet'),
        ])
        const serials = new Map(
          (
            await payload.find({
              collection: 'passes',
              where: { id: { in: passes.map((p) => p.id) } },
              overrideAccess: true,
              pagination: false,
            })
          ).docs.map((p) => [p.serial, p]),
        )
        const decoded: string[] = []
        for (const png of readdirSync(dir)
          .filter((f) => f.endsWith('.png'))
          .sort()) {
          const out = spawnSync(
            'zbarimg',
            ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', path.join(dir, png)],
            { encoding: 'utf8' },
          )
          decoded.push(...out.stdout.split('\n').filter(Boolean))
        }
        assert.equal(decoded.length, 5)
        const numbers = decoded.map((code) => {
          const verified = verifyPassToken(loadPassKeys().publicKey, code)
          assert.ok(verified.ok, code)
          const pass = serials.get(verified.claims.p)!
          assert.equal(verified.claims.v, pass.version)
          return pass.passNumber
        })
        assert.deepEqual(numbers.sort(), run.printed.map((p) => p.passNumber).sort())
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
      // Each printed badge is in the staff access log.
      const logged = await payload.count({
        collection: 'access-log',
        where: {
          and: [{ action: { equals: 'printed-badge' } }, { staff: { equals: officer.id } }],
        },
        overrideAccess: true,
      })
      assert.equal(logged.totalDocs, 5)
    },
  )

  it('refuses a run with nothing to print, saying why', async () => {
    const pass = await approvedPass()
    await payload.update({
      collection: 'passes',
      id: pass.id,
      data: { status: 'revoked' },
      overrideAccess: false,
      user: officer,
    })
    await assert.rejects(
      printBadges(await asUser(officer), { where: { id: { equals: pass.id } }, locale: 'vi' }),
      (error: { status?: number; message?: string }) =>
        error.status === 400 && /thẻ đã thu hồi/.test(error.message ?? ''),
    )
  })
})
