import type { PassClaims, TokenProblem } from './passToken'

/**
 * Every answer the door can give, in one list: the check-in log's options, the verdict function,
 * the scanner's messages (site/lib/i18n/messages/checkin.ts) and the offline scanner derive from it.
 */
export const VERDICTS = [
  'valid',
  'unknown',
  'forged',
  'revoked',
  'outdated',
  'wrong-event',
  'wrong-day',
  'zone-not-allowed',
  'already-checked-in',
  // A per-session list (issue 14): the session's press access, as it is at the moment of the scan.
  'session-closed',
  'pool-only',
] as const

/**
 * What the door says to a scan. Pure, and free of Node modules: the server (recordScan) and the
 * offline scanner in the browser (site/scripts/offlineScanner.ts) call this same function. The
 * caller supplies what the database (or, offline, the cached revocation list) knows about the
 * pass, the list being checked, and the day.
 */
export type Verdict = (typeof VERDICTS)[number]

/** The pass as stored: its version, status and (when the caller knows it) its event's id. */
export type PassState = { version: number; revoked: boolean; event?: string | null } | null

/**
 * A check-in list: one event's day and zone. `firstEvent` is the id of the first event (the
 * congress of October 2025, which the single-event portal served): QR codes signed before passes
 * were per event carry no event claim and belong to it.
 */
export type CheckInList = {
  event: string
  firstEvent: string | null
  day: string
  zone: string
  allowReentry: boolean
}

/** The event a genuine token names: its `e` claim, or the first event for a token signed before events existed. */
/**
 * A per-session list's session as the door knows it at the scan: its press access now ('open',
 * 'pool' only, 'closed') and whether the scanned pass is in its press pool (pool-members). A list
 * of the whole day has none.
 */
export type SessionAtDoor = { access: 'open' | 'pool' | 'closed'; inPool: boolean } | null

/**
 * The session's press access, applied to a genuine, current pass valid on the list: a closed
 * session refuses every pass; a pool-only session every pass outside its pool; an open one none.
 */
export function sessionAccessVerdict(session: SessionAtDoor | undefined): Verdict | null {
  if (!session || session.access === 'open') return null
  if (session.access === 'closed') return 'session-closed'
  return session.inPool ? null : 'pool-only'
}

export const tokenEvent = (claims: PassClaims, firstEvent: string | null): string | null =>
  claims.e ?? firstEvent

export function checkInVerdict(input: {
  token: { ok: true; claims: PassClaims } | { ok: false; problem: TokenProblem }
  pass: PassState
  list: CheckInList
  alreadyCheckedIn: boolean
  /** The list's session (a per-session list), with its access now; absent for a whole day's list. */
  session?: SessionAtDoor
}): Verdict {
  const { token, pass, list } = input
  if (!token.ok) return token.problem === 'forged' ? 'forged' : 'unknown'
  // Decided on the signed claim before the pass is looked up: the offline scanner caches only its
  // own event's passes, and must still say why another event's genuine pass is refused.
  if (tokenEvent(token.claims, list.firstEvent) !== String(list.event)) return 'wrong-event'
  if (!pass) return 'unknown'
  if (pass.event != null && String(pass.event) !== String(list.event)) return 'wrong-event'
  if (pass.revoked) return 'revoked'
  if (token.claims.v < pass.version) return 'outdated'
  if (token.claims.v > pass.version) return 'forged'
  if (!token.claims.d.includes(list.day)) return 'wrong-day'
  if (!token.claims.z.includes(list.zone)) return 'zone-not-allowed'
  const access = sessionAccessVerdict(input.session)
  if (access) return access
  if (input.alreadyCheckedIn && !list.allowReentry) return 'already-checked-in'
  return 'valid'
}
