import { expect, test } from '@playwright/test'

import { localDate } from '~/cms/lib/time'
import { DEMO_PASSWORD } from '~/cms/seed/users'
import { demoJournalistQr, staffJwt } from './doorPasses'
import { staffEmail } from './journalists'
import { E2E_CMS_URL as CMS } from './ports'
import { screenshot } from './screenshot'

/**
 * Issue 12, passes per event: the demo journalist's pass is for today's press conference. Another
 * event held today (made here through the staff API) refuses it at its door — by the server, and by
 * the scanner alone while the network is down — and the press conference's door admits it.
 */
test('a pass for the press conference is refused at another event’s door online and offline, and admitted at its own', async ({
  page,
  context,
  request,
}) => {
  const jwt = await staffJwt(request, 'accreditation-officer')
  const auth = { headers: { Authorization: `JWT ${jwt}` } }
  const today = localDate()
  const tag = String(Date.now() % 10_000).padStart(4, '0')
  const created = await request.post(`${CMS}/api/events`, {
    ...auth,
    data: {
      name: `Lễ hội thử cửa ${tag}`,
      kind: 'festival',
      state: 'open',
      // Starts after the press conference (midnight), which stays the featured event.
      startDate: `${today}T08:00:00+07:00`,
      endDate: `${today}T20:00:00+07:00`,
      referencePrefix: `LH${tag}`.slice(0, 8),
      passPrefix: `L${tag}`,
      zones: ['press-centre', 'photo-pool'],
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const festival = ((await created.json()) as { doc: { id: number; name: string } }).doc
  const qr = await demoJournalistQr(request)
  try {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/checkin/')
    await page.getByLabel('E-mail').fill(staffEmail('checkin-staff'))
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    const events = page.locator('select[name="event"]')
    // Today's lists: the press conference (featured, first) and the festival; nothing else.
    await expect(events.locator('option')).toHaveCount(2)
    await expect(events.locator('option').first()).toHaveText('Họp báo định kỳ')
    await events.selectOption(String(festival.id))
    // The festival's zones only: its list has no plenary gallery.
    await expect(page.locator('select[name="zone"] option[value="plenary-gallery"]')).toBeDisabled()
    const code = page.getByLabel(/Nhập số thẻ/)
    const check = async () => {
      await code.fill(qr)
      await page.getByRole('button', { name: 'Kiểm tra' }).click()
    }

    // Online: the server refuses it, and shows nobody.
    await check()
    await expect(page.locator('.verdict-text')).toHaveText('THẺ CỦA SỰ KIỆN KHÁC')
    await expect(page.locator('.verdict')).toHaveAttribute('data-verdict', 'refused')
    await expect(page.locator('.holder')).toHaveText('')
    await screenshot(page, 'checkin-wrong-event', { fullPage: true })

    // Offline: the phone holds the festival's data only, and decides alone by the signed event.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('checkin:offline-data') ?? ''))
      .toContain(`"event":"${festival.id}"`)
    const cached = JSON.parse(
      (await page.evaluate(() => localStorage.getItem('checkin:offline-data')))!,
    ) as { passes: unknown[] }
    expect(cached.passes).toEqual([])
    await context.setOffline(true)
    await check()
    await expect(page.locator('.verdict-text')).toHaveText('THẺ CỦA SỰ KIỆN KHÁC (ngoại tuyến)')
    await expect(page.locator('.verdict')).toHaveAttribute('data-verdict', 'refused')
    await context.setOffline(false)
    await page.evaluate(() => window.dispatchEvent(new Event('online')))
    await expect(page.locator('.queue')).toHaveText('', { timeout: 20_000 })

    // At its own event's door, the same pass is admitted.
    await events.selectOption({ label: 'Họp báo định kỳ' })
    await check()
    await expect(page.locator('.verdict-text')).toHaveText(
      /^(HỢP LỆ — mời vào|ĐÃ VÀO RỒI — thẻ đã được quét)$/,
    )
    await expect(page.locator('.holder')).toContainText('HB-')

    // The log: both refusals (one synced from offline) at the festival, never admitted there.
    const log = (await (
      await request.get(
        `${CMS}/api/check-ins?where[event][equals]=${festival.id}&depth=0&limit=10`,
        auth,
      )
    ).json()) as { docs: { verdict: string; offline: boolean }[] }
    expect(log.docs.map((d) => `${d.verdict}${d.offline ? ' offline' : ''}`).sort()).toEqual([
      'wrong-event',
      'wrong-event offline',
    ])
  } finally {
    await context.setOffline(false)
    // Back to a draft: the festival's list leaves today's door for the other tests.
    await request.patch(`${CMS}/api/events/${festival.id}`, { ...auth, data: { state: 'draft' } })
  }
})

test('only an admin can open another day’s list, on purpose, and the opening is logged', async ({
  page,
  request,
}) => {
  const adminJwt = await staffJwt(request, 'admin')
  const openings = async () =>
    (
      (await (
        await request.get(
          `${CMS}/api/access-log?where[action][equals]=opened-checkin-list&limit=1`,
          { headers: { Authorization: `JWT ${adminJwt}` } },
        )
      ).json()) as { totalDocs: number }
    ).totalDocs
  const before = await openings()
  // Check-in staff get today's lists and nothing to open.
  await page.goto('/checkin/')
  await page.getByLabel('E-mail').fill(staffEmail('checkin-staff'))
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page.getByRole('button', { name: 'Bật camera để quét' })).toBeVisible()
  await expect(page.getByText('Mở danh sách của ngày khác')).toHaveCount(0)
  await page.getByRole('button', { name: 'Đăng xuất' }).click()

  await page.getByLabel('E-mail').fill(staffEmail('admin'))
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.getByText('Mở danh sách của ngày khác').click()
  await page.getByLabel('Sự kiện và ngày').selectOption({
    label: 'Đại hội Đảng bộ tỉnh Cà Mau lần thứ I — 16/10/2025',
  })
  await page.getByRole('button', { name: 'Mở danh sách này (ghi nhật ký)' }).click()
  await expect(page.locator('.list-day')).toContainText(
    'Danh sách ngày 16/10/2025 của Đại hội Đảng bộ tỉnh Cà Mau lần thứ I, do quản trị viên mở có chủ đích — đã ghi nhật ký.',
  )
  expect(await openings()).toBe(before + 1)
  // That list scans (here: the press conference's pass, which is not the congress's).
  await page.getByLabel(/Nhập số thẻ/).fill(await demoJournalistQr(request))
  await page.getByRole('button', { name: 'Kiểm tra' }).click()
  await expect(page.locator('.verdict-text')).toHaveText('THẺ CỦA SỰ KIỆN KHÁC')
  await screenshot(page, 'checkin-admin-other-day', { fullPage: true })
})
