import '~/cms/scripts/requireNode'

import { randomBytes, randomInt } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import sharp from 'sharp'

import { normalisePortrait } from '~/cms/lib/files/normaliseImages'
import { applicationForm } from '../int/fixtures/application'
import { startMailCatcher } from '../int/mailCatcher'
import { minimalPdf } from '../support/sampleFiles'
import { DEMO_APPLICATION_COUNT } from '~/cms/seed/applications'
import { useTempPortal } from '../support/tempPortal'
import { canPin, percentile, startSite, waitFor } from './support'

/**
 * `npm run bench:applications`: how many accreditation applications the built site takes per
 * second, and proof that none is lost or duplicated. The site alone runs on a fresh demo database
 * (applications never touch the admin process); N multipart applications, each with its own
 * 1200×1600 JPEG portrait, PDF letter, ID number and idempotency key, are sent C at a time. The
 * SQLite file is then opened read-only and checked against what the site acknowledged.
 */
const COUNT = Number(process.env.BENCH_APPLICATIONS ?? 100)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10)
const SITE = 'http://127.0.0.1:4631'
const DEMO_REQUESTS = DEMO_APPLICATION_COUNT

const dir = useTempPortal(
  'portal-bench-applications',
  { site: SITE, cms: 'http://127.0.0.1:3631' },
  {
    RATE_LIMIT_APPLY_PER_10_MIN: '1000000',
    RATE_LIMIT_STATUS_PER_MIN: '1000000',
  },
)
// A real SMTP server, as in production: the confirmation e-mails are part of the work.
const mail = await startMailCatcher()
const { buildIfNeeded } = await import('~/cms/scripts/build')
const { prepareDatabase } = await import('~/cms/scripts/prepareDatabase')
buildIfNeeded()
await prepareDatabase({ seed: true })

const pinned = canPin

/** Distinct portraits with the texture of a photo (so they compress like one), not timed. */
async function makePortraits(count: number): Promise<Buffer[]> {
  const size = { width: 1200, height: 1600, channels: 3 as const }
  const grain = await sharp({
    create: { ...size, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 30 } },
  })
    .blur(3)
    .raw()
    .toBuffer()
  return Promise.all(
    Array.from({ length: count }, (_, i) => {
      const hue = (i * 137) % 360
      const face = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="1600"><circle cx="${560 + (i % 9) * 10}" cy="620" r="300" fill="hsl(${hue},45%,55%)" fill-opacity="0.8"/><ellipse cx="600" cy="1550" rx="560" ry="620" fill="hsl(${(hue + 180) % 360},35%,35%)" fill-opacity="0.85"/><text x="40" y="90" font-size="60" fill="#fff">${i}</text></svg>`
      return sharp(grain, { raw: size })
        .composite([{ input: Buffer.from(face) }])
        .jpeg({ quality: 85 })
        .toBuffer()
    }),
  )
}

type Sent = { key: string; idNumber: string; status: number; ms: number; redirect?: string }

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  )

const site = startSite(SITE)
const siteExited = new Promise<void>((resolve) => site.once('exit', () => resolve()))
try {
  await waitFor(`${SITE}/health`)
  // Warm-up outside the timing: the first request starts Payload inside the site.
  await fetch(`${SITE}/accreditation/`).then((r) => r.arrayBuffer())

  console.log(`preparing ${COUNT} applications with distinct 1200×1600 portraits…`)
  const portraits = await makePortraits(COUNT)
  const letter = minimalPdf()
  const firstId = randomInt(100_000)
  const forms = await Promise.all(
    portraits.map(async (portrait, i) => {
      const idNumber = `0961900${String((firstId + i) % 100_000).padStart(5, '0')}`
      const key = `bench-${i}-${randomBytes(12).toString('base64url')}`
      const form = await applicationForm({
        idNumber,
        idempotencyKey: key,
        email: `bench.${i}@example.vn`,
        portrait: new Blob([new Uint8Array(portrait)], { type: 'image/jpeg' }),
        letter: new Blob([new Uint8Array(letter)], { type: 'application/pdf' }),
      })
      return { form, key, idNumber }
    }),
  )

  console.log(`sending ${COUNT} applications, ${CONCURRENCY} at a time…`)
  const results: Sent[] = []
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < forms.length) {
        const { form, key, idNumber } = forms[next++]!
        const sentAt = performance.now()
        const response = await fetch(`${SITE}/accreditation/`, {
          method: 'POST',
          body: form,
          headers: { Accept: 'application/json', Origin: SITE },
        }).catch(() => null)
        const body = response
          ? ((await response.json().catch(() => null)) as {
              ok?: boolean
              redirect?: string
            } | null)
          : null
        results.push({
          key,
          idNumber,
          status: response?.status ?? 0,
          ms: performance.now() - sentAt,
          redirect: body?.ok ? body.redirect : undefined,
        })
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000

  const successes = results.filter((r) => r.status >= 200 && r.status < 300 && r.redirect)
  const others = results.filter((r) => !successes.includes(r))
  const latencies = results.map((r) => r.ms).sort((a, b) => a - b)

  // What the applicant was told: the reference on the status page their redirect leads to (not timed).
  const acknowledged = new Map<string, string>()
  for (let i = 0; i < successes.length; i += CONCURRENCY) {
    await Promise.all(
      successes.slice(i, i + CONCURRENCY).map(async (r) => {
        const page = await (await fetch(SITE + r.redirect)).text()
        const reference = /DH1-\d{4,}/.exec(page)?.[0]
        if (reference) acknowledged.set(r.key, reference)
      }),
    )
  }
  // Confirmation e-mails leave after each commit; give the last ones a moment.
  for (let i = 0; i < 100 && mail.messages.length < successes.length; i++)
    await new Promise((r) => setTimeout(r, 100))
  const mailed = new Set(mail.messages.flatMap((m) => m.to)).size

  site.kill('SIGTERM')
  await siteExited

  const db = new DatabaseSync(path.join(dir, 'data', 'portal.db'), { readOnly: true })
  const rows = db
    .prepare(
      'SELECT reference_code AS reference, identity_key AS identity, idempotency_key AS key FROM accreditation_requests',
    )
    .all() as { reference: string; identity: string; key: string | null }[]
  db.close()
  const sentKeys = new Set(forms.map((f) => f.key))
  const ours = rows.filter((row) => row.key && sentKeys.has(row.key))
  const byKey = new Map(ours.map((row) => [row.key!, row]))
  const referencesFound = [...acknowledged].filter(
    ([key, reference]) => byKey.get(key)?.reference === reference,
  ).length

  const checks: [string, number, number][] = [
    [
      'rows stored by this run (by idempotency key) = acknowledged applications',
      successes.length,
      ours.length,
    ],
    [
      'all rows = demo rows + acknowledged applications',
      DEMO_REQUESTS + successes.length,
      rows.length,
    ],
    ['distinct reference codes = rows', rows.length, new Set(rows.map((r) => r.reference)).size],
    ['distinct identity keys = rows', rows.length, new Set(rows.map((r) => r.identity)).size],
    [
      'acknowledged references found in the database (same key, same reference)',
      successes.length,
      referencesFound,
    ],
    ['confirmation e-mails caught (distinct recipients)', successes.length, mailed],
  ]

  console.log('timing portrait normalisation of a 12-megapixel photo…')
  const twelveMp = await sharp({
    create: {
      width: 4000,
      height: 3000,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 30 },
    },
  })
    .blur(3)
    .jpeg({ quality: 90 })
    .toBuffer()
  const runs: number[] = []
  for (let i = 0; i < 5; i++) {
    const t = performance.now()
    const result = await normalisePortrait(twelveMp)
    runs.push(performance.now() - t)
    if (!result.ok) throw new Error(`normalising failed: ${result.code}`)
  }

  const byStatus = new Map<string, number>()
  for (const r of others)
    byStatus.set(
      String(r.status || 'network error'),
      (byStatus.get(String(r.status || 'network error')) ?? 0) + 1,
    )
  const statusCounts = [...byStatus].map(([status, n]) => `${status}: ${n}`)
  const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`
  const ok = others.length === 0 && checks.every(([, expected, found]) => expected === found)
  const lines = [
    '# Application benchmark',
    '',
    `${new Date().toISOString()} · ${COUNT} applications · ${CONCURRENCY} concurrent · loopback · ${pinned ? 'site pinned to core 0' : 'not pinned'} · Node ${process.versions.node}`,
    '',
    `Each one a multipart POST to /accreditation/ with \`Accept: application/json\`: a distinct 1200×1600 JPEG portrait (${kb(Math.min(...portraits.map((p) => p.length)))}–${kb(Math.max(...portraits.map((p) => p.length)))}), a ${letter.length}-byte PDF letter, its own ID number and idempotency key. The site judges both files, normalises the portrait with sharp, writes two files and the request in one SQLite transaction, and e-mails a confirmation over SMTP.`,
    '',
    '| measure | value |',
    '|---|---:|',
    `| throughput | ${(results.length / seconds).toFixed(1)} applications/s |`,
    `| wall time | ${seconds.toFixed(2)} s |`,
    `| latency p50 | ${percentile(latencies, 50).toFixed(0)} ms |`,
    `| latency p95 | ${percentile(latencies, 95).toFixed(0)} ms |`,
    `| latency max | ${(latencies.at(-1) ?? 0).toFixed(0)} ms |`,
    `| 2xx | ${successes.length} |`,
    `| other | ${others.length}${statusCounts.length ? ` (${statusCounts.join(', ')})` : ''} |`,
    '',
    '## None lost, none duplicated',
    '',
    'Read from the SQLite file opened read-only after the site stopped.',
    '',
    '| check | expected | found | |',
    '|---|---:|---:|---|',
    ...checks.map(
      ([what, expected, found]) =>
        `| ${what} | ${expected} | ${found} | ${expected === found ? '✔' : '✖'} |`,
    ),
    '',
    '## Portrait normalisation',
    '',
    `A 12-megapixel (4000×3000) JPEG of ${kb(twelveMp.length)} to the 600×800 pass portrait (cms/lib/files/normaliseImages.ts, in this process): median of 5 **${median(runs).toFixed(0)} ms** (runs: ${runs.map((ms) => ms.toFixed(0)).join(', ')} ms).`,
    '',
    ok
      ? 'Result: ✔ every application acknowledged and stored exactly once.'
      : 'Result: ✖ see the rows marked ✖ above.',
  ]
  mkdirSync('test-results/bench', { recursive: true })
  writeFileSync('test-results/bench/applications.md', `${lines.join('\n')}\n`)
  console.log(`\n${lines.join('\n')}`)
  console.log('\nReport written to test-results/bench/applications.md')
  process.exitCode = ok ? 0 : 1
} finally {
  if (site.exitCode === null && site.signalCode === null) site.kill('SIGTERM')
  await mail.stop()
}
process.exit()
