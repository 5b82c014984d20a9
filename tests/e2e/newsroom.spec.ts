import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import ICAL from 'ical.js'
import Parser from 'rss-parser'

import { EVENT_SHARED } from '~/cms/seed/event'
import { DEMO_GALLERIES } from '~/cms/seed/galleries'
import { DEMO_NEWS } from '~/cms/seed/news'
import { DEMO_RELEASES } from '~/cms/seed/releases'
import { DEMO_SESSIONS } from '~/cms/seed/schedule'
import { E2E_CMS_URL } from './ports'
import { screenshot } from './screenshot'
import { signIn, staffEmail } from './staffApi'

const release = DEMO_RELEASES[0]!
const gallery = DEMO_GALLERIES[0]!
const article = DEMO_NEWS[0]!
/** The archived congress: its releases, programme and documents live at its own addresses. */
const congress = `/events/${EVENT_SHARED.slug}`

test('the release list and a release, with breadcrumbs, attachment and NewsArticle data; the language switch keeps the release', async ({
  page,
}) => {
  await page.goto(`${congress}/releases/`)
  await page.getByRole('link', { name: release.vi.title }).click()
  await expect(page).toHaveURL(`/releases/${release.slug}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(release.vi.title)
  await expect(
    page
      .getByRole('navigation', { name: 'Vị trí trang' })
      .getByRole('link', { name: 'Thông cáo báo chí' }),
  ).toBeVisible()
  const pdf = page.getByRole('link', { name: 'Phụ lục: chương trình chi tiết' })
  const file = await page.request.get(new URL((await pdf.getAttribute('href'))!, page.url()).href)
  expect(file.headers()['content-type']).toBe('application/pdf')
  expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-')
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent())!,
  ) as Record<string, string>
  expect(jsonLd['@type']).toBe('NewsArticle')
  expect(jsonLd.headline).toBe(release.vi.title)
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
  await screenshot(page, 'release-vi', { fullPage: true })
  await page.getByRole('link', { name: 'Đọc bằng tiếng Anh' }).click()
  await expect(page).toHaveURL(`/en/releases/${release.slug}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(release.en.title)
})

test('the gallery lightbox works with the keyboard alone, and focus comes back', async ({
  page,
}) => {
  await page.goto(`/galleries/${gallery.slug}/`)
  await screenshot(page, 'gallery-vi', { fullPage: true })
  const first = page.locator('a[data-lightbox]').first()
  await first.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Xem ảnh' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText(`Ảnh 1 / ${gallery.photos.length}`)
  await expect(dialog).toContainText(gallery.photos[0]!.caption.vi)
  await page.keyboard.press('ArrowRight')
  await expect(dialog).toContainText(`Ảnh 2 / ${gallery.photos.length}`)
  await expect(dialog).toContainText(gallery.photos[1]!.caption.vi)
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  await expect(dialog).toContainText(`Ảnh ${gallery.photos.length} / ${gallery.photos.length}`)
  // The large photo loads after the move: wait for it rather than racing it.
  await expect
    .poll(() =>
      dialog
        .locator('img')
        .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    )
    .toBe(true)
  await screenshot(page, 'gallery-lightbox')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page.locator('a[data-lightbox]').last()).toBeFocused()
})

test('gallery photos come as AVIF, WebP and JPEG; the public never gets an original', async ({
  page,
  request,
}) => {
  await page.goto(`/galleries/${gallery.slug}/`)
  const sources = page.locator('.photos picture').first().locator('source')
  await expect(sources.first()).toHaveAttribute('type', 'image/avif')
  await expect(sources.nth(1)).toHaveAttribute('type', 'image/webp')
  const fallback = await page.locator('.photos picture img').first().getAttribute('src')
  expect(fallback).toMatch(/\.jpg$/)
  expect(await page.getByText('Tải ảnh gốc').count()).toBe(0)
  const original = fallback!.replace(/-\d+x\d+\.jpg$/, '.jpg')
  expect((await request.get(original)).status()).toBe(404)
})

test('search finds "Đại hội" for "dai hoi", marks the words, and survives any query', async ({
  page,
  request,
}) => {
  await page.goto('/search/')
  await page.getByLabel('Từ khóa').fill('dai hoi')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/search\/?\?q=dai\+hoi/)
  await expect(page.getByRole('heading', { level: 2 })).toContainText('kết quả')
  await expect(page.locator('.hits mark').first()).toHaveText(/^(Đại|hội|đại|Hội)$/)
  await expect(page.locator('.hits a').first()).toBeVisible()
  await screenshot(page, 'search-vi', { fullPage: true })
  for (const q of [
    '',
    'a'.repeat(1000),
    'a'.repeat(5000),
    'title:foo~2 +bar^3 -baz *',
    '"\\(){}[]',
    '%',
    'Đ'.repeat(300),
  ]) {
    const response = await request.get(`/search/?q=${encodeURIComponent(q)}`)
    expect(response.status(), q.slice(0, 20)).toBe(200)
  }
  await page.goto(`/search/?q=${encodeURIComponent('<script>alert(1)</script> dai')}`)
  expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0)
  await page.goto('/en/search/?q=delegates')
  await expect(page.locator('.hits li').first()).toBeVisible()
})

test('the congress programme groups the two days, and its .ics files are read back by ical.js', async ({
  page,
  request,
}) => {
  await page.goto(`${congress}/schedule/`)
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(2)
  await expect(page.getByRole('heading', { name: DEMO_SESSIONS[3]!.vi.title })).toBeVisible()
  await screenshot(page, 'schedule-vi', { fullPage: true })
  const all = await request.get(`${congress}/schedule.ics`)
  expect(all.headers()['content-type']).toContain('text/calendar')
  const calendar = new ICAL.Component(ICAL.parse(await all.text()))
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
  expect(events.length).toBe(DEMO_SESSIONS.length)
  const opening = events.find((e) => e.summary === DEMO_SESSIONS[3]!.vi.title)!
  expect(opening.startDate.toJSDate().toISOString()).toBe(DEMO_SESSIONS[3]!.startsAt)
  const oneHref = await page.locator('a.ics').first().getAttribute('href')
  const one = new ICAL.Component(ICAL.parse(await (await request.get(oneHref!)).text()))
  expect(one.getAllSubcomponents('vevent').length).toBe(1)
  const english = new ICAL.Component(
    ICAL.parse(await (await request.get(`/en${congress}/schedule.ics`)).text()),
  )
  expect(english.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).summary)).toContain(
    DEMO_SESSIONS[3]!.en.title,
  )
})

test('news and release feeds in both languages are read by rss-parser; the sitemap lists both languages', async ({
  request,
}) => {
  const parser = new Parser()
  const news = await parser.parseString(await (await request.get('/rss/news.xml')).text())
  expect(news.items.map((i) => i.title)).toContain(article.vi.title)
  const newsEn = await parser.parseString(await (await request.get('/en/rss/news.xml')).text())
  expect(newsEn.items.map((i) => i.title)).toContain(article.en.title)
  expect(newsEn.items[0]!.link).toMatch(/\/en\/news\//)
  const releases = await parser.parseString(await (await request.get('/rss/releases.xml')).text())
  expect(releases.items.map((i) => i.title)).toContain(release.vi.title)
  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toContain(`/releases/${release.slug}/</loc>`)
  expect(sitemap).toContain(`/en/galleries/${gallery.slug}/</loc>`)
  expect(await (await request.get('/robots.txt')).text()).toMatch(
    /^Sitemap: http.*\/sitemap\.xml$/m,
  )
})

test('documents: public PDFs are listed and download, press-only ones are neither listed nor served', async ({
  page,
  request,
  playwright,
}) => {
  await page.goto(`${congress}/documents/`)
  await expect(page.getByRole('link', { name: 'Chương trình Đại hội' })).toBeVisible()
  await expect(page.getByText('Tài liệu dành cho phóng viên')).toHaveCount(0)
  await screenshot(page, 'documents-vi', { fullPage: true })
  const editor = await signIn(playwright, staffEmail('editor'))
  const { docs } = (await (
    await editor.get(`${E2E_CMS_URL}/api/documents?where[audience][equals]=press`)
  ).json()) as { docs: { id: number; filename: string }[] }
  await editor.dispose()
  expect(docs.length).toBeGreaterThan(0)
  for (const doc of docs) {
    expect((await request.get(`/documents/${doc.id}/${doc.filename}`)).status()).toBe(404)
    expect([403, 404]).toContain(
      (await request.get(`${E2E_CMS_URL}/api/documents/file/${doc.filename}`)).status(),
    )
  }
})

test('the home page brings together news, releases and galleries, in each language', async ({
  page,
  request,
}) => {
  // Other tests publish releases too: the home page must show whichever is newest for the public.
  const newest = (await (
    await request.get(
      `${E2E_CMS_URL}/api/press-releases?sort=-publishedAt&limit=1&depth=0&locale=vi`,
    )
  ).json()) as { docs: { title: string }[] }
  // The public pages are cached for a moment: reload until the newest one is there.
  await expect(async () => {
    await page.goto('/')
    await expect(page.getByRole('link', { name: newest.docs[0]!.title, exact: true })).toBeVisible({
      timeout: 1000,
    })
  }).toPass({ timeout: 15_000 })
  await expect(page.getByRole('heading', { name: 'Thông cáo mới', exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: gallery.title.vi })).toBeVisible()
  await screenshot(page, 'home-newsroom-vi', { fullPage: true })
  await page.goto('/en/')
  await expect(page.getByRole('link', { name: gallery.title.en })).toBeVisible()
})

test('bad addresses get a 404 in the reader’s language, never a 500', async ({ request }) => {
  for (const path of [
    '/releases/?page=0',
    '/releases/?page=abc',
    '/releases/NOT_A_SLUG/',
    '/galleries/?page=99999',
    '/galleries/x/original/1',
    '/galleries/x/original/..%2F..%2Fdata',
    '/documents/abc/x.pdf',
    '/documents/999999/x.pdf',
    '/schedule/abc.ics',
    '/schedule/999999.ics',
    '/rules/..%2F..%2Fetc/',
    '/rules/9.9/',
    '/en/releases/nope/',
    '/events/no-such-event/',
    '/events/no-such-event/schedule/',
    '/en/events/no-such-event/releases/',
    '/events/NOT_A_SLUG/',
    '/events/..%2F..%2Fetc/',
    '/events/no-such-event/schedule.ics',
    `${congress}/releases/?page=99999`,
    `${congress}/galleries/?page=abc`,
  ]) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(404)
  }
  // Typed "%FF" arrives encoded and is searched; a malformed address (not from a browser form) is refused.
  expect((await request.get(`/search/?q=${encodeURIComponent('%FF%FE%25')}`)).status()).toBe(200)
  expect((await request.get('/search/?q=%FF%FE%25')).status()).toBe(400)
})

const PAGES = [
  '/',
  '/news/',
  `/news/${article.slug}/`,
  '/releases/',
  `/releases/${release.slug}/`,
  '/galleries/',
  `/galleries/${gallery.slug}/`,
  '/schedule/',
  '/documents/',
  '/search/?q=dai+hoi',
  '/rules/',
  '/events/',
  `${congress}/`,
  `${congress}/schedule/`,
  `${congress}/documents/`,
  '/en/',
  `/en/releases/${release.slug}/`,
  '/no-such-page/',
]

for (const path of PAGES) {
  test(`no WCAG 2.2 AA violation found by axe on ${path}`, async ({ page }) => {
    await page.goto(path)
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([])
  })
}

test('the gallery lightbox passes axe while open', async ({ page }) => {
  await page.goto(`/galleries/${gallery.slug}/`)
  await page.locator('a[data-lightbox]').first().click()
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze()
  expect(results.violations.map((v) => v.id)).toEqual([])
})

/** Page-weight budget for an article on a phone: what a first visit downloads, all of it. */
const ARTICLE_BUDGET_BYTES = 150 * 1024

test(`an article page on a phone stays within ${ARTICLE_BUDGET_BYTES / 1024} KB and runs no JavaScript`, async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
  })
  const page = await context.newPage()
  const sizes: { url: string; type: string; bytes: number }[] = []
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0))
    sizes.push({ url: response.url(), type: response.request().resourceType(), bytes: body.length })
  })
  await page.goto(`/news/${article.slug}/`, { waitUntil: 'networkidle' })
  const total = sizes.reduce((sum, s) => sum + s.bytes, 0)
  console.log(
    `article page weight: ${(total / 1024).toFixed(1)} KB — ${sizes.map((s) => `${s.type} ${(s.bytes / 1024).toFixed(1)} KB`).join(', ')}`,
  )
  expect(sizes.filter((s) => s.type === 'script')).toEqual([])
  expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0)
  expect(total).toBeLessThan(ARTICLE_BUDGET_BYTES)
  await context.close()
})
