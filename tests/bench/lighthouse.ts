import '~/cms/scripts/requireNode'

import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

import { DEMO_JOURNALIST_EMAIL, DEMO_PASSWORD } from '~/cms/seed/users'
import {
  benchPortal,
  conditions,
  PUBLIC_PAGE_TYPES,
  signIn,
  startSite,
  stop,
  type Target,
  targetTable,
  waitFor,
  writePart,
} from './support'

/**
 * `npm run bench:lighthouse`: Lighthouse's mobile scores (its default: a simulated mid-range phone
 * on a slow 4G link) for every public page type, the application form and the press area (signed
 * in as the demo journalist), with Debian's Chromium. Lighthouse is not a dependency of the
 * portal: without `node_modules/lighthouse` the report says "not measured".
 */
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const LIGHTHOUSE = 'node_modules/lighthouse/cli/index.js'
const TARGET =
  'Lighthouse mobile ≥ 95 for performance, accessibility, best practices and SEO on every public page type, the form and the press area'

function report(targets: Target[], details: string[] = []): never {
  const measured = details.length ? [conditions('Lighthouse mobile preset'), ''] : []
  writePart('lighthouse', ['## Lighthouse', '', ...measured, ...targetTable(targets), ...details])
  process.exit(0)
}

if (!existsSync(LIGHTHOUSE))
  report([{ target: TARGET, figure: 'not measured (lighthouse not installed)', pass: null }])

const { site: SITE } = benchPortal('portal-bench-lighthouse', 4651)
const { buildIfNeeded } = await import('~/cms/scripts/build')
const { prepareDatabase } = await import('~/cms/scripts/prepareDatabase')
buildIfNeeded()
await prepareDatabase({ seed: true })

/** One Lighthouse run: each category's score out of 100. */
function scores(url: string, headers: Record<string, string> = {}): Record<string, number> {
  const run = spawnSync(
    process.execPath,
    [
      LIGHTHOUSE,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      ...(Object.keys(headers).length ? [`--extra-headers=${JSON.stringify(headers)}`] : []),
    ],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    },
  )
  if (run.status !== 0) throw new Error(`lighthouse failed on ${url}: ${run.stderr}`)
  const result = JSON.parse(run.stdout) as { categories: Record<string, { score: number | null }> }
  return Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((result.categories[c]?.score ?? 0) * 100)]),
  )
}

const site = startSite(SITE)
const rows: { name: string; path: string; scores: Record<string, number> }[] = []
try {
  await waitFor(`${SITE}/health`)
  const cookie = await signIn(`${SITE}/press/`, DEMO_JOURNALIST_EMAIL, DEMO_PASSWORD)
  const pages = [
    ...PUBLIC_PAGE_TYPES,
    { name: 'application form', path: '/accreditation/' },
    { name: 'press area (signed in)', path: '/press/' },
  ]
  for (const page of pages) {
    console.log(`… ${page.name} ${page.path}`)
    const headers: Record<string, string> = page.path === '/press/' ? { Cookie: cookie } : {}
    rows.push({ ...page, scores: scores(SITE + page.path, headers) })
  }
} finally {
  await stop(site)
}
const lowest = rows
  .flatMap((r) => CATEGORIES.map((c) => ({ page: r.name, category: c, score: r.scores[c]! })))
  .reduce((a, b) => (b.score < a.score ? b : a))
report(
  [
    {
      target: TARGET,
      figure: `lowest ${lowest.score} (${lowest.page}, ${lowest.category}) on ${rows.length} pages`,
      pass: lowest.score >= 95,
    },
  ],
  [
    '',
    `| page | ${CATEGORIES.join(' | ')} |`,
    `|---|${CATEGORIES.map(() => '---:').join('|')}|`,
    ...rows.map(
      (r) => `| ${r.name} \`${r.path}\` | ${CATEGORIES.map((c) => r.scores[c]).join(' | ')} |`,
    ),
  ],
)
