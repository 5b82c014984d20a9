import { type Browser, expect, type Page, test } from '@playwright/test'
import sharp from 'sharp'

import { DEMO_JOURNALIST_EMAIL, DEMO_PASSWORD } from '~/cms/seed/users'
import { photo } from '../support/sampleFiles'
import { approvedJournalist, eventForApplying, staffEmail } from './journalists'
import { waitForMail } from './mailbox'
import { E2E_CMS_URL as CMS, E2E_SITE_URL as SITE } from './ports'
import { screenshot } from './screenshot'
import { signIn } from './staffApi'
import { localDate } from '~/cms/lib/time'

/**
 * The pool gallery from both ends: a pool member sends two photos from a phone, a colleague of the
 * same event downloads an original, the public and another event's journalist cannot, and an
 * editor releases one into the public gallery in web sizes with its credit.
 */
const SHOTS = '/work/notes/shots'
const shot = async (page: Page, name: string, fullPage = true) => {
  await screenshot(page, `poolphotos-${name}`, { fullPage })
  await page
    .screenshot({ path: `${SHOTS}/poolphotos-${name}.png`, fullPage })
    .catch(() => undefined)
}
const PASSWORD = 'mật khẩu ảnh pool dài'
const SESSION_TITLE = `Phiên họp kín ${Date.now() % 100_000}`

/** A press account through the approval e-mail's set-password link, signed in in its own browser. */
async function pressAccount(browser: Browser, fullName: string, phone = false) {
  const context = await browser.newContext(
    phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {},
  )
  const page = await context.newPage()
  const { email, passNumber } = await approvedJournalist(page.request, { fullName })
  const approval = await waitForMail(
    (mail) => mail.to.includes(email) && /chấp thuận/.test(mail.subject),
  )
  const link = /https?:\/\/\S+\/press\/password\?token=\S+/.exec(approval.text)![0]
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''))
  await page.getByLabel('Mật khẩu mới (ít nhất 10 ký tự)').fill(PASSWORD)
  await page.getByLabel('Nhập lại mật khẩu mới').fill(PASSWORD)
  await page.getByRole('button', { name: 'Lưu mật khẩu và đăng nhập' }).click()
  await expect(page).toHaveURL(/\/press\/$/)
  return { page, passNumber }
}

const jpeg = async (width: number, height: number) => ({
  name: `pool-${width}x${height}.jpg`,
  mimeType: 'image/jpeg',
  buffer: await photo(width, height).jpeg({ quality: 90 }).toBuffer(),
})

test('a pool member uploads from a phone, the press downloads originals, an editor releases one to the public', async ({
  browser,
  playwright,
}) => {
  test.setTimeout(180_000)
  const council = await eventForApplying()
  const member = await pressAccount(browser, 'Phạm Văn Nhóm Pool', true)
  const colleague = await pressAccount(browser, 'Hồ Thị Đồng Nghiệp')

  // The press office: a pool session going on now, and the member's pass in its pool.
  const editorApi = await signIn(playwright, staffEmail('editor'))
  const officerApi = await signIn(playwright, staffEmail('accreditation-officer'))
  const created = await editorApi.post(`${CMS}/api/sessions?locale=vi`, {
    data: {
      event: council.id,
      title: SESSION_TITLE,
      startsAt: new Date(Date.now() - 10 * 60_000).toISOString(),
      endsAt: new Date(Date.now() + 60 * 60_000).toISOString(),
      type: 'closed',
      pressAccess: 'pool',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const sessionId = ((await created.json()) as { doc: { id: number } }).doc.id
  const passes = await officerApi.get(
    `${CMS}/api/passes?where[passNumber][equals]=${member.passNumber}&depth=0&limit=1`,
  )
  const pass = ((await passes.json()) as { docs: { id: number; days: string[] }[] }).docs[0]!
  const passId = pass.id
  // The council's days are still to come: the officer adds today to the member's pass (a pass
  // change, reissued), so the pool of a session going on now can take it.
  const today = localDate(new Date())
  const widened = await officerApi.patch(`${CMS}/api/passes/${passId}`, {
    data: { days: [...new Set([today, ...pass.days])] },
  })
  expect(widened.status(), await widened.text()).toBe(200)
  // The session has started: only an admin may still change its pool, on purpose (force).
  const adminApi = await signIn(playwright, staffEmail('admin'))
  const quotas = await adminApi.post(`${CMS}/api/pool-members/quotas`, {
    data: {
      session: sessionId,
      quotas: { reporter: 2, photographer: 2, cameraOperator: 2, technician: 2 },
      force: true,
    },
  })
  expect(quotas.status(), await quotas.text()).toBe(200)
  const pooled = await adminApi.post(`${CMS}/api/pool-members/add`, {
    data: { session: sessionId, pass: passId, force: true },
  })
  expect(pooled.status(), await pooled.text()).toBe(200)

  // The member, on a phone: two photos at once from the press area, with a caption.
  const phone = member.page
  await phone.goto('/press/') // a fresh load: the page already open predates the pool
  const form = phone.locator('form.pool-upload', { hasText: SESSION_TITLE })
  await expect(form).toBeVisible()
  await expect(form.locator('input[type="file"]')).toHaveAttribute('accept', 'image/*')
  await expect(form.getByLabel('Tác giả ảnh (tên / cơ quan)')).toHaveValue(
    'Phạm Văn Nhóm Pool / Báo Thử Cửa',
  )
  await form
    .locator('input[type="file"]')
    .setInputFiles([await jpeg(1600, 1200), await jpeg(1200, 1600)])
  await form.getByLabel(/Chú thích/).fill('Đại biểu biểu quyết thông qua nghị quyết')
  await shot(phone, 'phone-upload-form', false)
  await form.getByRole('button', { name: 'Gửi ảnh' }).click()
  await expect(phone.getByText('Đã nhận 2 ảnh.')).toBeVisible()
  await shot(phone, 'phone-upload-result')

  // A non-image in the same form: refused with its reason, nothing stored.
  const again = phone.locator('form.pool-upload', { hasText: SESSION_TITLE })
  await again.locator('input[type="file"]').setInputFiles({
    name: 'not-a-photo.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from('%PDF-1.4 not a photo'),
  })
  await again.getByRole('button', { name: 'Gửi ảnh' }).click()
  await expect(phone.getByText('Tệp này không phải là ảnh JPEG, PNG hoặc WebP.')).toBeVisible()

  // A colleague of the same event sees the pool gallery and downloads an original.
  const desk = colleague.page
  await desk.goto('/press/')
  const gallery = desk.locator('.pool-gallery', { hasText: SESSION_TITLE })
  await expect(gallery.locator('img')).toHaveCount(2)
  await expect(gallery).toContainText('© Phạm Văn Nhóm Pool / Báo Thử Cửa')
  const thumb = gallery.locator('img').first()
  const thumbAnswer = await desk.request.get((await thumb.getAttribute('src'))!)
  expect(thumbAnswer.status()).toBe(200)
  expect(thumbAnswer.headers()['content-type']).toBe('image/webp')
  await thumb.scrollIntoViewIfNeeded()
  await expect
    .poll(() =>
      gallery
        .locator('img')
        .first()
        .evaluate((img: HTMLImageElement) => img.naturalWidth),
    )
    .toBeGreaterThan(0)
  await shot(desk, 'press-gallery')
  const originalHref = (await gallery
    .getByRole('link', { name: 'Tải bản gốc' })
    .first()
    .getAttribute('href'))!
  const download = await desk.request.get(originalHref)
  expect(download.status()).toBe(200)
  expect(download.headers()['content-type']).toBe('image/jpeg')
  expect(download.headers()['content-disposition']).toMatch(/^attachment/)
  expect(download.headers()['cache-control']).toBe('private, no-store')
  // The full-resolution original, not a preview.
  const size = await sharp(await download.body()).metadata()
  expect(Math.max(size.width, size.height)).toBe(1600)

  // Nobody else gets it: the public, and a journalist accredited to another event.
  const anonymous = await playwright.request.newContext({ baseURL: SITE })
  expect((await anonymous.get(originalHref)).status()).toBe(404)
  const photoId = /\/press\/pool\/(\d+)\//.exec(originalHref)![1]!
  expect((await anonymous.get(`${CMS}/api/pool-photos/${photoId}`)).status()).toBe(404)
  await anonymous.dispose()
  const other = await browser.newContext()
  const otherPage = await other.newPage()
  await otherPage.goto('/press/')
  await otherPage.locator('input[name="email"]').fill(DEMO_JOURNALIST_EMAIL)
  await otherPage.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await otherPage.locator('form button[type="submit"]').first().click()
  await expect(otherPage.locator('#s-pool')).toBeVisible()
  await expect(otherPage.locator('.pool-gallery', { hasText: SESSION_TITLE })).toHaveCount(0)
  expect((await otherPage.request.get(originalHref)).status()).toBe(404)
  await other.close()

  // An editor releases one photo in the admin (select, then the release button).
  const admin = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  const adminPage = await admin.newPage()
  await adminPage.goto(`${CMS}/admin/login`)
  await adminPage.locator('#field-email').fill(staffEmail('editor'))
  await adminPage.locator('#field-password').fill(DEMO_PASSWORD)
  await adminPage.locator('form button[type="submit"]').click()
  await expect(adminPage).toHaveURL(/\/admin\/?$/)
  await adminPage.goto(
    `${CMS}/admin/collections/pool-photos?where[session][equals]=${sessionId}&limit=10&sort=createdAt`,
  )
  await expect(adminPage.locator('.table tbody tr')).toHaveCount(2)
  await adminPage.locator('.table tbody tr').first().locator('input[type="checkbox"]').check()
  await adminPage.getByRole('button', { name: 'Công bố 1 ảnh đã chọn' }).click()
  await expect(adminPage.getByText('Đã công bố 1 ảnh.')).toBeVisible({ timeout: 30_000 })
  await shot(adminPage, 'admin-release', false)
  await admin.close()

  // The public gallery: the released photo in web sizes with the credit; the original nowhere.
  const galleries = await editorApi.get(
    `${CMS}/api/galleries?where[title][equals]=${encodeURIComponent(`Ảnh pool: ${SESSION_TITLE}`)}&depth=0&limit=1&locale=vi`,
  )
  const publicGallery = ((await galleries.json()) as { docs: { slug: string; _status: string }[] })
    .docs[0]!
  expect(publicGallery._status).toBe('published')
  const reader = await browser.newContext()
  const readerPage = await reader.newPage()
  await readerPage.goto(`/galleries/${publicGallery.slug}/`)
  await expect(
    readerPage.getByRole('heading', { name: `Ảnh pool: ${SESSION_TITLE}` }),
  ).toBeVisible()
  await expect(readerPage.locator('main')).toContainText('Phạm Văn Nhóm Pool / Báo Thử Cửa')
  const images = readerPage.locator('main ul.photos img')
  await expect(images).toHaveCount(1)
  const src = (await images.first().getAttribute('src'))!
  expect(src).toMatch(/^\/media\/pool-\d+-\d+x\d+\.(webp|jpg|avif)$/)
  await expect
    .poll(() => images.first().evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0)
  expect(await readerPage.content()).not.toContain('/press/pool/')
  await shot(readerPage, 'public-gallery')
  await reader.close()
  await editorApi.dispose()
  await officerApi.dispose()
})
