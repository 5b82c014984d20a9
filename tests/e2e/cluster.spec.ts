import { type ChildProcess, spawn } from 'node:child_process'
import { readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { Agent, get } from 'node:http'

import { type APIRequestContext, expect, test } from '@playwright/test'

import { SITE_SERVER } from '~/cms/scripts/siteServer'
import { paragraph } from '../support/richText'
import { E2E_CMS_URL, E2E_PORT_OFFSET } from './ports'
import { secondSiteEnv, stream } from './secondSite'
import { signIn, staffEmail } from './staffApi'

/**
 * SITE_PROCESSES=2 on the e2e portal's database: a second site, started here, whose primary forks
 * two workers on one port. Which worker holds a connection is read from /proc (the worker's
 * sockets against the client's port), never from anything the site tells its visitors.
 */
test.describe.configure({ mode: 'serial' })

const PORT = 4572 + E2E_PORT_OFFSET
const BASE = `http://127.0.0.1:${PORT}`
const CACHE_SECONDS = 2
let site: ChildProcess
let output = ''
let exited: Promise<number | null>
let editor: APIRequestContext
let session: number

const coverage = (action: 'open' | 'close') =>
  editor.post(`${E2E_CMS_URL}/api/sessions/${session}/live/${action}`)

/** The workers' pids as the primary logged them, by place (a replaced worker: its newest pid). */
function workers(): Map<number, number> {
  const places = new Map<number, number>()
  for (const [, place, pid] of output.matchAll(/site worker (\d+) \(pid (\d+)\) listening/g))
    places.set(Number(place), Number(pid))
  return places
}

/** The pid (of `pids`) whose process holds the server's end of the connection from `clientPort`. */
function ownerOf(clientPort: number, pids: number[]): number | undefined {
  const hex = (port: number) => port.toString(16).toUpperCase().padStart(4, '0')
  const inode = readFileSync('/proc/net/tcp', 'utf8')
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .find((f) => f[1]?.endsWith(`:${hex(PORT)}`) && f[2]?.endsWith(`:${hex(clientPort)}`))?.[9]
  if (!inode) return undefined
  return pids.find((pid) =>
    readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`) === `socket:[${inode}]`
      } catch {
        return false
      }
    }),
  )
}

/** One kept-alive connection of its own: its requests all reach the same worker. */
function connection() {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  let port = 0
  const fetchText = (url: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = get(`${BASE}${url}`, { agent, headers }, (res) => {
        port = res.socket.localPort ?? port
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      })
      request.on('error', reject)
    })
  return { get: fetchText, port: () => port, close: () => agent.destroy() }
}

/** Connections opened until every worker holds at least one (the primary deals them in turn). */
async function oneConnectionPerWorker(url: string) {
  const pids = [...workers().values()]
  const byPid = new Map<number, ReturnType<typeof connection>>()
  for (let i = 0; i < 12 && byPid.size < pids.length; i++) {
    const conn = connection()
    expect((await conn.get(url)).status).toBe(200)
    const owner = ownerOf(conn.port(), pids)
    if (owner && !byPid.has(owner)) byPid.set(owner, conn)
    else conn.close()
  }
  expect([...byPid.keys()].sort()).toEqual(pids.sort())
  return byPid
}

/**
 * Streams of the live session opened until every worker holds at least one, each as another
 * client (198.51.100.<firstHost + i>, behind the trusted proxy) so no client limit is met.
 */
async function streamsOnEveryWorker(firstHost: number) {
  const pids = [...workers().values()]
  const readers: Awaited<ReturnType<typeof stream>>[] = []
  const held = new Set<number>()
  for (let i = 0; i < 8 && held.size < pids.length; i++) {
    const reader = await stream(`${BASE}/live/${session}/events`, {
      'X-Forwarded-For': `198.51.100.${firstHost + i}`,
    })
    readers.push(reader)
    expect(reader.res.statusCode).toBe(200)
    const owner = ownerOf(reader.res.socket.localPort!, pids)
    if (owner) held.add(owner)
  }
  expect([...held].sort()).toEqual(pids.sort())
  return readers
}

test.beforeAll(async ({ playwright }) => {
  // Two workers each loading Astro's handler and Payload: minutes when the machine is shared.
  test.setTimeout(360_000)
  editor = await signIn(playwright, staffEmail('editor'))
  const events = (await (
    await editor.get(`${E2E_CMS_URL}/api/events?where[referencePrefix][equals]=HB&depth=0`)
  ).json()) as { docs: { id: number }[] }
  const start = new Date(Date.now() - 10 * 60_000)
  const created = await editor.post(`${E2E_CMS_URL}/api/sessions`, {
    data: {
      event: events.docs[0]!.id,
      title: 'Họp báo trực tiếp trên hai tiến trình',
      type: 'press-conference',
      pressAccess: 'open',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 3600_000).toISOString(),
      venue: 'Trung tâm Báo chí',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  session = ((await created.json()) as { doc: { id: number } }).doc.id
  expect((await coverage('open')).status()).toBe(200)
  site = spawn(process.execPath, SITE_SERVER, {
    env: secondSiteEnv(PORT, {
      PUBLIC_CACHE_SECONDS: String(CACHE_SECONDS),
      TRUST_PROXY: 'true',
      SITE_PROCESSES: '2',
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  site.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  site.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  exited = new Promise((resolve) => site.once('exit', resolve))
  await expect.poll(() => workers().size, { timeout: 240_000 }).toBe(2)
  // Each worker loads Astro's handler and Payload on its first page: both warmed before timing.
  for (const conn of (await oneConnectionPerWorker('/news/')).values()) conn.close()
})

test.afterAll(async () => {
  if (site.exitCode === null && site.signalCode === null) site.kill('SIGKILL')
  // Over: the home page's banner goes (other specs see the home page as before).
  await coverage('close')
})

test('two site processes answer on one port, each connection served by one of them', async () => {
  const primary = Number(/primary pid (\d+)/.exec(output)?.[1])
  expect(primary).toBe(site.pid)
  const pids = [...workers().values()]
  expect(new Set(pids).size).toBe(2)
  expect(pids).not.toContain(primary)
  const seen = new Map<number, number>()
  for (let i = 0; i < 16; i++) {
    const conn = connection()
    for (let j = 0; j < 3; j++) expect((await conn.get('/')).status).toBe(200)
    const owner = ownerOf(conn.port(), pids)
    expect(owner, `connection from port ${conn.port()}`).toBeDefined()
    seen.set(owner!, (seen.get(owner!) ?? 0) + 1)
    conn.close()
  }
  expect([...seen.keys()].sort()).toEqual(pids.sort())
  console.log(`16 connections: ${[...seen.values()].join(' and ')} per worker`)
})

test(`a published article shows on every worker within PUBLIC_CACHE_SECONDS + 1 s`, async () => {
  const byPid = await oneConnectionPerWorker('/news/')
  for (const conn of byPid.values()) await conn.get('/news/')
  const title = `Tin xuất bản trên mọi tiến trình ${Date.now()}`
  for (const conn of byPid.values()) expect((await conn.get('/news/')).body).not.toContain(title)
  const created = await editor.post(`${E2E_CMS_URL}/api/news?locale=vi`, {
    data: { title, summary: `Tóm tắt: ${title}`, body: paragraph(title), _status: 'published' },
  })
  expect(created.status(), await created.text()).toBe(201)
  const published = Date.now()
  const id = ((await created.json()) as { doc: { id: number } }).doc.id
  try {
    const delays = await Promise.all(
      [...byPid.values()].map(async (conn) => {
        // When the request that first showed it was sent: the cache's delay, not the render's.
        for (;;) {
          const sent = Date.now()
          if ((await conn.get('/news/')).body.includes(title)) return sent - published
          expect(Date.now() - published, 'still not shown').toBeLessThan(15_000)
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
      }),
    )
    console.log(`published → shown by each worker: ${delays.join(' ms, ')} ms`)
    for (const delay of delays) expect(delay).toBeLessThanOrEqual((CACHE_SECONDS + 1) * 1000)
  } finally {
    await editor.delete(`${E2E_CMS_URL}/api/news/${id}`)
    for (const conn of byPid.values()) conn.close()
  }
})

test('live readers held by different workers all get an update', async () => {
  const readers = await streamsOnEveryWorker(120)
  try {
    const text = `Cập nhật cho mọi tiến trình ${Date.now()}`
    const posted = await editor.post(`${E2E_CMS_URL}/api/live-updates`, {
      data: { session, kind: 'text', text },
    })
    expect(posted.status(), await posted.text()).toBe(201)
    const written = Date.now()
    await expect
      .poll(() => readers.filter((r) => r.text().includes(text)).length, { timeout: 5000 })
      .toBe(readers.length)
    console.log(
      `${readers.length} readers on 2 workers got the update in ${Date.now() - written} ms`,
    )
  } finally {
    for (const reader of readers) reader.res.destroy()
  }
})

test('a worker killed is replaced, and the port keeps answering meanwhile', async () => {
  const before = workers()
  const [place, victim] = [...before.entries()][0]!
  process.kill(victim, 'SIGKILL')
  await expect
    .poll(() => output)
    .toMatch(
      new RegExp(
        `site worker ${place} \\(pid ${victim}\\) stopped unexpectedly \\(SIGKILL\\); another starts in 0\\.5 s\\.`,
      ),
    )
  for (let i = 0; i < 10; i++) {
    const conn = connection()
    expect((await conn.get('/')).status).toBe(200)
    conn.close()
  }
  await expect.poll(() => workers().get(place), { timeout: 120_000 }).not.toBe(victim)
  const replacement = workers().get(place)!
  expect(() => process.kill(victim, 0)).toThrow()
  // The new one takes connections too.
  for (const conn of (await oneConnectionPerWorker('/')).values()) conn.close()
  console.log(`worker ${place}: pid ${victim} killed, pid ${replacement} took its place`)
})

test('SIGTERM ends every worker cleanly: each stream gets its shutdown frame, exit 0', async () => {
  const pids = [...workers().values()]
  const readers = await streamsOnEveryWorker(140)
  await expect.poll(() => readers.every((r) => r.text().startsWith('retry:'))).toBe(true)
  site.kill('SIGTERM')
  await Promise.all(readers.map((r) => r.ended))
  for (const reader of readers)
    expect(reader.text()).toMatch(/event: shutdown\ndata: \{[^\n]*\}\n\n$/)
  expect(await exited).toBe(0)
  for (const pid of pids) expect(() => process.kill(pid, 0), `worker ${pid}`).toThrow()
})
