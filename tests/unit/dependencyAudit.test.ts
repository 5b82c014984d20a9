import assert from 'node:assert/strict'
import { test } from 'node:test'

import { auditVerdict } from '~/cms/lib/dependencyAudit'

// The shape `npm audit --json` prints (auditReportVersion 2).
const report = (vulnerabilities: Record<string, { severity: string }>) => {
  const counts = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 }
  for (const { severity } of Object.values(vulnerabilities))
    counts[severity as keyof typeof counts] += 1
  counts.total = Object.keys(vulnerabilities).length
  return JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: counts, dependencies: { prod: 300 } },
  })
}

test('a report without high or critical findings passes', () => {
  assert.equal(auditVerdict(report({})).kind, 'clean')
  assert.equal(auditVerdict(report({ 'some-lib': { severity: 'moderate' } })).kind, 'clean')
})

test('a high or critical finding fails and names the package', () => {
  const verdict = auditVerdict(
    report({ 'bad-lib': { severity: 'critical' }, 'ok-lib': { severity: 'low' } }),
  )
  assert.equal(verdict.kind, 'findings')
  assert.deepEqual(verdict.kind === 'findings' && verdict.packages, ['bad-lib (critical)'])
})

test('an unreachable advisory service is not mistaken for a clean or a failing report', () => {
  const refused = JSON.stringify({
    message: '405 Method Not Allowed - POST /-/npm/v1/security/advisories/bulk',
    statusCode: 405,
    error: { summary: '' },
  })
  assert.deepEqual(auditVerdict(refused), {
    kind: 'unreachable',
    reason: '405 Method Not Allowed - POST /-/npm/v1/security/advisories/bulk',
  })
  assert.equal(auditVerdict('').kind, 'unreachable')
  assert.equal(auditVerdict('npm error network ETIMEDOUT').kind, 'unreachable')
})
