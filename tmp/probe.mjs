import { chromium } from '@playwright/test'
const CMS = 'http://localhost:3721'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const ctx = await browser.newContext({ timezoneId: 'America/New_York' })
const page = await ctx.newPage()
await page.goto(`${CMS}/admin/login`)
await page.locator('#field-email').fill(process.argv[2] ?? 'admin@congress.local')
await page.locator('#field-password').fill('demo-password-2025')
await page.locator('form button[type="submit"]').click()
await page.waitForURL(/\/admin\/?$/)
for (const slug of (process.argv[3] ?? 'audit-entries,check-ins,access-log,email-messages,passes,journalists,accreditation-requests').split(',')) {
  await page.goto(`${CMS}/admin/collections/${slug}`)
  await page.waitForLoadState('networkidle')
  const create = await page.locator('a[href$="/create"], #action-create, .list-create-new-doc').count()
  const firstRow = (await page.locator('table tbody tr').first().innerText().catch(() => '')).replace(/\s+/g, ' ')
  const head = (await page.locator('table thead').innerText().catch(() => '')).replace(/\s+/g, ' ')
  console.log(slug, 'create links:', create, '|', head, '|', firstRow.slice(0, 200))
}
if (process.argv[4]) await page.screenshot({ path: process.argv[4], fullPage: true })
await browser.close()
