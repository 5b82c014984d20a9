import { applicationWindow } from '~/cms/lib/accreditation/applicationWindow'
import { localDate } from '~/cms/lib/time'

/** What the site needs of an event to place it in time (a subset of the events collection). */
export type EventDates = {
  id: number | string
  state?: string | null
  startDate: string
  endDate: string
  accreditationOpensAt?: string | null
  accreditationClosesAt?: string | null
}

/** The accreditation window as the home page and an event page say it. */
export type WindowLine =
  { kind: 'open'; until: string | null } | { kind: 'opens'; at: string } | { kind: 'closed' }

/**
 * Whether the press may apply to this event at `at`: never for a draft, closed or archived event or
 * one that is over; otherwise by the window's times (no opening time: open now; no closing time:
 * open until the event ends). Display only: the form's own check decides.
 */
export function accreditationWindow(event: EventDates, at: Date): WindowLine {
  // Said from the one rule the form and every other door apply, never worked out again here.
  const window = applicationWindow(event, at)
  if (window.open) return { kind: 'open', until: window.closesAt }
  if (window.reason === 'not-yet' && window.opensAt) return { kind: 'opens', at: window.opensAt }
  return { kind: 'closed' }
}

/** Whether the event's last day is still to come (or today), in Vietnam time. */
export const isUpcoming = (event: Pick<EventDates, 'endDate'>, at: Date): boolean =>
  localDate(event.endDate) >= localDate(at)

export type Archive<T> = { upcoming: T[]; past: { year: string; events: T[] }[] }

/**
 * The archive at /events/: events under way or to come (soonest first), then past events by year,
 * newest first (the year of the first day, Vietnam time).
 */
export function archiveOf<T extends EventDates>(events: readonly T[], at: Date): Archive<T> {
  const upcoming = events
    .filter((event) => isUpcoming(event, at))
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
  const past = events
    .filter((event) => !isUpcoming(event, at))
    .sort((a, b) => b.startDate.localeCompare(a.startDate))
  const years: { year: string; events: T[] }[] = []
  for (const event of past) {
    const year = localDate(event.startDate).slice(0, 4)
    const last = years[years.length - 1]
    if (last?.year === year) last.events.push(event)
    else years.push({ year, events: [event] })
  }
  return { upcoming, past: years }
}

/** The home page's "other events" strip: the next ones to come, then the latest ones past. */
export function otherEvents<T extends EventDates>(
  events: readonly T[],
  featured: Pick<EventDates, 'id'> | null,
  at: Date,
  { upcoming = 3, recent = 3 } = {},
): { upcoming: T[]; recent: T[] } {
  const others = events.filter((event) => String(event.id) !== String(featured?.id))
  const { upcoming: toCome, past } = archiveOf(others, at)
  return {
    upcoming: toCome.slice(0, upcoming),
    recent: past.flatMap((year) => year.events).slice(0, recent),
  }
}

/** The sections every public event has, each at `/events/<slug>/<section>/`. */
export const EVENT_SECTIONS = ['schedule', 'releases', 'galleries', 'documents', 'rules'] as const
export type EventSection = (typeof EVENT_SECTIONS)[number]

/** An event's own address, or one of its sections' (locale-neutral; see localePath). */
export const eventPath = (slug: string, section?: EventSection): string =>
  section ? `/events/${slug}/${section}/` : `/events/${slug}/`

/** A slug as the events collection makes them (and nothing that could climb a path). */
export const isEventSlug = (slug: string | undefined): slug is string =>
  typeof slug === 'string' && /^[a-z0-9-]{1,120}$/.test(slug)

/**
 * The event the home page invites the press to apply to: the featured one while it takes
 * applications, else the soonest other event that does; none when no window is open.
 */
export function eventToApplyTo<T extends EventDates>(
  featured: T | null,
  events: readonly T[],
  at: Date,
): T | null {
  const others = archiveOf(
    events.filter((event) => String(event.id) !== String(featured?.id)),
    at,
  ).upcoming
  return (
    [featured, ...others].find(
      (event): event is T => event !== null && applicationWindow(event, at).open,
    ) ?? null
  )
}
