import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect, type Page, test } from '@playwright/test'

import { localDate } from '~/cms/lib/time'
import { DEMO_PASSWORD } from '~/cms/seed/users'
import { passForToday, staffJwt } from './doorPasses'
import { staffEmail } from './journalists'
import { E2E_CMS_URL as CMS } from './ports'
import { screenshot } from './screenshot'

// The admin in its default language, Vietnamese (Payload follows the browser's language).
test.use({ locale: 'vi-VN' })

/** Where the screenshots of this slice are kept to be looked at. */
const SHOTS = process.env.BADGES_SHOTS ?? 'test-results/screenshots'

async function signInToAdmin(page: Page, role: string) {
  await page.goto(`${CMS}/admin/login`)
  await page.locator('#field-email').fill(staffEmail(role))
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('form button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

type RestPass = { id: number; passNumber: string; serial: string; version: number; status: string }

test('an officer selects passes in the admin and downloads one PDF of A4 sheets: every QR code decodes as its pass, revoked ones left out', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000)
  const made = []
  for (const name of ['Nguyễn Thị Ánh Dương', 'Lê Quốc Việt', 'Trịnh Thu Hằng'])
    made.push(await passForToday(request, name))
  const jwt = await staffJwt(request, 'accreditation-officer')
  const rest = async (passNumber: string) =>
    (
      (await (
        await request.get(`${CMS}/api/passes?where[passNumber][equals]=${passNumber}&depth=0`, {
          headers: { Authorization: `JWT ${jwt}` },
        })
      ).json()) as { docs: RestPass[] }
    ).docs[0]!
  const passes = await Promise.all(made.map((m) => rest(m.passNumber)))
  const revoked = passes[1]!
  expect(
    (
      await request.patch(`${CMS}/api/passes/${revoked.id}`, {
        headers: { Authorization: `JWT ${jwt}` },
        data: { status: 'revoked', revokedReason: 'Thử in hàng loạt' },
      })
    ).status(),
  ).toBe(200)

  await page.setViewportSize({ width: 1280, height: 900 })
  await signInToAdmin(page, 'accreditation-officer')
  await page.goto(`${CMS}/admin/collections/passes?limit=100`)
  const button = page.getByRole('button', { name: /In \d+ thẻ đã chọn|Chọn thẻ để in/ })
  await expect(button).toHaveText('Chọn thẻ để in')
  await expect(button).toBeDisabled()
  for (const pass of passes)
    await page.locator('tr', { hasText: pass.passNumber }).locator('input[type="checkbox"]').check()
  await expect(button).toHaveText('In 3 thẻ đã chọn (PDF)')
  await screenshot(page, 'badges-admin-selection')
  await page.screenshot({ path: path.join(SHOTS, 'badges-admin-selection.png') })

  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  await expect(page.getByRole('status').filter({ hasText: 'Đã tạo PDF' })).toHaveText(
    'Đã tạo PDF: 2 thẻ. Không in 1 thẻ: 1 × thẻ đã thu hồi.',
  )
  await page.screenshot({ path: path.join(SHOTS, 'badges-admin-printed.png') })
  const dir = mkdtempSync(path.join(tmpdir(), 'badges-e2e-'))
  try {
    const file = path.join(dir, 'badges.pdf')
    await download.saveAs(file)
    // Every font embedded (DejaVu: the Vietnamese diacritics print on any machine).
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2)
    expect(fonts.filter(Boolean).length).toBeGreaterThanOrEqual(2)
    for (const row of fonts.filter(Boolean))
      expect(row).toMatch(/^DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes\b/)
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    expect(info).toMatch(/Pages:\s+2/) // one sheet, and the page naming what was left out
    expect(info).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/)
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    expect(text).toContain('Nguyễn Thị Ánh Dương')
    expect(text).toContain('Trịnh Thu Hằng')
    expect(text).not.toContain('Lê Quốc Việt')
    expect(text).toContain(`${revoked.passNumber} — thẻ đã thu hồi`)
    // Every badge of the sheet: its QR code decodes, and names an active selected pass, current version.
    execFileSync('pdftoppm', [
      '-r',
      '150',
      '-png',
      '-f',
      '1',
      '-l',
      '1',
      file,
      path.join(dir, 'sheet'),
    ])
    const sheet = readdirSync(dir).find((f) => f.endsWith('.png'))!
    copyFileSync(path.join(dir, sheet), path.join(SHOTS, 'badges-sheet.png'))
    const decoded = spawnSync('zbarimg', ['--quiet', '--raw', path.join(dir, sheet)], {
      encoding: 'utf8',
    })
      .stdout.split('\n')
      .filter(Boolean)
    expect(decoded).toHaveLength(2)
    const claims = decoded.map(
      (code) =>
        JSON.parse(Buffer.from(code.split('.')[1]!, 'base64url').toString()) as {
          p: string
          v: number
          e: string
        },
    )
    const active = passes.filter((p) => p.id !== revoked.id)
    expect(claims.map((c) => c.p).sort()).toEqual(active.map((p) => p.serial).sort())
    for (const claim of claims)
      expect(claim.v).toBe(active.find((p) => p.serial === claim.p)!.version)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('editors see no print button and the endpoint refuses them', async ({ request }) => {
  const jwt = await staffJwt(request, 'editor')
  const refused = await request.get(`${CMS}/api/passes/badges.pdf`, {
    headers: { Authorization: `JWT ${jwt}` },
  })
  // Passes are personal data: a refusal reads as absence (answerNotFoundWhenRefused).
  expect([403, 404]).toContain(refused.status())
  expect(refused.headers()['content-type']).not.toContain('pdf')
})

async function signInAtDoor(page: Page) {
  await page.goto('/checkin/')
  await page.getByLabel('E-mail').fill(staffEmail('checkin-staff'))
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page.getByRole('button', { name: 'Bật camera để quét' })).toBeVisible()
}
async function typeCode(page: Page, code: string) {
  await page.getByLabel(/Nhập số thẻ/).fill(code)
  await page.getByRole('button', { name: 'Kiểm tra' }).click()
}
const today = () => localDate().split('-').reverse().join('/')

test('at the door a number typed as staff type it (hb17, 0017, hb 0017) is the pass, online and offline; "already checked in" says when and on which list; what was typed is logged', async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 390, height: 844 })
  const online = await passForToday(request, 'Phan Thị Gõ Số')
  const offline = await passForToday(request, 'Đỗ Văn Ngoại Tuyến')
  const [prefix, digits] = online.passNumber.split('-') as [string, string]
  const sequence = String(Number(digits))
  await signInAtDoor(page)
  const admitted = () =>
    page.evaluate(
      () =>
        Object.keys(
          (
            JSON.parse(localStorage.getItem('checkin:offline-data') ?? '{}') as {
              admittedAt?: Record<string, string>
            }
          ).admittedAt ?? {},
        ).length,
    )
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('checkin:offline-data')))
    .toBeTruthy()
  const known = await admitted()

  await typeCode(page, `${prefix.toLowerCase()}${sequence}`)
  await expect(page.locator('.verdict-text')).toHaveText('HỢP LỆ — mời vào')
  await expect(page.locator('.holder')).toContainText(online.passNumber)
  await typeCode(page, digits)
  await expect(page.locator('.verdict-text')).toHaveText('ĐÃ VÀO RỒI — thẻ đã được quét')
  await expect(page.locator('.verdict-detail')).toHaveText(
    /^Đã vào lúc \d{2}:\d{2}, danh sách Trung tâm Báo chí · \d{2}\/\d{2}\/\d{4}$/,
  )
  await expect(page.locator('.verdict-detail')).toContainText(today())
  await page.screenshot({ path: path.join(SHOTS, 'badges-door-already.png') })
  await screenshot(page, 'badges-door-already')

  // Offline: the cached data of today's list resolves a typed number too (and, once refreshed,
  // knows the admission just made online, with its time).
  await page.evaluate(() => window.dispatchEvent(new Event('online')))
  await expect.poll(admitted).toBeGreaterThan(known)
  const [, offDigits] = offline.passNumber.split('-') as [string, string]
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('checkin:offline-data') ?? ''))
    .toContain(offline.passNumber)
  await context.setOffline(true)
  await typeCode(page, `${prefix.toLowerCase()} ${offDigits}`)
  await expect(page.locator('.verdict-text')).toHaveText('HỢP LỆ — mời vào (ngoại tuyến)')
  await expect(page.locator('.holder')).toHaveText(offline.passNumber)
  await typeCode(page, String(Number(offDigits)))
  await expect(page.locator('.verdict-text')).toHaveText(
    'ĐÃ VÀO RỒI — thẻ đã được quét (ngoại tuyến)',
  )
  await expect(page.locator('.verdict-detail')).toHaveText(
    /^Đã vào lúc \d{2}:\d{2}, danh sách Trung tâm Báo chí · \d{2}\/\d{2}\/\d{4}$/,
  )
  await page.screenshot({ path: path.join(SHOTS, 'badges-door-already-offline.png') })
  // The online pass, already admitted online, is known offline too, with its time.
  await typeCode(page, `${prefix}${digits}`)
  await expect(page.locator('.verdict-text')).toHaveText(
    'ĐÃ VÀO RỒI — thẻ đã được quét (ngoại tuyến)',
  )
  await context.setOffline(false)
  await page.evaluate(() => window.dispatchEvent(new Event('online')))
  await expect(page.locator('.queue')).toHaveText('', { timeout: 20_000 })

  // The log keeps what was typed, each form as typed.
  const jwt = await staffJwt(request, 'accreditation-officer')
  const log = (await (
    await request.get(
      `${CMS}/api/check-ins?where[passNumber][in]=${online.passNumber},${offline.passNumber}&depth=0&limit=50&sort=createdAt`,
      { headers: { Authorization: `JWT ${jwt}` } },
    )
  ).json()) as { docs: { typed: string | null; verdict: string; offline: boolean }[] }
  expect(
    log.docs.map((d) => `${d.typed} ${d.verdict}${d.offline ? ' offline' : ''}`).sort(),
  ).toEqual(
    [
      `${prefix.toLowerCase()}${sequence} valid`,
      `${digits} already-checked-in`,
      `${prefix.toLowerCase()} ${offDigits} valid offline`,
      `${Number(offDigits)} already-checked-in offline`,
      `${prefix}${digits} already-checked-in offline`,
    ].sort(),
  )
})
