import { chromium } from '@playwright/test'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const page = await (await browser.newContext()).newPage()
page.on('request', async (r) => r.url().includes('/admin') && console.log('>>', r.url(), JSON.stringify(await r.allHeaders())))
page.on('response', async (r) => console.log('<<', r.status(), r.url(), JSON.stringify(await r.allHeaders())))
await page.goto('http://127.0.0.1:3721/admin/login?next=x')
await page.waitForTimeout(3000)
console.log('at', page.url())
await browser.close()
