import '~/cms/scripts/requireNode'

import { type Browser, chromium } from '@playwright/test'

import { DEMO_PASSWORD, DEMO_STAFF } from '~/cms/seed/users'
import { benchPortal, conditions, writePart } from './support'

/**
 * `npm run bench:dashboard`: signing in to the admin's dashboard, on the production build with the
 * demo data, in Chromium: the time from pressing "sign in" to the dashboard's heading on screen.
 * Cold: the first sign-in on a freshly started admin that was NOT warmed; warmed: the first
 * sign-in after the start script's warm-up (what `npm start` gives); warm: further sign-ins
 * (median and worst of ROUNDS per role). The budget: ≤ 2 s warm.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5)
const { port } = benchPortal('portal-bench-dashboard', 4661)
const CMS = `http://127.0.0.1:${port(3661)}`
const { getEnv } = await import('~/cms/env')
const { buildIfNeeded } = await import('~/cms/scripts/build')
const { prepareDatabase } = await import('~/cms/scripts/prepareDatabase')
const { startServers } = await import('~/cms/scripts/servers')
buildIfNeeded()
await prepareDatabase({ seed: true })

const emailOf = (role: string) =>
  DEMO_STAFF.find((user) => user.roles.includes(role as never))!.email

/** Sign-in → dashboard on screen (ms), the sign-in page's own load (ms), and the session cookie. */
async function signIn(browser: Browser, role: string) {
  const context = await browser.newContext({ locale: 'vi-VN' })
  const page = await context.newPage()
  try {
    const opened = performance.now()
    await page.goto(`${CMS}/admin/login`)
    await page.locator('#field-email').waitFor()
    const loginPageMs = Math.round(performance.now() - opened)
    await page.locator('#field-email').fill(emailOf(role))
    await page.locator('#field-password').fill(DEMO_PASSWORD)
    const started = performance.now()
    await page.locator('form button[type="submit"]').click()
    await page.getByRole('heading', { level: 1, name: 'Bàn làm việc' }).waitFor({ timeout: 60_000 })
    const ms = Math.round(performance.now() - started)
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
    return { ms, loginPageMs, cookie }
  } finally {
    await context.close()
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
})
const lines: string[] = ['## Signing in to the dashboard', '', conditions(), '']
const say = (line: string) => (console.log(line), lines.push(`- ${line}`))
try {
  for (const warm of [false, true]) {
    const portal = await startServers(getEnv(), { quiet: true, warm })
    try {
      const first = await signIn(browser, 'accreditation-officer')
      say(
        `first visit after start (${warm ? 'admin warmed by the start script' : 'cold, not warmed'}): ` +
          `sign-in page ${first.loginPageMs} ms, then sign-in → dashboard ${first.ms} ms`,
      )
      if (!warm) continue
      for (const role of ['accreditation-officer', 'editor', 'admin']) {
        const ms: number[] = []
        let cookie = ''
        for (let i = 0; i < ROUNDS; i++) {
          const run = await signIn(browser, role)
          ms.push(run.ms)
          cookie = run.cookie
        }
        // Opening the dashboard again, signed in (a reload: server render and hydration).
        const context = await browser.newContext({ locale: 'vi-VN' })
        await context.addCookies(
          cookie.split('; ').map((pair) => {
            const [name, ...value] = pair.split('=')
            return { name: name!, value: value.join('='), url: CMS }
          }),
        )
        const page = await context.newPage()
        const render: number[] = []
        for (let i = 0; i < ROUNDS; i++) {
          const t0 = performance.now()
          await page.goto(`${CMS}/admin`)
          await page.getByRole('heading', { level: 1, name: 'Bàn làm việc' }).waitFor()
          render.push(Math.round(performance.now() - t0))
        }
        await context.close()
        say(
          `warm ${role}: sign-in → dashboard median ${median(ms)} ms, worst ${Math.max(...ms)} ms ` +
            `(${ROUNDS} sign-ins); opening the dashboard again: median ${median(render)} ms`,
        )
      }
    } finally {
      await portal.stop()
    }
  }
} finally {
  await browser.close()
}
writePart('dashboard', lines)
process.exit(0)
