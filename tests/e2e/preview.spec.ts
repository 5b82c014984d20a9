import AxeBuilder from '@axe-core/playwright'
import { type APIRequestContext, expect, type Page, type Response, test } from '@playwright/test'

import {
  type PreviewCollection,
  previewExpiry,
  signPreviewToken,
} from '~/cms/lib/preview/previewToken'
import { DEMO_PASSWORD } from '~/cms/seed/users'
import { tempPortalSecret } from '../support/tempPortal'
import { E2E_CMS_URL as CMS, E2E_SITE_URL as SITE, E2E_TEMP_NAME } from './ports'
import { screenshot } from './screenshot'
import { signIn as restSignIn, staffEmail } from './staffApi'

/**
 * Issue 13, "Preview": an editor sees a draft on the site's own layout from the admin (the preview
 * button, and the live-preview pane beside the editor), through a short-lived link: never cached,
 * never indexed, useless to anyone without it, for any other document, or after it expires.
 */
test.describe.configure({ mode: 'serial' })

const STAMP = Date.now().toString(36)
const TITLE = `Bản nháp xem trước ${STAMP}`
const SLUG = `ban-nhap-xem-truoc-${STAMP}`
let editor: APIRequestContext
let editorId = ''
let draftId = 0

test.beforeAll(async ({ playwright }) => {
  editor = await restSignIn(playwright, staffEmail('editor'))
  editorId = String(
    ((await (await editor.get(`${CMS}/api/users/me`)).json()) as { user: { id: number } }).user.id,
  )
  const created = await editor.post(`${CMS}/api/news?draft=true`, {
    data: {
      title: TITLE,
      slug: SLUG,
      summary: 'Bài viết chưa đăng: chỉ biên tập viên xem trước được.',
      _status: 'draft',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  draftId = ((await created.json()) as { doc: { id: number } }).doc.id
})
test.afterAll(() => editor.dispose())

async function signInToAdmin(page: Page) {
  await page.goto(`${CMS}/admin/login`)
  await page.locator('#field-email').fill(staffEmail('editor'))
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('form button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

/** A link as the admin makes it, signed here with the test portal's secret (expired, or for another document). */
const link = (collection: PreviewCollection, id: number | string, expiresAt: Date, locale = '') =>
  `${SITE}${locale}/preview/${collection}/${id}/?t=${signPreviewToken(
    tempPortalSecret(E2E_TEMP_NAME),
    {
      collection,
      id,
      editorId,
      expiresAt,
    },
  )}`

function expectPreviewHeaders(response: Response | null) {
  const headers = response!.headers()
  expect(headers['cache-control']).toBe('private, no-store')
  expect(headers['x-robots-tag']).toBe('noindex')
  expect(headers['content-security-policy']).toContain(`frame-ancestors ${new URL(CMS).origin}`)
  expect(headers['content-security-policy']).not.toContain("frame-ancestors 'none'")
  expect(headers['x-frame-options']).toBeUndefined()
}

test('an editor opens a draft in the admin, clicks preview, and sees it on the site layout, unindexed and uncached', async ({
  page,
  request,
}) => {
  await signInToAdmin(page)
  await page.goto(`${CMS}/admin/collections/news/${draftId}`)
  const previewAnswer = page
    .context()
    .waitForEvent('response', (r) => r.url().includes(`/preview/news/${draftId}/`))
  const [tab] = await Promise.all([
    page.context().waitForEvent('page'),
    page.locator('#preview-button').click(),
  ])
  const response = await previewAnswer
  await tab.waitForLoadState()
  expect(response.status()).toBe(200)
  expectPreviewHeaders(response)
  await expect(tab.locator('.preview-banner')).toContainText('Bản xem trước')
  await expect(tab.locator('.preview-banner')).toContainText('Preview')
  await expect(tab.locator('.preview-banner')).toContainText('Bản nháp')
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  // The site's own layout: its header and footer around the article.
  await expect(tab.locator('header').first()).toBeVisible()
  await expect(tab.locator('footer').first()).toBeVisible()
  await expect(tab.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex')
  await screenshot(tab, 'preview-news')

  // The same link in English (the language is not part of the link).
  const english = await tab.goto(tab.url().replace(SITE, `${SITE}/en`))
  expect(english!.status()).toBe(200)
  await expect(tab.locator('.preview-banner')).toContainText('Preview')

  // The draft is not at its public address, nor in the list.
  expect((await request.get(`/news/${SLUG}/`)).status()).toBe(404)
  expect(await (await request.get('/news/')).text()).not.toContain(TITLE)
})

test('the live-preview pane beside the editor shows the draft and follows an edited title on save', async ({
  page,
}) => {
  await signInToAdmin(page)
  await page.goto(`${CMS}/admin/collections/news/${draftId}`)
  await page.locator('#live-preview-toggler').click()
  const pane = page.frameLocator('#live-preview-iframe')
  await expect(pane.getByRole('heading', { level: 1 })).toHaveText(TITLE, { timeout: 20_000 })
  await expect(pane.locator('.preview-banner .live')).toBeVisible()
  const src = await page.locator('#live-preview-iframe').getAttribute('src')

  const edited = `${TITLE} (đã sửa)`
  await page.locator('#field-title').fill(edited)
  await page.locator('#action-save-draft').click()
  await expect(pane.getByRole('heading', { level: 1 })).toHaveText(edited, { timeout: 20_000 })
  console.log(
    `live preview: ${src === (await page.locator('#live-preview-iframe').getAttribute('src')) ? 'the same address reloaded on the save message' : 'a new address after the save'}`,
  )
  await screenshot(page, 'preview-live', { fullPage: false })
  // Still a draft: the public page knows nothing of it.
  expect((await page.request.get(`${SITE}/news/${SLUG}/`)).status()).toBe(404)
})

test('an expired, forged or borrowed link is refused with a clear page in the reader’s language', async ({
  page,
  request,
}) => {
  const expired = await page.goto(link('news', draftId, new Date(Date.now() - 60_000)))
  expect(expired!.status()).toBe(403)
  expectPreviewHeaders(expired)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không mở được bản xem trước')
  await expect(page.locator('main')).toContainText('đã hết hạn')
  await expect(page.locator('main')).not.toContainText(TITLE)
  await screenshot(page, 'preview-expired')

  const englishExpired = await page.goto(
    link('news', draftId, new Date(Date.now() - 60_000), '/en'),
  )
  expect(englishExpired!.status()).toBe(403)
  await expect(page.locator('main')).toContainText('has expired')

  const genuine = link('news', draftId, previewExpiry(new Date()))
  const forged = genuine.replace(/.{4}$/, 'AAAA')
  const forgedAnswer = await request.get(forged)
  expect(forgedAnswer.status()).toBe(403)
  expect(await forgedAnswer.text()).not.toContain(TITLE)

  // A genuine link of this draft does not open another document…
  const other = await request.get(genuine.replace(`/news/${draftId}/`, `/news/${draftId + 1}/`))
  expect(other.status()).toBe(403)
  // …nor does the address without any link.
  const bare = await request.get(`${SITE}/preview/news/${draftId}/`)
  expect(bare.status()).toBe(403)
  expect(await bare.text()).not.toContain(TITLE)
  expect((await request.get(genuine)).status()).toBe(200)
})

test('a release under embargo, a gallery and a session are previewed on their published pages’ layout', async ({
  page,
}) => {
  const created = await editor.post(`${CMS}/api/press-releases`, {
    data: {
      title: `Thông cáo cấm đăng xem trước ${STAMP}`,
      summary: 'Cấm đăng đến ngày mai.',
      embargoUntil: new Date(Date.now() + 86_400_000).toISOString(),
      _status: 'published',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const release = ((await created.json()) as { doc: { id: number; slug: string } }).doc
  const shown = await page.goto(link('press-releases', release.id, previewExpiry(new Date())))
  expect(shown!.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Thông cáo cấm đăng xem trước ${STAMP}`,
  )
  await expect(page.locator('.embargo')).toBeVisible()
  await screenshot(page, 'preview-release')

  const firstOf = async (collection: string) =>
    (
      (await (await editor.get(`${CMS}/api/${collection}?limit=1&depth=0`)).json()) as {
        docs: { id: number; title: string }[]
      }
    ).docs[0]!
  const gallery = await firstOf('galleries')
  expect(
    (await page.goto(link('galleries', gallery.id, previewExpiry(new Date()))))!.status(),
  ).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(gallery.title)
  await expect(page.locator('.photos img').first()).toBeVisible()
  await screenshot(page, 'preview-gallery')

  const session = await firstOf('sessions')
  const sessionUrl = `${link('sessions', session.id, previewExpiry(new Date()))}#session-${session.id}`
  expect((await page.goto(sessionUrl))!.status()).toBe(200)
  await expect(page.locator(`#session-${session.id}`)).toContainText(session.title)
  await expect(page.locator('.preview-banner')).toBeVisible()
  await screenshot(page, 'preview-session')
})

test('a preview and its refusal page pass axe (WCAG 2.2 AA)', async ({ page }) => {
  for (const url of [
    link('news', draftId, previewExpiry(new Date())),
    link('news', draftId, new Date(Date.now() - 60_000), '/en'),
  ]) {
    await page.goto(url)
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
      url,
    ).toEqual([])
  }
})
