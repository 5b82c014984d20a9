import '~/cms/scripts/requireNode'

import { mkdirSync, writeFileSync } from 'node:fs'

import { type Browser, chromium } from '@playwright/test'

import { DEMO_PASSWORD, DEMO_STAFF } from '~/cms/seed/users'
import { useTempPortal } from '../support/tempPortal'

/**
 * `npm run bench:dashboard`: signing in to the admin's dashboard, on the production build with the
 * demo data, in Chromium: the time from pressing "sign in" to the dashboard's heading on screen.
 * Cold: the first sign-in on a freshly started admin that was NOT warmed; warmed: the first
 * sign-in after the start script's warm-up (what `npm start` gives); warm: further sign-ins
 * (median and worst of ROUNDS per role). The budget: ≤ 2 s warm.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5)
const SITE = 'http://127.0.0.1:4631'
const CMS = 'http://127.0.0.1:3631'

useTempPortal('portal-bench-dashboard', { site: SITE, cms: CMS })
const { getEnv } = await import('~/cms/env')
const { buildIfNeeded } = await import('~/cms/scripts/build')
const { prepareDatabase } = await import('~/cms/scripts/prepareDatabase')
const { startServers } = await import('~/cms/scripts/servers')
buildIfNeeded()
await prepareDatabase({ seed: true })

const emailOf = (role: string) =>
  DEMO_STAFF.find((user) => user.roles.includes(role as never))!.email

async function signIn(browser: Browser, role: string): Promise<number> {
  const context = await browser.newContext()
  const page = await context.newPage()
  try {
    await page.goto(`${CMS}/admin/login`)
    await page.locator('#field-email').fill(emailOf(role))
    await page.locator('#field-password').fill(DEMO_PASSWORD)
    const started = performance.now()
    await page.locator('form button[type="submit"]').click()
    await page.getByRole('heading', { level: 1, name: 'Bàn làm việc' }).waitFor({ timeout: 60_000 })
    return Math.round(performance.now() - started)
  } finally {
    await context.close()
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
})
const lines: string[] = []
const say = (line: string) => (console.log(line), lines.push(line))
try {
  for (const warm of [false, true]) {
    const portal = await startServers(getEnv(), { quiet: true, warm })
    try {
      const first = await signIn(browser, 'accreditation-officer')
      say(
        `first sign-in after start (${warm ? 'admin warmed by the start script' : 'cold, not warmed'}): ${first} ms`,
      )
      if (!warm) continue
      for (const role of ['accreditation-officer', 'editor', 'admin']) {
        const ms: number[] = []
        for (let i = 0; i < ROUNDS; i++) ms.push(await signIn(browser, role))
        ms.sort((a, b) => a - b)
        say(
          `warm ${role}: median ${ms[Math.floor(ms.length / 2)]} ms, worst ${ms[ms.length - 1]} ms (${ROUNDS} sign-ins)`,
        )
      }
    } finally {
      await portal.stop()
    }
  }
} finally {
  await browser.close()
}
mkdirSync('test-results/bench', { recursive: true })
writeFileSync('test-results/bench/dashboard.md', `${lines.join('\n')}\n`)
process.exit(0)
