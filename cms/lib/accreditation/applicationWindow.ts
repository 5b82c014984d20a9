import { daysToCome } from '../events/eventRules'
import { EVENT_TIME_ZONE } from '../time'

/**
 * When an event takes applications: it is `open`, it is not over, and `at` is within
 * [accreditationOpensAt, accreditationClosesAt) — a missing bound leaves that side unlimited.
 * One rule for the form page, the site's submission and every other door (REST, admin, scripts).
 */
export type WindowEvent = {
  state?: string | null
  startDate: string
  endDate: string
  accreditationOpensAt?: string | null
  accreditationClosesAt?: string | null
}

export type ClosedReason = 'draft' | 'closed' | 'archived' | 'over' | 'not-yet' | 'window-closed'

export type WindowState =
  | { open: true; closesAt: string | null }
  | { open: false; reason: ClosedReason; opensAt?: string; closedAt?: string }

export function applicationWindow(event: WindowEvent, at: Date): WindowState {
  if (event.state === 'draft' || event.state === 'closed' || event.state === 'archived')
    return { open: false, reason: event.state }
  if (event.state !== 'open') return { open: false, reason: 'closed' }
  if (daysToCome(event, at).length === 0) return { open: false, reason: 'over' }
  const opensAt = event.accreditationOpensAt
  if (opensAt && at.getTime() < new Date(opensAt).getTime())
    return { open: false, reason: 'not-yet', opensAt }
  const closesAt = event.accreditationClosesAt
  if (closesAt && at.getTime() >= new Date(closesAt).getTime())
    return { open: false, reason: 'window-closed', closedAt: closesAt }
  return { open: true, closesAt: closesAt ?? null }
}

/**
 * The next moment after `at` when the window's answer can change by itself (it opens, closes, or a
 * day passes and leaves the days to come): a page or cache must not keep an answer past it.
 */
export function nextWindowChange(event: WindowEvent, at: Date): Date {
  const nextMidnight = new Date(`${localDayAfter(at)}T00:00:00+07:00`)
  const bounds = [event.accreditationOpensAt, event.accreditationClosesAt]
    .filter((value): value is string => Boolean(value))
    .map((value) => new Date(value))
    .filter((moment) => moment.getTime() > at.getTime())
  return [...bounds, nextMidnight].reduce((a, b) => (a.getTime() <= b.getTime() ? a : b))
}

const localDayAfter = (at: Date): string => {
  const today = localDateTimeParts(at)
  const next = new Date(Date.UTC(today.year, today.month - 1, today.day + 1))
  return next.toISOString().slice(0, 10)
}

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: EVENT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

function localDateTimeParts(at: Date) {
  const parts = Object.fromEntries(partsFormat.formatToParts(at).map((p) => [p.type, p.value]))
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: parts.hour ?? '00',
    minute: parts.minute ?? '00',
  }
}

/** A moment as the press office writes it: dd/MM/yyyy HH:mm, Vietnam time (24-hour). */
export function localDateTime(moment: Date | string): string {
  const { year, month, day, hour, minute } = localDateTimeParts(new Date(moment))
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${pad(day)}/${pad(month)}/${year} ${hour}:${minute}`
}

export type ApplicationProblem =
  | { code: `event-${ClosedReason}`; at?: string }
  | { code: 'days-not-offered' }
  | { code: 'rules-version'; expected: string }

/**
 * Whether an application to this event may be made at `at`: the window is open, every day chosen
 * is one of the event's days still to come (each once, at least one), and the rules accepted are
 * the version the event names (when it names one).
 */
export function checkApplication(
  event: WindowEvent & { pressRulesVersion?: string | null },
  application: { days: readonly string[]; rulesVersion?: string | null },
  at: Date,
): ApplicationProblem | null {
  const window = applicationWindow(event, at)
  if (!window.open) return { code: `event-${window.reason}`, at: window.opensAt ?? window.closedAt }
  const offered = daysToCome(event, at)
  const { days } = application
  if (
    days.length === 0 ||
    new Set(days).size !== days.length ||
    !days.every((day) => offered.includes(day))
  )
    return { code: 'days-not-offered' }
  const expected = event.pressRulesVersion?.trim()
  if (expected && application.rulesVersion !== expected) return { code: 'rules-version', expected }
  return null
}

/** One application per person per event: the unique key of an application. */
export const applicationKey = (eventId: number | string, identityKey: string): string =>
  `${eventId}/${identityKey}`
