import {
  admissionKey,
  type EarlierAdmission,
  type OfflineCheckInData,
} from '~/cms/lib/passes/admission'
import { checkInVerdict, type Verdict } from '~/cms/lib/passes/checkInVerdict'
import type { PassClaims } from '~/cms/lib/passes/passToken'
import { readTypedPassNumber } from '~/cms/lib/passes/passNumber'

/**
 * The scanner through a network loss: passes are checked in the page with the public key and the
 * cached revocation list of the list's event (only that event's passes are cached), by the same
 * verdict function as the server, and scans wait in a queue (localStorage) until the network is
 * back; the server then logs them as offline scans, counting each scan id once. Another event's
 * pass is refused ("wrong-event") by the event its signed code names.
 */
export type QueuedScan = {
  code: string
  event: string
  day: string
  grant?: string
  zone: string
  /** A per-session list's session (its id); none for the whole day's list. */
  session?: string
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

/** Caches the data of the list's event (and of no other): `list` is the scanner's current list. */
export async function refreshOfflineData(list: {
  event: string
  day: string
  grant?: string
}): Promise<void> {
  const query = new URLSearchParams({ event: list.event, day: list.day })
  if (list.grant) query.set('grant', list.grant)
  const response = await fetch(`/checkin/offline-data?${query}`, { credentials: 'same-origin' })
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

export type OfflineAnswer = {
  verdict: Verdict
  /** The cached pass's number (a typed number of this event, or a code naming a cached pass). */
  passNumber: string | null
  /** For "already checked in": when and on which list, as far as this phone knows. */
  earlier: EarlierAdmission | null
}

/** The verdict without the server; the scan joins the queue to be logged later. */
export async function checkOffline(scan: Omit<QueuedScan, 'offline'>): Promise<OfflineAnswer> {
  const cached = read<OfflineCheckInData | null>(DATA_KEY, null)
  // Data cached for another list's event is no use here: nothing is known, the pass is not admitted.
  const known = cached?.event === scan.event && cached.day === scan.day ? cached : null
  // A per-session list: the session's access and pool as last polled (a session the phone does
  // not know leaves nothing known: the pass is not admitted).
  const session = scan.session ? known?.sessions?.find((s) => s.id === scan.session) : undefined
  const data = scan.session && !session ? null : known
  const code = scan.code.trim()
  // The same reading of a typed number as the server's (p17, 0017, P-0017…).
  const typed = readTypedPassNumber(code, data?.passPrefix)
  const byNumber = typed ? data?.passes?.find((p) => p.passNumber === typed.passNumber) : undefined
  // A number typed by hand stands for the cached pass as it is now, as on the server.
  const token: Awaited<ReturnType<typeof genuineClaims>> = byNumber
    ? {
        ok: true,
        claims: {
          p: byNumber.serial,
          v: byNumber.version,
          d: byNumber.days ?? [],
          z: byNumber.zones ?? [],
          e: scan.event,
        },
      }
    : data && !typed
      ? await genuineClaims(code, data.publicKeyPem)
      : { ok: false, problem: 'malformed' }
  const pass = token.ok ? data?.passes?.find((p) => p.serial === token.claims.p) : undefined
  const admission = token.ok ? admissionKey(token.claims.p, scan.day, scan.zone, scan.session) : ''
  const otherPrefix =
    typed && !byNumber && data?.passPrefix && typed.prefix !== data.passPrefix.toUpperCase()
  const verdict: Verdict = otherPrefix
    ? // Another event's number (only this event's passes are cached): its prefix says whose it is.
      'wrong-event'
    : checkInVerdict({
        token,
        pass: pass ? { version: pass.version, revoked: pass.revoked, event: data?.event } : null,
        list: {
          event: scan.event,
          firstEvent: data?.firstEvent ?? null,
          day: scan.day,
          zone: scan.zone,
          allowReentry: Boolean(data?.reentryZones?.includes(scan.zone)),
        },
        alreadyCheckedIn: Boolean(data?.admissions?.includes(admission)),
        session: session
          ? {
              access: session.access,
              inPool: token.ok && session.pool.includes(token.claims.p),
            }
          : null,
      })
  if (data && verdict === 'valid')
    write(DATA_KEY, {
      ...data,
      admissions: [...data.admissions, admission],
      admittedAt: { ...data.admittedAt, [admission]: scan.scannedAt },
    })
  write(QUEUE_KEY, [...read<QueuedScan[]>(QUEUE_KEY, []), { ...scan, offline: true }])
  const at = verdict === 'already-checked-in' ? data?.admittedAt?.[admission] : undefined
  return {
    verdict,
    passNumber: verdict === 'wrong-event' ? null : (pass?.passNumber ?? null),
    earlier: at ? { at, day: scan.day, zone: scan.zone } : null,
  }
}

/** One session's row of /checkin/session-access: id, access, changed at, pool size. */
export type SessionAccessRow = [string, 'open' | 'pool' | 'closed', string | null, number]

/**
 * Applies a poll of /checkin/session-access to the cached data of the same list: each session's
 * access and change time at once. Returns true when the cache must be read again in full (a
 * session or a pool the phone does not know yet).
 */
export function applySessionAccess(answer: {
  event: string | null
  day: string
  sessions: SessionAccessRow[]
}): boolean {
  const data = read<OfflineCheckInData | null>(DATA_KEY, null)
  if (!data || data.event !== answer.event || data.day !== answer.day) return true
  let stale = false
  const sessions = (data.sessions ?? []).map((session) => {
    const row = answer.sessions.find(([id]) => id === session.id)
    if (!row) return session
    if (row[3] !== session.pool.length) stale = true
    return { ...session, access: row[1], accessChangedAt: row[2] }
  })
  if (answer.sessions.some(([id]) => !sessions.some((session) => session.id === id))) stale = true
  write(DATA_KEY, { ...data, sessions })
  return stale
}

/** The cached access of a session of the list (null when the phone does not know it). */
export function cachedSessionAccess(
  id: string,
): { access: string; changedAt: string | null } | null {
  const session = read<OfflineCheckInData | null>(DATA_KEY, null)?.sessions?.find(
    (s) => s.id === id,
  )
  return session ? { access: session.access, changedAt: session.accessChangedAt } : null
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
    // Kept for a later try: no session (401), the brake (429), a server fault. Any other refusal
    // (a malformed scan, a list no longer open) is final: the scan leaves the queue.
    if (response.status === 401 || response.status === 429 || response.status >= 500) return
    write(
      QUEUE_KEY,
      read<QueuedScan[]>(QUEUE_KEY, []).filter((queued) => queued.scanId !== scan.scanId),
    )
  }
}
