import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { expect, test } from '@playwright/test'

import { SITE_SERVER } from '~/cms/scripts/siteServer'
import { openEventApplicationForm } from './journalists'
import { E2E_SITE_URL, E2E_TEMP_NAME } from './ports'

/**
 * Faults, from outside. The portal the other tests use is backed up while it runs and restored
 * into a fresh folder; a second site server on the restored copy serves the same content (and
 * no admin process exists for it at all). Then its database connection is cut (SIGUSR2 to a
 * preload that closes it, tests/faults/closeDatabaseOnSignal.ts): pages already read keep being
 * served with 200, /health says 503, and the form says in the visitor's language that
 * submissions are paused, with a 503 and nothing stored.
 */
test.describe.configure({ mode: 'serial' })

const LIVE = path.join(tmpdir(), E2E_TEMP_NAME)
const COPY = path.join(tmpdir(), `${E2E_TEMP_NAME}-restored-${process.pid}`)
const SECRET = `${E2E_TEMP_NAME}-secret-0123456789abcdef0123456789`
const PAGES = [
  '/',
  '/en/',
  '/news/',
  '/en/news/',
  '/rules/',
  '/accreditation/',
  '/en/accreditation/',
]
let site: ChildProcess
let SITE = ''
const warmed = new Map<string, string>()

const portalEnv = (dir: string, extra: Record<string, string> = {}) => ({
  ...process.env,
  DATA_DIR: path.join(dir, 'data'),
  MEDIA_DIR: path.join(dir, 'media'),
  DATABASE_URI: `file:${path.join(dir, 'data', 'portal.db')}`,
  PAYLOAD_SECRET: SECRET,
  ...extra,
})

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

const newsLinks = (html: string) =>
  [...html.matchAll(/href="(\/(?:en\/)?news\/[^"/]+\/)"/g)].map((m) => m[1]).sort()
const privateFiles = () => readdirSync(path.join(COPY, 'data', 'private', 'applicant-files')).length
const storedRequests = () => {
  const db = new DatabaseSync(path.join(COPY, 'data', 'portal.db'), { readOnly: true })
  try {
    return (db.prepare('SELECT count(*) AS n FROM accreditation_requests').get() as { n: number }).n
  } finally {
    db.close()
  }
}

test.beforeAll(async () => {
  test.setTimeout(120_000)
  rmSync(COPY, { recursive: true, force: true })
  const backupDir = `${COPY}-backup`
  rmSync(backupDir, { recursive: true, force: true })
  const backup = spawnSync('tsx', ['cms/scripts/backup.ts', backupDir], {
    env: portalEnv(LIVE),
    encoding: 'utf8',
  })
  expect(backup.status, backup.stderr).toBe(0)
  const restore = spawnSync('tsx', ['cms/scripts/restore.ts', backupDir], {
    env: portalEnv(COPY),
    encoding: 'utf8',
  })
  expect(restore.status, restore.stderr).toBe(0)
  expect(restore.stdout).toContain('integrity check: ok')
  rmSync(backupDir, { recursive: true, force: true })

  const port = await freePort()
  SITE = `http://127.0.0.1:${port}`
  const env = portalEnv(COPY, {
    NODE_ENV: 'production',
    SITE_URL: SITE,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_CACHE_SECONDS: '1',
    RATE_LIMIT_APPLY_PER_10_MIN: '1000',
    // The signals below go to the process that holds the database connection.
    SITE_PROCESSES: '1',
  })
  site = spawn(
    process.execPath,
    ['--import', './tests/faults/closeDatabaseOnSignal.ts', ...SITE_SERVER],
    { env, stdio: 'ignore' },
  )
  for (
    let i = 0;
    i < 150 &&
    !(await fetch(`${SITE}/health`).then(
      (r) => r.ok,
      () => false,
    ));
    i++
  )
    await new Promise((r) => setTimeout(r, 200))
})

test.afterAll(async () => {
  site?.kill('SIGKILL')
  rmSync(COPY, { recursive: true, force: true })
})

test('a backup of the running portal, restored into a fresh folder, serves the same news', async () => {
  for (const page of ['/news/', '/en/news/']) {
    const [live, restored] = await Promise.all([
      fetch(`${E2E_SITE_URL}${page}`),
      fetch(`${SITE}${page}`),
    ])
    expect(restored.status).toBe(200)
    const links = newsLinks(await restored.text())
    expect(links.length).toBeGreaterThan(0)
    expect(links).toEqual(newsLinks(await live.text()))
  }
  const article = newsLinks(await (await fetch(`${SITE}/news/`)).text())[0]!
  expect((await fetch(`${SITE}${article}`)).status).toBe(200)
})

test('with the database gone, pages already read are served stale with 200 and /health says 503', async () => {
  for (const page of PAGES) {
    const response = await fetch(`${SITE}${page}`)
    expect(response.status, page).toBe(200)
    warmed.set(page, await response.text())
  }
  expect(site.kill('SIGUSR2')).toBe(true)
  await expect
    .poll(async () => (await fetch(`${SITE}/health`)).status, { timeout: 10_000 })
    .toBe(503)
  // Past PUBLIC_CACHE_SECONDS: every read now tries the database, fails, and falls back.
  await new Promise((r) => setTimeout(r, 1500))
  for (const page of PAGES.filter((p) => !p.includes('accreditation'))) {
    const response = await fetch(`${SITE}${page}`)
    expect(response.status, page).toBe(200)
    expect(newsLinks(await response.text()), page).toEqual(newsLinks(warmed.get(page)!))
  }
})

test("with the database gone, the form says submissions are paused, in the visitor's language, and stores nothing", async () => {
  const [requestsBefore, filesBefore] = [storedRequests(), privateFiles()]
  const post = async (path: string, json: boolean) =>
    fetch(`${SITE}${path}`, {
      method: 'POST',
      body: await openEventApplicationForm({ email: `paused.${Date.now()}@example.vn` }),
      headers: { Origin: SITE, ...(json ? { Accept: 'application/json' } : {}) },
      redirect: 'manual',
    })
  const vi = await post('/accreditation/', false)
  expect(vi.status).toBe(503)
  expect(vi.headers.get('retry-after')).toBe('60')
  expect(await vi.text()).toContain('Việc nhận hồ sơ đang tạm dừng')
  const en = await post('/en/accreditation/', false)
  expect(en.status).toBe(503)
  expect(await en.text()).toContain('Applications are paused')
  const json = await post('/accreditation/', true)
  expect(json.status).toBe(503)
  expect(await json.json()).toMatchObject({ ok: false, errors: { form: 'paused' } })
  expect(
    (await fetch(`${SITE}/accreditation/`)).status,
    'the form page itself also says paused',
  ).toBe(503)

  site.kill('SIGKILL')
  await new Promise((r) => site.once('exit', r))
  expect(storedRequests()).toBe(requestsBefore)
  expect(privateFiles()).toBe(filesBefore)
  expect(existsSync(path.join(COPY, 'data', 'portal.db'))).toBe(true)
})
