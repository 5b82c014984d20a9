import { admissionKey, type OfflineCheckInData } from '~/cms/lib/passes/admission'
import { checkInVerdict, type Verdict } from '~/cms/lib/passes/checkInVerdict'
import type { PassClaims } from '~/cms/lib/passes/passToken'

/**
 * The scanner through a network loss: passes are checked in the page with the event's public key
 * and the cached revocation list, and scans wait in a queue (localStorage) until the network is
 * back; the server then logs them as offline scans, counting each scan id once.
 */
export type QueuedScan = {
  code: string
  day: string
  zone: string
  scanId: string
  scannedAt: string
  offline: true
}

const DATA_KEY = 'checkin:offline-data'
const QUEUE_KEY = 'checkin:queue'

const read = <T>(key: string, fallback: T): T => {
  try {
    return (JSON.parse(localStorage.getItem(key) ?? 'null') as T | null) ?? fallback
  } catch {
    return fallback
  }
}
const write = (key: string, value: unknown) => localStorage.setItem(key, JSON.stringify(value))

export async function refreshOfflineData(): Promise<void> {
  const response = await fetch('/checkin/offline-data', { credentials: 'same-origin' })
  if (response.ok) write(DATA_KEY, await response.json())
}

const fromBase64Url = (text: string) =>
  Uint8Array.from(
    atob(
      text
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(text.length / 4) * 4, '='),
    ),
    (c) => c.charCodeAt(0),
  )

async function genuineClaims(
  code: string,
  pem: string,
): Promise<{ ok: true; claims: PassClaims } | { ok: false; problem: 'malformed' | 'forged' }> {
  const parts = code.trim().split('.')
  if (parts.length !== 3 || parts[0] !== 'P1') return { ok: false, problem: 'malformed' }
  try {
    const der = fromBase64Url(
      pem
        .replace(/-----[^-]+-----|\s/g, '')
        .replace(/\+/g, '-')
        .replace(/\//g, '_'),
    )
    const key = await crypto.subtle.importKey('spki', der, { name: 'Ed25519' }, false, ['verify'])
    const genuine = await crypto.subtle.verify(
      'Ed25519',
      key,
      fromBase64Url(parts[2]!),
      new TextEncoder().encode(`P1.${parts[1]}`),
    )
    if (!genuine) return { ok: false, problem: 'forged' }
    return {
      ok: true,
      claims: JSON.parse(new TextDecoder().decode(fromBase64Url(parts[1]!))) as PassClaims,
    }
  } catch {
    return { ok: false, problem: 'malformed' }
  }
}

/** The verdict without the server; the scan joins the queue to be logged later. */
export async function checkOffline(scan: Omit<QueuedScan, 'offline'>): Promise<Verdict> {
  const data = read<OfflineCheckInData | null>(DATA_KEY, null)
  const token = data
    ? await genuineClaims(scan.code, data.publicKeyPem)
    : ({ ok: false, problem: 'malformed' } as const)
  const pass = token.ok ? data?.passes?.find((p) => p.serial === token.claims.p) : undefined
  const admission = token.ok ? admissionKey(token.claims.p, scan.day, scan.zone) : ''
  const verdict = checkInVerdict({
    token,
    pass: pass ? { version: pass.version, revoked: pass.revoked } : null,
    list: {
      day: scan.day,
      zone: scan.zone,
      allowReentry: Boolean(data?.reentryZones?.includes(scan.zone)),
    },
    alreadyCheckedIn: Boolean(data?.admissions?.includes(admission)),
  })
  if (data && verdict === 'valid')
    write(DATA_KEY, { ...data, admissions: [...data.admissions, admission] })
  write(QUEUE_KEY, [...read<QueuedScan[]>(QUEUE_KEY, []), { ...scan, offline: true }])
  return verdict
}

export const queuedScans = (): number => read<QueuedScan[]>(QUEUE_KEY, []).length

/** Sends the queued scans; each leaves the queue once the server has logged it. */
export async function flushQueue(): Promise<void> {
  for (const scan of read<QueuedScan[]>(QUEUE_KEY, [])) {
    const response = await fetch('/checkin/scan', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(scan),
    })
    if (!response.ok && response.status !== 400) return
    write(
      QUEUE_KEY,
      read<QueuedScan[]>(QUEUE_KEY, []).filter((queued) => queued.scanId !== scan.scanId),
    )
  }
}
