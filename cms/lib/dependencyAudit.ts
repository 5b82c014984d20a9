/**
 * The verdict on `npm audit --json`: findings at or above high fail the build; an audit service
 * that cannot be reached is reported as such (the build cannot prove anything either way, and a
 * closed network must not look like a vulnerability).
 */
export type AuditVerdict =
  | { kind: 'clean'; counts: Record<string, number> }
  | { kind: 'findings'; counts: Record<string, number>; packages: string[] }
  | { kind: 'unreachable'; reason: string }

type AuditJson = {
  vulnerabilities?: Record<string, { severity?: string }>
  metadata?: { vulnerabilities?: Record<string, number> }
  message?: string
  error?: { summary?: string } | string
  statusCode?: number
}

const BLOCKING = ['high', 'critical']

export function auditVerdict(output: string): AuditVerdict {
  let json: AuditJson
  try {
    json = JSON.parse(output) as AuditJson
  } catch {
    return {
      kind: 'unreachable',
      reason: output.trim().split('\n')[0] || 'npm audit printed nothing',
    }
  }
  const counts = json.metadata?.vulnerabilities
  if (!counts)
    return {
      kind: 'unreachable',
      reason:
        json.message ??
        (typeof json.error === 'string' ? json.error : json.error?.summary) ??
        'no audit report',
    }
  const packages = Object.entries(json.vulnerabilities ?? {})
    .filter(([, v]) => BLOCKING.includes(v.severity ?? ''))
    .map(([name, v]) => `${name} (${v.severity})`)
  const blocking = BLOCKING.reduce((n, level) => n + (counts[level] ?? 0), 0)
  return blocking > 0 ? { kind: 'findings', counts, packages } : { kind: 'clean', counts }
}
