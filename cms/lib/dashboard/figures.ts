import { type EventQuotaRow, type PressRole, quotaFor, ROLES } from '../accreditation/quota'
import { EVENT_TIME_ZONE } from '../time'

type Id = number | string
const idOf = (value: unknown): Id | null =>
  value == null
    ? null
    : typeof value === 'object'
      ? ((value as { id?: Id }).id ?? null)
      : (value as Id)

export type QuotaUse = {
  outletId: Id
  outletName: string
  role: PressRole
  used: number
  quota: number
}

/**
 * Quota in use per outlet and role at one event: the places held by approved requests against the
 * quota that applies (quotaFor: the event's row for the outlet, then for every outlet, then the
 * outlet's own). Fullest first, then by outlet name.
 */
export function quotaInUse(
  held: readonly { outlet?: unknown; role?: string | null }[],
  outlets: ReadonlyMap<string, { name: string; ownQuota: (role: PressRole) => number }>,
  eventQuotas: readonly EventQuotaRow[] | null | undefined,
): QuotaUse[] {
  const used = new Map<string, number>()
  for (const row of held) {
    const outlet = idOf(row.outlet)
    if (outlet == null || !ROLES.includes(row.role as PressRole)) continue
    const key = `${outlet}\u0000${row.role}`
    used.set(key, (used.get(key) ?? 0) + 1)
  }
  const rows: QuotaUse[] = []
  for (const [key, count] of used) {
    const [outletId, role] = key.split('\u0000') as [string, PressRole]
    const outlet = outlets.get(outletId)
    if (!outlet) continue
    rows.push({
      outletId,
      outletName: outlet.name,
      role,
      used: count,
      quota: quotaFor(eventQuotas, outletId, role, outlet.ownQuota(role)),
    })
  }
  const ratio = (row: QuotaUse) => (row.quota > 0 ? row.used / row.quota : Infinity)
  return rows.sort(
    (a, b) =>
      ratio(b) - ratio(a) ||
      a.outletName.localeCompare(b.outletName, 'vi') ||
      ROLES.indexOf(a.role) - ROLES.indexOf(b.role),
  )
}

/** A bar's filled share, 0..1 (a quota of 0 with places held reads as full). */
export const barShare = (used: number, quota: number): number =>
  quota <= 0 ? (used > 0 ? 1 : 0) : Math.min(1, used / quota)

const hourIn = new Intl.DateTimeFormat('en-GB', {
  timeZone: EVENT_TIME_ZONE,
  hour: '2-digit',
  hourCycle: 'h23',
})

/** The hour of the day (0–23) in Vietnam at a moment. */
export const localHour = (moment: Date | string): number =>
  Number(hourIn.format(typeof moment === 'string' ? new Date(moment) : moment))

export type HourlyAdmissions = {
  /** The check-in lists (zones) of the day, in the given order, then any others seen. */
  lists: string[]
  /** The hours shown, first to last admission (at least `minHours` wide, within 0–23). */
  hours: number[]
  /** Admissions per list, one count per hour of `hours`. */
  counts: Record<string, number[]>
  totals: Record<string, number>
  total: number
  /** The largest count in one list and hour. */
  peak: number
}

/**
 * Admissions per check-in list and hour (Vietnam time) of one day's admissions. Hours with no
 * admission between the first and the last are kept (as 0), so the chart's axis is continuous.
 */
export function admissionsPerHour(
  admissions: readonly { zone: string; scannedAt: string }[],
  knownLists: readonly string[] = [],
  minHours = 6,
): HourlyAdmissions {
  const seen = admissions.map((row) => ({ zone: row.zone, hour: localHour(row.scannedAt) }))
  const lists = [...knownLists]
  for (const { zone } of seen) if (!lists.includes(zone)) lists.push(zone)
  let first = Math.min(...seen.map((row) => row.hour))
  let last = Math.max(...seen.map((row) => row.hour))
  if (!seen.length) [first, last] = [8, 8]
  while (last - first + 1 < minHours) {
    if (last < 23) last++
    if (last - first + 1 < minHours && first > 0) first--
  }
  const hours = Array.from({ length: last - first + 1 }, (_, i) => first + i)
  const counts = Object.fromEntries(lists.map((list) => [list, hours.map(() => 0)]))
  for (const { zone, hour } of seen) counts[zone]![hour - first]!++
  const totals = Object.fromEntries(
    lists.map((list) => [list, counts[list]!.reduce((a, b) => a + b, 0)]),
  )
  return {
    lists,
    hours,
    counts,
    totals,
    total: seen.length,
    peak: Math.max(0, ...Object.values(counts).flat()),
  }
}

/** Round steps for a count axis: 0 up to at least `max`, at most about `count` + 1 ticks. */
export function axisTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0, 1]
  const raw = max / count
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw)
  const top = Math.ceil(max / step) * step
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step)
}
