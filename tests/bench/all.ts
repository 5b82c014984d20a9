import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'

import { BENCH_SECONDS, conditions, WRK } from './support'

/**
 * `npm run bench`: every part in turn, each on its own throw-away portal on loopback (public pages
 * with wrk against bare Node, Lighthouse, a burst of door scans, a burst of applications, signing
 * in to the dashboard, 5,000 live-coverage readers), then one Markdown report: test-results/bench/report.md, a table per part
 * with each target of issue 15, the figure and pass / short. BENCH_PARTS=pages,scans runs some
 * (the others' last reports are kept in).
 */
const PARTS = ['pages', 'lighthouse', 'scans', 'applications', 'dashboard', 'live']
const chosen = process.env.BENCH_PARTS?.split(',').map((p) => p.trim()) ?? PARTS
const started = Date.now()
const sections: string[] = [
  '# Congress Press Portal — benchmark report',
  '',
  `Started: ${conditions(`wrk ${BENCH_SECONDS} s per figure (${spawnSync(WRK, ['-v'], { encoding: 'utf8' }).stdout.split('\n')[0]?.trim() ?? 'wrk'})`)}.`,
  'Reproduce: `npm run bench` (one part: `npm run bench:pages`, `bench:lighthouse`, `bench:scans`, `bench:applications`, `bench:dashboard`, `bench:live`). A load average above 1 means other work shared the two cores: the figures are then lower than the machine’s.',
  '',
]
let failed = false
for (const part of PARTS) {
  const file = `test-results/bench/${part}.md`
  if (!chosen.includes(part)) {
    // Not run this time: the part's last report, if any, so the whole report stays whole.
    if (existsSync(file))
      sections.push(readFileSync(file, 'utf8').replace(/\n/, '\n\n(From an earlier run.)\n'))
    continue
  }
  console.log(`\n━━ tests/bench/${part}.ts ━━`)
  const partStarted = Date.now()
  const run = spawnSync('tsx', [`tests/bench/${part}.ts`], { stdio: 'inherit' })
  const written = existsSync(file) && statSync(file).mtimeMs >= partStarted
  if (run.status !== 0) failed = true
  if (written) sections.push(readFileSync(file, 'utf8'))
  else sections.push(`## ${part}`, '', `Failed (exit ${run.status}) before writing its report.`, '')
}
sections.push(`Whole run: ${((Date.now() - started) / 60_000).toFixed(1)} min.`, '')
mkdirSync('test-results/bench', { recursive: true })
writeFileSync('test-results/bench/report.md', sections.join('\n'))
console.log('\nReport written to test-results/bench/report.md')
process.exit(failed ? 1 : 0)
