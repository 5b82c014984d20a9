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
  'wrong-day',
  'zone-not-allowed',
  'already-checked-in',
] as const

/**
 * What the door says to a scan. Pure: the caller supplies what the database (or, offline, the
 * cached revocation list) knows about the pass, the list being checked, and the day.
 */
export type Verdict = (typeof VERDICTS)[number]

export type PassState = { version: number; revoked: boolean } | null

export type CheckInList = { day: string; zone: string; allowReentry: boolean }

export function checkInVerdict(input: {
  token: { ok: true; claims: PassClaims } | { ok: false; problem: TokenProblem }
  pass: PassState
  list: CheckInList
  alreadyCheckedIn: boolean
}): Verdict {
  const { token, pass, list } = input
  if (!token.ok) return token.problem === 'forged' ? 'forged' : 'unknown'
  if (!pass) return 'unknown'
  if (pass.revoked) return 'revoked'
  if (token.claims.v < pass.version) return 'outdated'
  if (token.claims.v > pass.version) return 'forged'
  if (!token.claims.d.includes(list.day)) return 'wrong-day'
  if (!token.claims.z.includes(list.zone)) return 'zone-not-allowed'
  if (input.alreadyCheckedIn && !list.allowReentry) return 'already-checked-in'
  return 'valid'
}
