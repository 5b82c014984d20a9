import '~/cms/scripts/requireNode'

import { randomBytes, randomInt } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { normalisePortrait } from '~/cms/lib/files/normaliseImages'
import { localDate } from '~/cms/lib/time'
import { DEMO_APPLICATION_COUNT } from '~/cms/seed/applications'
import { applicationForm } from '../int/fixtures/application'
import { startMailCatcher } from '../int/mailCatcher'
import { minimalPdf, phoneGrain, phonePhoto } from '../support/sampleFiles'
import {
  benchPortal,
  conditions,
  percentile,
  pinClient,
  runPool,
  startProbe,
  startSite,
  stop,
  targetTable,
  waitFor,
  writePart,
} from './support'

/**
 * `npm run bench:applications`: a burst of accreditation applications against the built site —
 * 300 multipart applications from 20 clients at once, each with its own 12-megapixel photo as the
 * portrait, PDF letter, ID number and idempotency key — while another process reads the home page
 * over and over (image work must not stall other readers). The SQLite file is then opened
 * read-only and checked against what the site acknowledged: none lost, none doubled.
 */
const COUNT = Number(process.env.BENCH_APPLICATIONS ?? 300)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20)
const PHOTOS = 'test-results/bench/photos'

const { dir, site: SITE } = benchPortal('portal-bench-applications', 4631, {
  RATE_LIMIT_APPLY_PER_10_MIN: '1000000',
  RATE_LIMIT_STATUS_PER_MIN: '1000000',
})
// A real SMTP server, as in production: the confirmation e-mails are part of the work.
const mail = await startMailCatcher()
const { buildIfNeeded } = await import('~/cms/scripts/build')
const { prepareDatabase } = await import('~/cms/scripts/prepareDatabase')
buildIfNeeded()
await prepareDatabase({ seed: true })

/**
 * Distinct 4000×3000 JPEGs with the grain of a phone photo (about 2.5 MB each, like one), made once
 * with sharp and kept in test-results/bench/photos/ for the next runs. Returns their files.
 */
async function twelveMegapixelPhotos(count: number): Promise<string[]> {
  mkdirSync(PHOTOS, { recursive: true })
  const files = Array.from({ length: count }, (_, i) => path.join(PHOTOS, `photo-${i}.jpg`))
  const missing = files.filter((file) => !existsSync(file))
  if (missing.length === 0) return files
  console.log(`making ${missing.length} distinct 12-megapixel photos (once, kept in ${PHOTOS})…`)
  const grain = await phoneGrain()
  for (const file of missing) {
    const jpeg = await phonePhoto(Number(/photo-(\d+)/.exec(file)![1]), grain)
    writeFileSync(file, jpeg)
  }
  return files
}

type Sent = { key: string; email: string; status: number; redirect?: string }

const photos = await twelveMegapixelPhotos(COUNT)
const letter = minimalPdf()
pinClient()
const site = startSite(SITE)
try {
  await waitFor(`${SITE}/health`)
  // Warm-up outside the timing: the first requests start Payload inside the site.
  await fetch(`${SITE}/accreditation/`).then((r) => r.arrayBuffer())
  await fetch(`${SITE}/`).then((r) => r.arrayBuffer())

  const firstId = randomInt(100_000)
  const keys = photos.map((_, i) => `bench-${i}-${randomBytes(12).toString('base64url')}`)
  const emailOf = (i: number) => `bench.${i}@example.vn`
  const send = (i: number) => async (): Promise<Sent> => {
    const form = await applicationForm({
      idNumber: `0961900${String((firstId + i) % 100_000).padStart(5, '0')}`,
      idempotencyKey: keys[i]!,
      email: emailOf(i),
      // Today: the seed's press conference, whose list is open today, takes them.
      days: [localDate()],
      portrait: new Blob([new Uint8Array(readFileSync(photos[i]!))], { type: 'image/jpeg' }),
      letter: new Blob([new Uint8Array(letter)], { type: 'application/pdf' }),
    })
    const response = await fetch(`${SITE}/accreditation/`, {
      method: 'POST',
      body: form,
      headers: { Accept: 'application/json', Origin: SITE },
    }).catch(() => null)
    const body = (await response?.json().catch(() => null)) as {
      ok?: boolean
      redirect?: string
    } | null
    return {
      key: keys[i]!,
      email: emailOf(i),
      status: response?.status ?? 0,
      redirect: body?.ok ? body.redirect : undefined,
    }
  }

  console.log(`sending ${COUNT} applications, ${CONCURRENCY} at a time, reading / meanwhile…`)
  const probe = startProbe(`${SITE}/`)
  const { results, ms, wallMs } = await runPool(
    photos.map((_, i) => send(i)),
    CONCURRENCY,
  )
  const pageMs = await probe.stop()
  const latencies = [...ms].sort((a, b) => a - b)
  const successes = results.filter((r) => r.status >= 200 && r.status < 300 && r.redirect)
  const others = results.filter((r) => !successes.includes(r))

  // Confirmation e-mails leave after each commit; give the last ones a moment.
  for (let i = 0; i < 1200 && mail.messages.length < successes.length; i++)
    await new Promise((r) => setTimeout(r, 100))
  const caught = mail.messages.length
  await stop(site)

  const db = new DatabaseSync(path.join(dir, 'data', 'portal.db'), { readOnly: true })
  const rows = db
    .prepare(
      'SELECT reference_code AS reference, identity_key AS identity, idempotency_key AS key FROM accreditation_requests',
    )
    .all() as { reference: string; identity: string; key: string | null }[]
  // E-mails the outbox still holds (it retries with a pause when SMTP was slow to answer).
  const queued = db
    .prepare(`SELECT "to", subject, text FROM email_messages WHERE state = 'queued'`)
    .all() as { to: string; subject: string; text: string | null }[]
  db.close()
  // What each applicant was told: the reference in their confirmation e-mail (the form's answer
  // is the same for everyone, so it never tells a stranger that an ID number has applied).
  const told = new Map<string, string>()
  for (const m of [
    ...mail.messages.flatMap((m) => m.to.map((to) => ({ to, text: `${m.subject}\n${m.text}` }))),
    ...queued.map((q) => ({ to: q.to, text: `${q.subject}\n${q.text ?? ''}` })),
  ]) {
    const reference = /\b[A-Z][A-Z0-9]*-\d{4,}\b/.exec(m.text)?.[0]
    if (reference && !told.has(m.to)) told.set(m.to, reference)
  }
  const sentKeys = new Set(keys)
  const byKey = new Map(rows.filter((r) => r.key && sentKeys.has(r.key)).map((r) => [r.key!, r]))
  const referencesFound = successes.filter(
    (r) => told.get(r.email) === byKey.get(r.key)?.reference,
  ).length
  const checks: [string, number, number][] = [
    ['rows stored by this run (by idempotency key) = acknowledged', successes.length, byKey.size],
    ['all rows = demo rows + acknowledged', DEMO_APPLICATION_COUNT + successes.length, rows.length],
    ['distinct reference codes = rows', rows.length, new Set(rows.map((r) => r.reference)).size],
    ['distinct identity keys = rows', rows.length, new Set(rows.map((r) => r.identity)).size],
    ['references e-mailed = the stored row’s (same key)', successes.length, referencesFound],
    [
      `confirmation e-mails: caught (${caught}) or still queued in the outbox, distinct recipients`,
      successes.length,
      successes.filter((r) => told.has(r.email)).length,
    ],
  ]

  const photo = readFileSync(photos[0]!)
  const normalised: number[] = []
  for (let i = 0; i < 3; i++) {
    const t = performance.now()
    if (!(await normalisePortrait(photo)).ok) throw new Error('normalising a photo failed')
    normalised.push(performance.now() - t)
  }

  const p95 = percentile(latencies, 95)
  const pageP99 = percentile(pageMs, 99)
  const exact = others.length === 0 && checks.every(([, expected, found]) => expected === found)
  const counts = new Map<string, number>()
  for (const r of others) {
    const status = String(r.status || 'network error')
    counts.set(status, (counts.get(status) ?? 0) + 1)
  }
  const statuses = [...counts].map(([status, n]) => `${status} × ${n}`)
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)
  const sizes = photos.slice(0, 20).map((file) => readFileSync(file).length)
  const lines = [
    '## Applications: a burst with 12-megapixel photos',
    '',
    conditions(`${COUNT} applications, ${CONCURRENCY} clients at once`),
    '',
    ...targetTable([
      {
        target: `${COUNT} applications with distinct 12-megapixel photos from ${CONCURRENCY} clients: p95 < 1 s`,
        figure: `p95 ${(p95 / 1000).toFixed(2)} s (p50 ${(percentile(latencies, 50) / 1000).toFixed(2)} s, max ${((latencies.at(-1) ?? 0) / 1000).toFixed(2)} s)`,
        pass: p95 < 1000,
      },
      {
        target: 'None lost, none doubled (read from the SQLite file)',
        figure: `${successes.length} acknowledged, ${byKey.size} stored, ${new Set(rows.map((r) => r.reference)).size} distinct references of ${rows.length} rows${statuses.length ? `; answered ${statuses.join(', ')} (see applications-site.log)` : ''}`,
        pass: exact,
      },
      {
        target: 'A page request during the burst: p99 < 50 ms',
        figure: `p99 ${pageP99.toFixed(1)} ms (p50 ${percentile(pageMs, 50).toFixed(1)} ms, ${pageMs.length} reads of /)`,
        pass: pageP99 < 50,
      },
    ]),
    '',
    `Each a multipart POST to /accreditation/ (\`Accept: application/json\`): a 4000×3000 JPEG portrait (${mb(Math.min(...sizes))}–${mb(Math.max(...sizes))} MB), a ${letter.length}-byte PDF letter. The site judges both files, normalises the portrait with sharp, writes two files and the request in one SQLite transaction, and e-mails a confirmation over SMTP. Throughput ${(COUNT / (wallMs / 1000)).toFixed(1)} applications/s (${(wallMs / 1000).toFixed(1)} s). One photo normalised in this process: ${normalised.map((t) => t.toFixed(0)).join(', ')} ms.`,
    '',
    '| check | expected | found | |',
    '|---|---:|---:|---|',
    ...checks.map(
      ([what, expected, found]) =>
        `| ${what} | ${expected} | ${found} | ${expected === found ? '✔' : '✖'} |`,
    ),
  ]
  writePart('applications', lines)
  process.exitCode = exact ? 0 : 1
} finally {
  await stop(site)
  await mail.stop()
}
process.exit()
