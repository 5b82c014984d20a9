import { expect, test } from '@playwright/test'

import { calendarEvents } from '~/cms/seed/calendar'
import { EVENT_SHARED, EVENT_TEXT } from '~/cms/seed/event'
import { DEMO_NEWS, DRAFT_NEWS_TITLE } from '~/cms/seed/news'
import { screenshot } from './screenshot'

const newestFirst = [...DEMO_NEWS].sort((a, b) =>
  (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''),
)
const latest = newestFirst[0]

const { council, briefing } = calendarEvents()

test('the home page features today’s event, its window and the other events, with the latest news', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(briefing.vi.name)
  await expect(page.getByText('Đang nhận đăng ký tác nghiệp đến')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Đăng ký tác nghiệp →' })).toHaveAttribute(
    'href',
    '/accreditation/',
  )
  const others = page.getByRole('region', { name: 'Các sự kiện khác' })
  await expect(others.getByRole('link', { name: council.vi.name })).toBeVisible()
  await expect(others.getByRole('link', { name: EVENT_TEXT.vi.name })).toBeVisible()
  await expect(page.getByRole('link', { name: latest!.vi.title })).toBeVisible()
  await expect(page.getByText(DRAFT_NEWS_TITLE)).toHaveCount(0)
  // The header names the press office, not one event.
  await expect(page.locator('.site-header')).toContainText(briefing.vi.organiser!)
  await screenshot(page, 'home-vi')
})

test('the congress keeps its own page with its facts, reached from the archive', async ({
  page,
}) => {
  await page.goto('/events/')
  await page.getByRole('link', { name: EVENT_TEXT.vi.name }).click()
  await expect(page).toHaveURL(`/events/${EVENT_SHARED.slug}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EVENT_TEXT.vi.name)
  await expect(page.getByText('450', { exact: true })).toBeVisible()
  await expect(page.getByText('68', { exact: true })).toBeVisible()
  await expect(page.getByText('Đã đóng đăng ký tác nghiệp')).toBeVisible()
})

test('a reader switches to English and stays on the same article', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: latest!.vi.title }).click()
  await expect(page).toHaveURL(`/news/${latest!.slug}/`)
  await page.getByRole('link', { name: 'Đọc bằng tiếng Anh' }).click()
  await expect(page).toHaveURL(`/en/news/${latest!.slug}/`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(latest!.en.title)
})

test('the English home page lists the news in English', async ({ page }) => {
  await page.goto('/en/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(briefing.en.name)
  await expect(page.getByText('Accreditation open until')).toBeVisible()
  for (const article of newestFirst.slice(0, 3))
    await expect(page.getByRole('link', { name: article.en.title })).toBeVisible()
  await screenshot(page, 'home-en')
})

test('an article page shows its text and a sized, loaded lead image', async ({ page }) => {
  const article = DEMO_NEWS[0]!
  await page.goto(`/news/${article.slug}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.vi.title)
  await expect(page.locator('.prose p').first()).not.toBeEmpty()
  const image = page.locator('article picture img').first()
  await expect(image).toHaveAttribute('width', /\d+/)
  expect(
    await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
  ).toBe(true)
  expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0)
  await screenshot(page, 'article-vi', { fullPage: true })
})

test('the news list links every published article and no draft', async ({ page }) => {
  await page.goto('/news/')
  for (const article of DEMO_NEWS)
    await expect(page.getByRole('link', { name: article.vi.title })).toBeVisible()
  await expect(page.getByText(DRAFT_NEWS_TITLE)).toHaveCount(0)
  await screenshot(page, 'news-list-vi', { fullPage: true })
})

test('the press operating rules are readable in both languages', async ({ page }) => {
  await page.goto('/rules/')
  await expect(page.getByText(/Phiên bản 1\.0/)).toBeVisible()
  await page.goto('/en/rules/')
  await expect(page.getByText(/Version 1\.0/)).toBeVisible()
  await screenshot(page, 'rules-en', { fullPage: true })
})

test('unknown pages get the site’s own 404 in the reader’s language', async ({ page }) => {
  const vi = await page.goto('/khong-co-trang-nay/')
  expect(vi?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang')
  const en = await page.goto('/en/news/no-such-article/')
  expect(en?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await expect(page.locator('body')).not.toContainText(/at \w+ \(|node_modules|Error:/)
  const bad = await page.goto('/news/?page=abc')
  expect(bad?.status()).toBe(404)
})

test('the skip link takes a keyboard user to the main content', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()
})
