import { localDate } from '../time'
import { eventDays } from '../accreditation/eventDays'

/** An event's life: prepared in private, open for accreditation, closed to applications, archived. */
export const EVENT_STATES = ['draft', 'open', 'closed', 'archived'] as const
export type EventState = (typeof EVENT_STATES)[number]

/** The kinds of event a provincial press office accredits for. */
export const EVENT_KINDS = [
  'congress',
  'council-session',
  'press-conference',
  'festival',
  'leader-visit',
  'other',
] as const
export type EventKind = (typeof EVENT_KINDS)[number]

/** States the public may see: everything but a draft. */
export const PUBLIC_EVENT_STATES: readonly EventState[] = ['open', 'closed', 'archived']

export type EventTimes = {
  id: number | string
  state?: string | null
  startDate: string
  endDate: string
}

/**
 * The event the site features at `/`, `/accreditation/`, `/schedule/`…: the one under way, else the
 * next to start, else the most recent to have ended. Drafts are never featured; archived events
 * only when nothing else exists.
 */
export function pickFeatured<T extends EventTimes>(events: readonly T[], at: Date): T | null {
  const today = localDate(at)
  const visible = events.filter((event) => event.state && event.state !== 'draft')
  const live = visible.filter((event) => event.state !== 'archived')
  const pool = live.length ? live : visible
  const upcoming = pool
    .filter((event) => localDate(event.endDate) >= today)
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
  if (upcoming[0]) return upcoming[0]
  const past = [...pool].sort((a, b) => b.endDate.localeCompare(a.endDate))
  return past[0] ?? null
}

/** The event's days (YYYY-MM-DD, Vietnam time) that have not ended yet at `at`. */
export function daysToCome(event: Pick<EventTimes, 'startDate' | 'endDate'>, at: Date): string[] {
  const today = localDate(at)
  return eventDays(event.startDate, event.endDate).filter((day) => day >= today)
}

/** Prefixes for reference codes and pass numbers: upper-case letters and digits, 1–8 long. */
export const PREFIX_PATTERN = /^[A-Z0-9]{1,8}$/

/**
 * Whether an event takes applications at `at`: open, inside its window (when set), with a day
 * still to come. (The profile's one-screen apply and /press/ list use it; the public form's
 * window rule should be this same function.)
 */
export function isAcceptingApplications(
  event: Pick<EventTimes, 'state' | 'startDate' | 'endDate'> & {
    accreditationOpensAt?: string | null
    accreditationClosesAt?: string | null
  },
  at: Date,
): boolean {
  if (event.state !== 'open') return false
  if (event.accreditationOpensAt && at < new Date(event.accreditationOpensAt)) return false
  if (event.accreditationClosesAt && at >= new Date(event.accreditationClosesAt)) return false
  return daysToCome(event, at).length > 0
}
