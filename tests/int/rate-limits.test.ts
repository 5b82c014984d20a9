import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { after, before, describe, it } from 'node:test'

import type { Payload } from 'payload'

import { startTestPayload, sqliteOnly } from './harness'

/**
 * Rate limits and sign-in throttles shared by every process on one database (rate-limiter-flexible
 * on the portal's own store): two more processes on the same database count with this one, as the
 * site's processes and the admin do in production. Small allowances, so the counts are exact.
 */
process.env.RATE_LIMIT_STATUS_PER_MIN = '10'
// Staff sign-in forms 3 per 10 minutes: a client may fail 6 sign-ins to staff accounts.
process.env.RATE_LIMIT_STAFF_SIGNIN_PER_10_MIN = '3'

let payload: Payload
let cleanup: () => Promise<void>
let limits: typeof import('~/cms/rateLimits')
let throttle: typeof import('~/cms/auth/signInThrottle')
let runs: ProcessResult[]

type ProcessResult = { allowed: number; refused: number[]; signIns: number[]; brakes: number[] }
type Process = { ready: Promise<void>; go: () => void; result: Promise<ProcessResult> }

function otherProcess(tasks: { guesses: number; signIns: number; brakes: number }): Process {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/int/fixtures/rateLimitProcess.ts', JSON.stringify(tasks)],
    { env: process.env, stdio: ['pipe', 'pipe', 'inherit'] },
  )
  let out = ''
  let markReady!: () => void
  const ready = new Promise<void>((resolve) => (markReady = resolve))
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk
    if (out.includes('ready\n')) markReady()
  })
  const result = new Promise<ProcessResult>((resolve, reject) =>
    child.on('close', () => {
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? ''))
      } catch {
        reject(new Error(`the other process printed: ${out}`))
      }
    }),
  )
  return { ready, go: () => child.stdin.end('go\n'), result }
}

before(async () => {
  ;({ payload, cleanup } = await startTestPayload())
  limits = await import('~/cms/rateLimits')
  throttle = await import('~/cms/auth/signInThrottle')
  const processes = [1, 2].map(() => otherProcess({ guesses: 12, signIns: 4, brakes: 3 }))
  await Promise.all(processes.map((p) => p.ready))
  for (const p of processes) p.go()
  runs = await Promise.all(processes.map((p) => p.result))
})
after(() => cleanup())

describe('rate limits across processes', () => {
  it('two processes counting at once share one allowance: exactly 10 of 24 requests pass', async () => {
    const allowed = runs.reduce((sum, run) => sum + run.allowed, 0)
    const refused = runs.flatMap((run) => run.refused)
    assert.deepEqual({ allowed, refused: refused.length }, { allowed: 10, refused: 14 })
    for (const seconds of refused)
      assert.ok(seconds >= 1 && seconds <= 60, `Retry-After ${seconds}`)
    const here = await limits.hit(payload, 'link-guesses', 'shared-client')
    assert.equal(here.allowed, false, 'this process sees the same count')
    assert.ok((await limits.hit(payload, 'link-guesses', 'another-client')).allowed)
  })

  it('the sign-in throttle holds across processes: a client’s 7th and 8th failures are refused', async () => {
    const statuses = runs.flatMap((run) => run.signIns).sort()
    assert.deepEqual(statuses, [401, 401, 401, 401, 401, 401, 429, 429])
    const next = await throttle.beginSignIn(payload, 'users', 'guesser', 'someone@test.local')
    assert.equal(next.allowed, false, 'refused here too')
    assert.ok(!next.allowed && next.retryAfterSeconds > 0 && next.retryAfterSeconds <= 600)
  })

  it('the per-address brake adds up failures from every process; a success clears it', async () => {
    assert.deepEqual(
      runs.flatMap((run) => run.brakes),
      [401, 401, 401, 401, 401, 401],
    )
    const ticket = await throttle.beginSignIn(payload, 'users', 'owner', 'Target@test.local ')
    assert.ok(ticket.allowed)
    assert.equal(ticket.waitMs, 500, 'six failures before: the second doubled wait')
    await throttle.signInSucceeded(payload, 'users', ticket)
    const after = await throttle.beginSignIn(payload, 'users', 'owner', 'target@test.local')
    assert.ok(after.allowed && after.waitMs === 0)
  })
})

const databaseUrl = () =>
  (payload.db as unknown as { clientConfig: { url: string } }).clientConfig.url

describe('the SQLite store', () => {
  it(
    'starts a new window when the old one ends, and sweeps ended windows away',
    { skip: sqliteOnly('the store’s own table') },
    async () => {
      const { RateLimiterSqlite, SqliteRateLimitConnection } =
        await import('~/cms/rateLimits/sqliteStore')
      const url = databaseUrl()
      // Two connections, as two processes have.
      const a = new SqliteRateLimitConnection(url)
      const b = new SqliteRateLimitConnection(url)
      const options = { keyPrefix: 'window-test', points: 2, duration: 1 }
      const first = new RateLimiterSqlite({ ...options, storeClient: a })
      const second = new RateLimiterSqlite({ ...options, storeClient: b })
      await first.consume('k')
      await second.consume('k')
      const refusal = await first.consume('k').catch((res: { msBeforeNext: number }) => res)
      assert.ok(
        'msBeforeNext' in refusal && refusal.msBeforeNext <= 1000,
        'refused until the window ends',
      )
      await new Promise((resolve) => setTimeout(resolve, 1100))
      const fresh = await second.consume('k')
      assert.equal(fresh.consumedPoints, 1, 'a new window')
      await new Promise((resolve) => setTimeout(resolve, 1100))
      await a.sweep()
      assert.equal(await first.get('k'), null, 'swept')
      a.close()
      b.close()
    },
  )

  it(
    'never waits long for a busy database: a count inside this process’s own write is kept in memory',
    { skip: sqliteOnly('SQLite’s single writer') },
    async () => {
      // Payload's own client: its transactions queue in this process (serialiseSqliteWrites).
      const client = (payload.db as unknown as { client: import('@libsql/client').Client }).client
      const transaction = await client.transaction('write')
      try {
        const started = Date.now()
        const verdict = await limits.hit(payload, 'applications', 'while-busy')
        const waited = Date.now() - started
        assert.ok(verdict.allowed, 'counted by the insurance limiter')
        assert.ok(waited < 4000, `waited ${waited} ms`)
      } finally {
        await transaction.rollback()
      }
    },
  )

  it(
    'refuses a flood from memory: one write per process, however many requests',
    { skip: sqliteOnly('reads the table') },
    async () => {
      const started = Date.now()
      const verdicts = []
      for (let i = 0; i < 500; i++)
        verdicts.push(await limits.hit(payload, 'link-guesses', 'flood'))
      const elapsed = Date.now() - started
      assert.equal(verdicts.filter((v) => v.allowed).length, 10)
      // A connection of its own: Payload's may still read an older snapshot of the file.
      const { createClient } = await import('@libsql/client')
      const reader = createClient({ url: databaseUrl() })
      const row = await reader.execute(
        "SELECT points FROM rate_limits WHERE key = 'link-guesses:flood'",
      )
      reader.close()
      assert.equal(row.rows[0]?.points, 11, 'the refusals after the first cost no write')
      const distinct = Date.now()
      for (let i = 0; i < 300; i++) await limits.hit(payload, 'link-guesses', `client-${i}`)
      const perWrite = (Date.now() - distinct) / 300
      console.log(
        `500 requests of one flooding client: ${elapsed} ms; 300 distinct clients: ${perWrite.toFixed(2)} ms per counted request`,
      )
    },
  )
})
