import type { PayloadRequest } from 'payload'

import { eventDays } from '~/cms/lib/accreditation/eventDays'
import { eventZones, eventsWithListsOn, nextListDay } from '~/cms/lib/passes/checkInLists'
import { canCheckIn, canOpenAnyCheckInList } from '~/cms/lib/roles'
import { localDate, now } from '~/cms/lib/time'
import { passRefusal } from '~/cms/passes/refusals'
import { type DoorEvent, doorEvents } from '../checkInList'

export type ListEventSummary = { id: number | string; name: string; passPrefix: string }
export type DoorList = { event: ListEventSummary; day: string; zones: string[] }

export type CheckInLists = {
  today: string
  /** Today's lists: every event whose days include today (usually one), the featured one first. */
  lists: DoorList[]
  /** When no list is open today: the next day one opens, and its event. */
  next: { event: ListEventSummary; day: string } | null
  /** For admins only: the other days they may open on purpose (openCheckInList, logged). */
  otherDays: { event: ListEventSummary; days: string[] }[]
}

const summary = (event: DoorEvent): ListEventSummary => ({
  id: event.id,
  name: event.shortName || event.name,
  passPrefix: event.passPrefix,
})

/**
 * The lists the door may scan, for the check-in staff member in `req.user`: today's only (today in
 * Vietnam time), never a past day's. Admins also see the other days they can open deliberately.
 */
export async function readCheckInLists(
  req: PayloadRequest,
  input: { locale?: 'vi' | 'en' } = {},
): Promise<CheckInLists> {
  if (!canCheckIn(req.user)) throw passRefusal(req, 'not-checkin-staff')
  const today = localDate(now())
  const events = await doorEvents(req, input.locale)
  const todays = eventsWithListsOn(events, today)
  const next = todays.length ? null : nextListDay(events, today)
  return {
    today,
    lists: todays.map((event) => ({ event: summary(event), day: today, zones: eventZones(event) })),
    next: next ? { event: summary(next.event), day: next.day } : null,
    otherDays: canOpenAnyCheckInList(req.user)
      ? events
          .map((event) => ({
            event: summary(event),
            days: eventDays(event.startDate, event.endDate).filter((day) => day !== today),
          }))
          .filter((entry) => entry.days.length)
      : [],
  }
}
