import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { type BrowserContext, chromium, expect, type Page, test } from '@playwright/test'

import { localDate } from '~/cms/lib/time'
import { DEMO_PASSWORD } from '~/cms/seed/users'
import { writeQrVideo } from '../support/qrVideo'
import { passForToday } from './doorPasses'
import { staffEmail } from './journalists'
import { E2E_CMS_URL as CMS, E2E_SITE_URL as SITE } from './ports'
import { screenshot } from './screenshot'

/**
 * The door on the real clock: today's lists are the seed's press conference (today) — no day to
 * pick. A pass for another event is refused there, online and offline.
 */
async function signInAtDoor(page: Page, role = 'checkin-staff') {
  await page.goto('/checkin/')
  await page.getByLabel('E-mail').fill(staffEmail(role))
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page.getByRole('button', { name: 'Bật camera để quét' })).toBeVisible()
  // Today's lists only: no day picker, today's date named.
  await expect(page.locator('select[name="day"]')).toHaveCount(0)
  await expect(page.locator('.list-day')).toContainText(localDate().split('-').reverse().join('/'))
}

const manual = (page: Page) => page.getByLabel(/Nhập số thẻ \([A-Z0-9]+-0042\) hoặc mã/)
async function typeCode(page: Page, code: string) {
  await manual(page).fill(code)
  await page.getByRole('button', { name: 'Kiểm tra' }).click()
}

test('check-in staff admit a pass by its number once, and the second time are told it was already used', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const { passNumber } = await passForToday(request)
  await signInAtDoor(page)
  await typeCode(page, passNumber)
  await expect(page.locator('.verdict')).toHaveAttribute('data-verdict', 'valid')
  await expect(page.locator('.verdict-text')).toHaveText('HỢP LỆ — mời vào')
  await expect(page.locator('.holder')).toContainText('Võ Thị Cửa Vào')
  await expect
    .poll(() => page.locator('.verdict img').evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBe(600)
  await screenshot(page, 'checkin-valid-phone', { fullPage: true })
  await typeCode(page, passNumber)
  await expect(page.locator('.verdict-text')).toHaveText('ĐÃ VÀO RỒI — thẻ đã được quét')
  await expect(page.locator('.verdict')).toHaveAttribute('data-verdict', 'refused')
})

test('a wrong password at the door gets one sentence, and scanning needs a signed-in staff member', async ({
  page,
  request,
}) => {
  await page.goto('/checkin/')
  await page.getByLabel('E-mail').fill(staffEmail('checkin-staff'))
  await page.getByLabel('Mật khẩu').fill('wrong-password')
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page.getByRole('alert')).toHaveText(
    'E-mail hoặc mật khẩu không đúng, hoặc tài khoản không có quyền kiểm soát.',
  )
  const anonymous = await request.post(`${SITE}/checkin/scan`, {
    data: { code: 'HB-0001', day: localDate(), zone: 'press-centre' },
  })
  expect(anonymous.status()).toBe(401)
  expect(await anonymous.text()).not.toContain('Cửa Vào')
})

test('the camera reads the QR code of the phone pass; a revoked pass is then refused with the reason', async ({
  request,
}) => {
  // What the phone shows, read by a real decoder, is what Chromium's fake camera films.
  const { token, jwt, qr: qrToken } = await passForToday(request)
  expect(qrToken).toMatch(/^P1\./)
  await withFakeCamera(qrToken, async (page) => {
    await signInAtDoor(page)
    await page.getByRole('button', { name: 'Bật camera để quét' }).click()
    await expect(page.locator('.verdict-text')).toHaveText('HỢP LỆ — mời vào', { timeout: 15_000 })
    await screenshot(page, 'checkin-camera-valid')

    const passes = await request.get(
      `${CMS}/api/passes?where[passNumber][exists]=true&limit=100&sort=-createdAt`,
      { headers: { Authorization: `JWT ${jwt}` } },
    )
    const pass = (
      (await passes.json()) as { docs: { id: number; request: number | { id: number } }[] }
    ).docs.find(
      (p) =>
        (typeof p.request === 'object' ? p.request.id : p.request) === Number(token.split('.')[0]),
    )!
    const revoked = await request.patch(`${CMS}/api/passes/${pass.id}`, {
      headers: { Authorization: `JWT ${jwt}` },
      data: { status: 'revoked', revokedReason: 'Lost' },
    })
    expect(revoked.status()).toBe(200)
    // The scanner ignores the same code for 3 s; the camera is still pointing at it.
    await expect(page.locator('.verdict-text')).toHaveText('THẺ ĐÃ BỊ THU HỒI', { timeout: 15_000 })
    await expect(page.locator('.verdict')).toHaveAttribute('data-verdict', 'refused')
  })
})

test('through a network loss the scanner still checks the pass, and logs the scan as offline once the network is back', async ({
  request,
}) => {
  const { jwt, qr: qrToken } = await passForToday(request)
  await withFakeCamera(qrToken, async (page, context) => {
    await signInAtDoor(page)
    // The page has fetched the public key and the revocation list; now the network goes.
    await expect
      .poll(() =>
        page.evaluate(
          () => localStorage.getItem('checkin:offline-data')?.includes('PUBLIC KEY') ?? false,
        ),
      )
      .toBe(true)
    await context.setOffline(true)
    await page.getByRole('button', { name: 'Bật camera để quét' }).click()
    await expect(page.locator('.verdict-text')).toHaveText('HỢP LỆ — mời vào (ngoại tuyến)', {
      timeout: 15_000,
    })
    await expect(page.locator('.queue')).toContainText('1')
    await screenshot(page, 'checkin-offline-valid')
    await context.setOffline(false)
    await page.evaluate(() => window.dispatchEvent(new Event('online')))
    await expect(page.locator('.queue')).toHaveText('', { timeout: 20_000 })
  })
  const log = await request.get(
    `${CMS}/api/check-ins?where[offline][equals]=true&depth=0&limit=50`,
    { headers: { Authorization: `JWT ${jwt}` } },
  )
  const docs = ((await log.json()) as { docs: { verdict: string; offline: boolean }[] }).docs
  expect(docs.some((doc) => doc.verdict === 'valid' && doc.offline)).toBe(true)
})

/** A browser whose camera films a QR code (Chromium's fake camera playing a Y4M video of it). */
async function withFakeCamera(
  text: string,
  use: (page: Page, context: BrowserContext) => Promise<void>,
) {
  const dir = mkdtempSync(path.join(tmpdir(), 'qr-video-'))
  const video = path.join(dir, 'pass.y4m')
  await writeQrVideo(video, text)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  })
  try {
    const context = await browser.newContext({
      baseURL: SITE,
      permissions: ['camera'],
      viewport: { width: 390, height: 844 },
    })
    await use(await context.newPage(), context)
  } finally {
    await browser.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
