import { isRealDate } from '../time'
import { needsNewVersion } from './zones'

/**
 * The rules of a change to a pass, whoever makes it (the request's approval, an officer in the
 * admin or through REST, a bulk edit, a script). Pure: the caller supplies the pass as stored, the
 * change asked for and whether the pass's request is approved; the answer is either the fields to
 * write or why the change is refused.
 */
export type StoredPass = {
  passNumber: string
  request: number | string
  serial?: string | null
  version: number
  status: 'active' | 'revoked'
  revokedReason?: string | null
  revokedAt?: string | null
  days?: readonly string[] | null
  zones?: readonly string[] | null
}

export type PassChange = Partial<
  Pick<
    StoredPass,
    'passNumber' | 'request' | 'serial' | 'status' | 'revokedReason' | 'days' | 'zones'
  >
>

export type PassChangeProblem =
  'frozen-field' | 'request-not-approved' | 'bad-day' | 'no-days' | 'no-zones'

/** Identity fields: set when the pass is issued, never changed by anyone afterwards. */
export const FROZEN_PASS_FIELDS = ['passNumber', 'request', 'serial'] as const

const sameList = (a: readonly string[], b?: readonly string[] | null) =>
  JSON.stringify([...a].sort()) === JSON.stringify([...(b ?? [])].sort())
const sameId = (a: unknown, b: unknown) =>
  String((a as { id?: unknown } | null)?.id ?? a) ===
  String((b as { id?: unknown } | null)?.id ?? b)

export function planPassChange(
  before: StoredPass,
  change: PassChange,
  context: { requestApproved: boolean; now: Date },
):
  | { ok: true; write: Omit<StoredPass, 'passNumber' | 'request'> & { serial: string | null } }
  | { ok: false; problem: PassChangeProblem } {
  for (const field of FROZEN_PASS_FIELDS) {
    const asked = change[field]
    // A pass stored before serials existed gets one (see the door backfill); any other change is refused.
    if (field === 'serial' && !before.serial) continue
    if (asked !== undefined && asked !== null && !sameId(asked, before[field]))
      return { ok: false, problem: 'frozen-field' }
  }
  const after = {
    status: change.status ?? before.status,
    days: change.days ?? before.days ?? [],
    zones: change.zones ?? before.zones ?? [],
  }
  if (after.status === 'active' && before.status === 'revoked' && !context.requestApproved)
    return { ok: false, problem: 'request-not-approved' }
  // Days and zones are checked when they change (a pass stored long ago is not refused for its past).
  if (!sameList(after.days, before.days)) {
    if (after.days.length === 0) return { ok: false, problem: 'no-days' }
    if (!after.days.every((day) => isRealDate(day))) return { ok: false, problem: 'bad-day' }
  }
  if (!sameList(after.zones, before.zones) && after.zones.length === 0)
    return { ok: false, problem: 'no-zones' }
  const bumped = needsNewVersion(before, after)
  const revokedNow = after.status === 'revoked' && before.status !== 'revoked'
  const reactivated = after.status === 'active' && before.status === 'revoked'
  return {
    ok: true,
    write: {
      serial: before.serial ?? (typeof change.serial === 'string' ? change.serial : null),
      version: bumped ? (before.version ?? 1) + 1 : (before.version ?? 1),
      status: after.status,
      days: after.days,
      zones: after.zones,
      revokedAt:
        after.status === 'active'
          ? null
          : revokedNow
            ? context.now.toISOString()
            : (before.revokedAt ?? null),
      // A re-activated pass forgets why it was revoked.
      revokedReason: reactivated
        ? null
        : change.revokedReason !== undefined
          ? change.revokedReason
          : (before.revokedReason ?? null),
    },
  }
}
