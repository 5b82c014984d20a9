import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'

/**
 * `npm run bench`: every benchmark in turn (public pages against bare Node, a burst of
 * applications, a burst of door scans, signing in to the admin's dashboards), each on its own temp portal on loopback, then one
 * Markdown report: test-results/bench/report.md.
 */
const parts = [
  { script: 'tests/bench/pages.ts', report: 'test-results/bench/pages.md' },
  { script: 'tests/bench/applications.ts', report: 'test-results/bench/applications.md' },
  { script: 'tests/bench/scans.ts', report: 'test-results/bench/scans.md' },
  { script: 'tests/bench/dashboard.ts', report: 'test-results/bench/dashboard.md' },
]
const sections: string[] = ['# Congress Press Portal — benchmark report', '']
let failed = false
for (const part of parts) {
  console.log(`\n━━ ${part.script} ━━`)
  const run = spawnSync('tsx', [part.script], { stdio: 'inherit' })
  if (run.status !== 0) {
    failed = true
    sections.push(`## ${part.script}`, '', `Failed (exit ${run.status}).`, '')
    continue
  }
  sections.push(readFileSync(part.report, 'utf8').replace(/^# /m, '## '), '')
}
mkdirSync('test-results/bench', { recursive: true })
writeFileSync('test-results/bench/report.md', sections.join('\n'))
console.log('\nReport written to test-results/bench/report.md')
process.exit(failed ? 1 : 0)
