import { type APIRequestContext, type APIResponse, expect, test } from '@playwright/test'
import Parser from 'rss-parser'

import { calendarEvents } from '~/cms/seed/calendar'
import { EVENT_SHARED } from '~/cms/seed/event'
import { DEMO_GALLERIES } from '~/cms/seed/galleries'
import { DEMO_JOURNALIST_EMAIL, DEMO_PASSWORD } from '~/cms/seed/users'
import { minimalPdf } from '../support/sampleFiles'
import { E2E_CMS_URL, E2E_SITE_URL } from './ports'
import { signIn, staffEmail } from './staffApi'

/**
 * The embargo seen from outside, as an anonymous client: before the lift nothing of an embargoed
 * release shows through any URL, API, feed, sitemap, search or attachment; after "lift embargo
 * now" it shows everywhere. Also: how long a publication takes to reach the public site.
 */
test.describe.configure({ mode: 'serial' })

const SITE = E2E_SITE_URL
const CMS = E2E_CMS_URL
// A word no other content has, so a leak of the text can be spotted in any response.
const MARKER = `Bímật${Date.now().toString(36)}`
const TITLE = `Thông cáo cấm đăng ${MARKER}`
/** Today's press conference, the featured event: a release made without an event belongs to it. */
const FEATURED = calendarEvents().briefing.shared.slug
let editor: APIRequestContext
let releaseId = 0
let slug = ''
let attachmentId = 0
let attachmentFile = ''

test.beforeAll(async ({ playwright }) => {
  editor = await signIn(playwright, staffEmail('editor'))
})
test.afterAll(() => editor.dispose())

const textOf = async (response: APIResponse) => `${response.status()} ${await response.text()}`

/** Every public channel, read anonymously: true if any of them shows the release. */
async function leaks(request: APIRequestContext): Promise<string[]> {
  const seen: string[] = []
  const check = async (
    name: string,
    url: string,
    init: { method?: 'POST'; data?: unknown; needle?: string } = {},
  ) => {
    const response =
      init.method === 'POST' ? await request.post(url, { data: init.data }) : await request.get(url)
    const body = await textOf(response)
    if (
      body.includes(init.needle ?? MARKER) ||
      (name.startsWith('file') && response.status() === 200)
    )
      seen.push(name)
  }
  await check('release page', `${SITE}/releases/${slug}/`)
  await check('release page (en)', `${SITE}/en/releases/${slug}/`)
  await check('release list', `${SITE}/releases/`)
  await check('event release list', `${SITE}/events/${FEATURED}/releases/`)
  await check('home', `${SITE}/`)
  await check('rss', `${SITE}/rss/releases.xml`)
  await check('sitemap', `${SITE}/sitemap.xml`, { needle: `/releases/${slug}/` })
  // The search page repeats the query, so a leak is a link to the release, not the word.
  await check('search', `${SITE}/search/?q=${encodeURIComponent(MARKER)}`, {
    needle: `/releases/${slug}/`,
  })
  await check('REST list', `${CMS}/api/press-releases?limit=100`)
  await check('REST by id', `${CMS}/api/press-releases/${releaseId}`)
  await check('REST where', `${CMS}/api/press-releases?where[slug][equals]=${slug}`)
  await check('REST documents', `${CMS}/api/documents?limit=100`)
  // GraphQL is switched off: it must never show the release, before or after the lift.
  await check('GraphQL', `${CMS}/api/graphql`, {
    method: 'POST',
    data: { query: '{ PressReleases(limit: 100) { docs { id title summary } } }' },
    needle: MARKER,
  })
  await check('file via site', `${SITE}/documents/${attachmentId}/${attachmentFile}`)
  await check('file via REST', `${CMS}/api/documents/file/${attachmentFile}`)
  const feed = await new Parser().parseString(
    await (await request.get(`${SITE}/rss/releases.xml`)).text(),
  )
  if (feed.items.some((item) => item.title?.includes(MARKER))) seen.push('rss (parsed)')
  return seen
}

test('an embargoed release is invisible to an anonymous client through every channel', async ({
  request,
}) => {
  const created = await editor.post(`${CMS}/api/press-releases`, {
    data: {
      title: TITLE,
      summary: `Tóm tắt ${MARKER}`,
      _status: 'published',
      embargoUntil: new Date(Date.now() + 24 * 3600_000).toISOString(),
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const release = ((await created.json()) as { doc: { id: number; slug: string } }).doc
  releaseId = release.id
  slug = release.slug
  const pdf = minimalPdf()
  const uploaded = await editor.post(`${CMS}/api/documents`, {
    multipart: {
      file: { name: 'dinh-kem.pdf', mimeType: 'application/pdf', buffer: pdf },
      _payload: JSON.stringify({
        title: `Đính kèm ${MARKER}`,
        kind: 'attachment',
        audience: 'public',
        release: releaseId,
      }),
    },
  })
  expect(uploaded.status(), await uploaded.text()).toBe(201)
  const attachment = ((await uploaded.json()) as { doc: { id: number; filename: string } }).doc
  attachmentId = attachment.id
  attachmentFile = attachment.filename

  // The editor sees it; nobody else does, whichever way they ask.
  expect((await editor.get(`${CMS}/api/press-releases/${releaseId}`)).status()).toBe(200)
  expect(await leaks(request)).toEqual([])
  expect((await request.get(`${SITE}/releases/${slug}/`)).status()).toBe(404)
})

test('a signed-in accredited journalist reads the embargoed release with its banner, hi-res originals and press documents', async ({
  browser,
  request,
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/press/')
  await page.getByLabel('E-mail đã đăng ký').fill(DEMO_JOURNALIST_EMAIL)
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page).toHaveURL(/\/press\/$/)

  const response = await page.goto(`/releases/${slug}/`)
  expect(response?.status()).toBe(200)
  expect(response?.headers()['cache-control']).toBe('private, no-store')
  await expect(page.getByRole('note')).toContainText('CẤM ĐĂNG')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex')
  expect(await page.locator('script[type="application/ld+json"]').count()).toBe(0)
  const attachment = await page.request.get(`/documents/${attachmentId}/${attachmentFile}`)
  expect(attachment.status()).toBe(200)
  await page.screenshot({
    path: 'test-results/screenshots/release-embargoed-press.png',
    fullPage: true,
  })

  await page.goto(`/galleries/${DEMO_GALLERIES[0]!.slug}/`)
  const original = page.getByRole('link', { name: 'Tải ảnh gốc (độ phân giải cao)' }).first()
  const href = (await original.getAttribute('href'))!
  const download = await page.request.get(href)
  expect(download.status()).toBe(200)
  expect(download.headers()['content-type']).toBe('image/jpeg')
  expect((await request.get(href)).status(), 'an anonymous client got the original').toBe(404)

  // The press kit belongs to the congress: its documents page lists the press-only ones.
  await page.goto(`/events/${EVENT_SHARED.slug}/documents/`)
  await expect(page.getByText('Chỉ dành cho phóng viên được cấp thẻ').first()).toBeVisible()
  // Still nothing for the public, and nothing the journalist saw was cached for them.
  expect(await leaks(request)).toEqual([])
  await context.close()
})

test('"lift embargo now" puts the release and its attachment on every channel within seconds', async ({
  request,
}) => {
  const lifted = await editor.post(`${CMS}/api/press-releases/${releaseId}/lift-embargo`)
  expect(lifted.status(), await lifted.text()).toBe(200)
  const started = Date.now()
  // The site caches public reads for PUBLIC_CACHE_SECONDS (2 s in these tests).
  const everyChannel = [
    'release page',
    'release page (en)',
    'release list',
    'event release list',
    'home',
    'rss',
    'sitemap',
    'search',
    'REST list',
    'REST by id',
    'REST where',
    'REST documents',
    'file via site',
    'file via REST',
    'rss (parsed)',
  ]
  await expect
    .poll(async () => (await leaks(request)).sort(), { timeout: 15_000, intervals: [250] })
    .toEqual([...everyChannel].sort())
  console.log(
    `embargo lift → visible on all ${everyChannel.length} channels: ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
  const page = await request.get(`${SITE}/releases/${slug}/`)
  expect(page.status()).toBe(200)
  expect(await page.text()).not.toContain('CẤM ĐĂNG')
})

test('a release published in the admin is on the public site within seconds (publish → visible)', async ({
  request,
}) => {
  const title = `Thông cáo mới ${MARKER}x`
  const started = Date.now()
  const created = await editor.post(`${CMS}/api/press-releases`, {
    data: { title, _status: 'published' },
  })
  expect(created.status()).toBe(201)
  const { slug: newSlug } = ((await created.json()) as { doc: { slug: string } }).doc
  await expect
    .poll(
      async () =>
        (await request.get(`${SITE}/releases/`)).text().then((html) => html.includes(title)),
      { timeout: 15_000, intervals: [100] },
    )
    .toBe(true)
  const listSeconds = (Date.now() - started) / 1000
  expect((await request.get(`${SITE}/releases/${newSlug}/`)).status()).toBe(200)
  console.log(`publish → visible in the release list: ${listSeconds.toFixed(1)} s`)
  test
    .info()
    .annotations.push({ type: 'publish-to-visible', description: `${listSeconds.toFixed(1)} s` })
})

test('a draft never reaches the public', async ({ request }) => {
  const title = `Bản nháp ${MARKER}d`
  const created = await editor.post(`${CMS}/api/press-releases`, {
    data: { title, _status: 'draft' },
  })
  expect(created.status()).toBe(201)
  await new Promise((resolve) => setTimeout(resolve, 2500))
  expect(await (await request.get(`${SITE}/releases/`)).text()).not.toContain(title)
  expect(
    await (await request.get(`${CMS}/api/press-releases?draft=true&limit=100`)).text(),
  ).not.toContain(title)
})

test('an embargo ends by itself at its time: no job, no restart', async ({ request }) => {
  const title = `Thông cáo hẹn giờ ${MARKER}t`
  const created = await editor.post(`${CMS}/api/press-releases`, {
    data: { title, _status: 'published', embargoUntil: new Date(Date.now() + 4000).toISOString() },
  })
  expect(created.status()).toBe(201)
  const { slug: timedSlug } = ((await created.json()) as { doc: { slug: string } }).doc
  expect((await request.get(`${SITE}/releases/${timedSlug}/`)).status()).toBe(404)
  await expect
    .poll(async () => (await request.get(`${SITE}/releases/${timedSlug}/`)).status(), {
      timeout: 15_000,
      intervals: [500],
    })
    .toBe(200)
  expect(
    await (await request.get(`${CMS}/api/press-releases?where[slug][equals]=${timedSlug}`)).text(),
  ).toContain(title)
})
