import { eventDays } from '../accreditation/eventDays'
import { ZONES } from './zones'

/**
 * The door's lists: one per event, day and zone. Staff get today's (an event whose days include
 * today); another day's list is opened only by an admin, on purpose (openCheckInList). Pure: the
 * scanner page, recordScan and readOfflineData all reason with these.
 */
export type ListEvent = {
  id: number | string
  state?: string | null
  startDate: string
  endDate: string
  zones?: readonly string[] | null
}

/** The zones an event's lists cover: its own, or every zone when it names none. */
export const eventZones = (event: Pick<ListEvent, 'zones'>): string[] =>
  event.zones?.length ? [...event.zones] : [...ZONES]

/**
 * A new pass's zones: the role's zones that the event has; when the event has none of them, the
 * event's own zones (a pass always opens some door of its event, never another event's zone).
 */
export const eventPassZones = (
  event: Pick<ListEvent, 'zones'>,
  zones: readonly string[],
): string[] => {
  const own = eventZones(event)
  const kept = zones.filter((zone) => own.includes(zone))
  return kept.length ? kept : own.slice(0, 1)
}

/**
 * A new pass's days: the days asked for that are the event's. The application form offers only
 * those; a request that names none of them (made before events) keeps its own rather than getting
 * a pass valid on no day.
 */
export const eventPassDays = (
  event: Pick<ListEvent, 'startDate' | 'endDate'>,
  days: readonly string[],
): string[] => {
  const own = eventDays(event.startDate, event.endDate)
  const kept = days.filter((day) => own.includes(day))
  return kept.length ? kept : [...days]
}

/** Whether an event has check-in lists on a day (drafts never do). */
export const hasListOn = (event: ListEvent, day: string): boolean =>
  event.state !== 'draft' && eventDays(event.startDate, event.endDate).includes(day)

/** The events with lists on a day, in the order given (callers put the featured event first). */
export const eventsWithListsOn = <T extends ListEvent>(events: readonly T[], day: string): T[] =>
  events.filter((event) => hasListOn(event, day))

/** The next day after `day` on which some event has lists, and that event; null when none is planned. */
export function nextListDay<T extends ListEvent>(
  events: readonly T[],
  day: string,
): { event: T; day: string } | null {
  let next: { event: T; day: string } | null = null
  for (const event of events) {
    if (event.state === 'draft') continue
    const first = eventDays(event.startDate, event.endDate).find((d) => d > day)
    if (first && (!next || first < next.day)) next = { event, day: first }
  }
  return next
}

/** How long a phone may keep an offline scan before its sync still counts for the scan's own day. */
export const OFFLINE_SYNC_HOURS = 48

/**
 * Whether a scan on `day` may be recorded now without an admin's deliberate opening: the day is
 * today, or the scan was made offline on that day (by its own clock) and syncs within 48 hours.
 */
export function isOpenDay(input: {
  day: string
  today: string
  now: Date
  offline?: boolean
  scannedAt?: string
  localDateOf: (moment: Date) => string
}): boolean {
  if (input.day === input.today) return true
  if (!input.offline || !input.scannedAt) return false
  const at = new Date(input.scannedAt)
  const age = input.now.getTime() - at.getTime()
  return (
    !Number.isNaN(age) &&
    age >= -5 * 60_000 &&
    age <= OFFLINE_SYNC_HOURS * 3_600_000 &&
    input.localDateOf(at) === input.day
  )
}

/**
 * Whether a session belongs to a list (its event, its day): a per-session list is one of the
 * programme's sessions of the list's event on the list's day (by its start, in Vietnam time).
 */
export function sessionOnList(
  session: { event?: unknown; startsAt: string },
  list: { event: number | string; day: string },
  localDateOf: (moment: Date) => string,
): boolean {
  const event =
    session.event && typeof session.event === 'object'
      ? (session.event as { id: unknown }).id
      : session.event
  return (
    event != null &&
    String(event) === String(list.event) &&
    localDateOf(new Date(session.startsAt)) === list.day
  )
}
