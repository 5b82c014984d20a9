import { expect, test } from '@playwright/test'
import sharp from 'sharp'

import { DEMO_PASSWORD } from '~/cms/seed/users'
import { E2E_CMS_URL as CMS } from './ports'
import { screenshot } from './screenshot'
import { signIn, staffEmail } from './staffApi'

/**
 * The editor's phone page: sign in, post text and a photo from a file (the camera's input), correct
 * and remove; the changes reach REST in order of seq, each as what it is (corrected, deleted).
 */
test('an editor on a phone posts text and a photo, corrects and removes; a reader sees the post within 2 s; REST shows each change in seq order', async ({
  browser,
  page,
  playwright,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const editor = await signIn(playwright, staffEmail('editor'))
  const { docs } = (await (
    await editor.get(`${CMS}/api/sessions?limit=1&sort=-startsAt&depth=0`)
  ).json()) as { docs: { id: number; title: string }[] }
  const session = docs[0]!
  await editor.post(`${CMS}/api/sessions/${session.id}/live/close`)
  const opened = await editor.post(`${CMS}/api/sessions/${session.id}/live/open`)
  expect(opened.status()).toBe(200)

  await page.goto(`/live/${session.id}/post/`)
  await page.getByLabel('E-mail').fill(staffEmail('editor'))
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(session.title)

  // An empty post is refused with a sentence (the browser's own check set aside).
  await page.locator('form.post').evaluate((form: HTMLFormElement) => (form.noValidate = true))
  await page.getByRole('button', { name: 'Đăng', exact: true }).click()
  await expect(page.locator('.fail')).toHaveText('Hãy nhập nội dung cập nhật.')

  // A reader follows the live page in another browser (its stream open) while the editor posts.
  const readerContext = await browser.newContext()
  const reader = await readerContext.newPage()
  await reader.goto(`/live/${session.id}/`)
  await expect(reader.locator('[data-connection]')).toHaveAttribute('data-state', 'open')

  await page.getByPlaceholder('Nội dung').fill('Đại hội bắt đầu phiên khai mạc.')
  const sent = Date.now()
  await page.getByRole('button', { name: 'Đăng', exact: true }).click()
  await expect(
    reader.locator('.live-list').getByText('Đại hội bắt đầu phiên khai mạc.'),
  ).toBeVisible({ timeout: 2000 })
  const seenMs = Date.now() - sent
  console.log(`posted on the phone → seen in the reader's browser: ${seenMs} ms`)
  expect(seenMs).toBeLessThan(2000)
  await expect(page.locator('p.ok')).toContainText('Đã đăng')
  await readerContext.close()

  const jpeg = await sharp({
    create: { width: 1600, height: 1000, channels: 3, background: '#a61b1b' },
  })
    .jpeg()
    .toBuffer()
  await page.getByPlaceholder('Nội dung').fill('Toàn cảnh hội trường.')
  await page.getByLabel('Ảnh (tùy chọn)').setInputFiles({
    name: 'camera.jpg',
    mimeType: 'image/jpeg',
    buffer: jpeg,
  })
  await page.getByLabel('Nguồn ảnh').fill('Ảnh: Báo Cà Mau')
  await page.getByRole('button', { name: 'Đăng', exact: true }).click()
  await expect(page.locator('p.ok')).toContainText('Đã đăng')
  await expect(page.locator('.updates img').first()).toBeVisible()
  await screenshot(page, 'live-post-phone', { fullPage: true })

  // Correct the first update (now second in the list), then remove the photo.
  const first = page.locator('.updates > li').nth(1)
  await first.getByText('Đính chính', { exact: true }).click()
  await first.getByLabel('Nội dung').fill('Đại hội khai mạc lúc 8 giờ.')
  await first.getByLabel('Ghi chú đính chính (đã sửa gì)').fill('Thêm giờ khai mạc.')
  await first.getByRole('button', { name: 'Lưu đính chính' }).click()
  await expect(page.locator('p.ok')).toContainText('Đã cập nhật')
  await expect(page.locator('.updates > li').first()).toContainText('Đã đính chính lúc')
  const photo = page.locator('.updates > li', { hasText: 'Toàn cảnh hội trường.' })
  await photo.getByRole('button', { name: 'Gỡ' }).click()
  await expect(page.locator('.updates > li').first()).toContainText('Đã gỡ lúc')
  await screenshot(page, 'live-post-phone-changed', { fullPage: true })

  const anonymous = await playwright.request.newContext()
  const changes = (await (
    await anonymous.get(
      `${CMS}/api/live-updates?where[session][equals]=${session.id}&sort=seq&depth=0&limit=50`,
    )
  ).json()) as { docs: { seq: number; state: string; text?: string; kind: string }[] }
  const seqs = changes.docs.map((update) => update.seq)
  expect(seqs).toEqual([...seqs].sort((a, b) => a - b))
  const states = changes.docs.map((update) => `${update.kind}:${update.state}`)
  expect(states.slice(-2)).toEqual(['text:corrected', 'photo:deleted'])
  expect(changes.docs.at(-1)!.text, 'a removed update’s text is not public').toBeUndefined()
  expect(changes.docs.at(-2)!.text).toBe('Đại hội khai mạc lúc 8 giờ.')

  // A journalist cannot post through REST; nor can anyone without an account.
  const refused = await anonymous.post(`${CMS}/api/live-updates`, {
    data: { session: session.id, text: 'x' },
  })
  expect(refused.status()).toBe(403)
  await editor.post(`${CMS}/api/sessions/${session.id}/live/close`)
  await anonymous.dispose()
  await editor.dispose()
})

test('an editor opens live coverage from the session’s page in the admin and sees its updates, newest first', async ({
  page,
}) => {
  await page.goto(`${CMS}/admin/login`)
  await page.locator('#field-email').fill(staffEmail('editor'))
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('form button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  // The seed's congress opening session carries an ended coverage: it can be opened again.
  const { docs } = (await (
    await page.request.get(
      `${CMS}/api/sessions?where[liveState][equals]=ended&sort=startsAt&limit=1&depth=0&locale=vi`,
    )
  ).json()) as { docs: { id: number }[] }
  await page.goto(`${CMS}/admin/collections/sessions/${docs[0]!.id}`)
  await expect(page.getByRole('button', { name: 'Mở tường thuật trực tiếp' })).toBeVisible()
  // Its updates, newest first (whatever other specs did to them since: their times stay).
  const rows = page.getByRole('row').filter({ hasText: '17/10/2025' })
  await expect(rows.first()).toContainText('17/10/2025 09:40')
  await expect(rows.last()).toContainText('17/10/2025 07:32')
  await screenshot(page, 'live-admin-session', { fullPage: true })
  await page.getByRole('button', { name: 'Mở tường thuật trực tiếp' }).click()
  await expect(page.getByRole('button', { name: 'Kết thúc tường thuật' })).toBeVisible()
  await page.getByRole('button', { name: 'Kết thúc tường thuật' }).click()
  await expect(page.getByRole('button', { name: 'Mở tường thuật trực tiếp' })).toBeVisible()
})
