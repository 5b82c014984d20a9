import type { Payload, PayloadRequest } from 'payload'

import { visibleEvents } from '~/cms/events/featuredEvent'
import { pickFeatured } from '~/cms/lib/events/eventRules'
import {
  eventZones,
  eventsWithListsOn,
  hasListOn,
  isOpenDay,
  sessionOnList,
} from '~/cms/lib/passes/checkInLists'
import { verifyListGrant } from '~/cms/lib/passes/listGrant'
import { localDate, now } from '~/cms/lib/time'
import { canOpenAnyCheckInList } from '~/cms/lib/roles'
import type { Event, Session } from '~/cms/payload-types'
import { checkInRefusal } from './refusals'

/** What the door reads of an event: enough to find its lists, name it and check its codes. */
export const DOOR_EVENT_FIELDS = {
  name: true,
  shortName: true,
  state: true,
  startDate: true,
  endDate: true,
  zones: true,
  passPrefix: true,
} as const
export type DoorEvent = Pick<Event, 'id' | keyof typeof DOOR_EVENT_FIELDS>

/**
 * One list at the door, resolved: its event, day and zone, the first event (for old QR codes), and
 * for a per-session list its session, read afresh (its press access as it is now).
 */
export type ResolvedList = {
  event: DoorEvent
  firstEvent: string | null
  day: string
  session: Session | null
}

/**
 * A per-session list's session, read now (never cached: a switch of its access applies to the next
 * scan): one of the programme's sessions of the list's event and day, or a 4xx.
 */
export async function listSession(
  req: PayloadRequest,
  id: number | string,
  list: { event: number | string; day: string },
): Promise<Session> {
  const session = /^[A-Za-z0-9_-]{1,40}$/.test(String(id))
    ? await req.payload.findByID({
        collection: 'sessions',
        id: String(id),
        depth: 0,
        overrideAccess: true,
        req,
        disableErrors: true,
      })
    : null
  if (!session) throw checkInRefusal(req, 'unknown-session')
  if (!sessionOnList(session, list, localDate)) throw checkInRefusal(req, 'session-not-in-list')
  return session
}

/**
 * Every event that can have lists (not drafts), the featured one first: the fields the door uses
 * only (the rest of an event, its quotas and texts, is most of the read's cost on every scan).
 */
export async function doorEvents(
  req: PayloadRequest,
  locale: 'vi' | 'en' = 'vi',
): Promise<DoorEvent[]> {
  const docs = await visibleEvents(req, { locale, select: DOOR_EVENT_FIELDS })
  const featured = pickFeatured(docs, now())
  return featured ? [featured, ...docs.filter((event) => event.id !== featured.id)] : docs
}

const firstEvents = new WeakMap<Payload, string>()

/**
 * The first event: the congress of October 2025, which the portal served before it knew events
 * (the migration made it from the old event global, so it is the oldest record). QR codes signed
 * before passes named their event belong to it.
 */
export async function firstEventId(req: PayloadRequest): Promise<string | null> {
  const known = firstEvents.get(req.payload)
  if (known) return known
  const { docs } = await req.payload.find({
    collection: 'events',
    sort: ['createdAt', 'id'],
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
    select: { createdAt: true },
  })
  if (!docs[0]) return null
  firstEvents.set(req.payload, String(docs[0].id))
  return String(docs[0].id)
}

/**
 * The list a scan is for. The event named, or, when the caller names none, the day's only event
 * (the featured one first). The day must be today (or an offline scan's own day, synced late)
 * unless an admin opened that list on purpose (openCheckInList's grant).
 */
export async function resolveList(
  req: PayloadRequest,
  scan: {
    event?: number | string | null
    day: string
    /** Checked when given: the zone must be one of the event's. */
    zone?: string
    offline?: boolean
    scannedAt?: string
    grant?: string | null
    /** A per-session list's session (its id); none for a whole day's list. */
    session?: number | string | null
  },
): Promise<ResolvedList> {
  const events = await doorEvents(req)
  const candidates =
    scan.event != null
      ? events.filter((event) => String(event.id) === String(scan.event))
      : eventsWithListsOn(events, scan.day)
  const event = candidates[0]
  if (!event || !hasListOn(event, scan.day)) throw checkInRefusal(req, 'no-list')
  if (scan.zone !== undefined && !eventZones(event).includes(scan.zone))
    throw checkInRefusal(req, 'zone-not-in-event')
  const at = now()
  const open =
    isOpenDay({ ...scan, today: localDate(at), now: at, localDateOf: localDate }) ||
    (canOpenAnyCheckInList(req.user) &&
      verifyListGrant(
        req.payload.secret,
        scan.grant,
        { event: event.id, day: scan.day, staffId: req.user!.id },
        at.getTime(),
      ))
  if (!open) throw checkInRefusal(req, 'list-not-today')
  const session =
    scan.session != null && scan.session !== ''
      ? await listSession(req, scan.session, { event: event.id, day: scan.day })
      : null
  return { event, firstEvent: await firstEventId(req), day: scan.day, session }
}

/** A day's bounds in Vietnam (UTC+7, no daylight saving): [start, next day's start). */
const dayBounds = (day: string) => {
  const start = new Date(`${day}T00:00:00+07:00`)
  return { from: start.toISOString(), to: new Date(start.getTime() + 86_400_000).toISOString() }
}

/**
 * The programme's sessions of an event on a day (per-session lists), in order, read now: their
 * press access is the door's to apply at the next scan.
 */
export async function daySessions(
  req: PayloadRequest,
  list: { event: number | string; day: string },
  locale: 'vi' | 'en' = 'vi',
): Promise<Session[]> {
  const { from, to } = dayBounds(list.day)
  const { docs } = await req.payload.find({
    collection: 'sessions',
    where: {
      and: [
        { event: { equals: list.event } },
        { startsAt: { greater_than_equal: from } },
        { startsAt: { less_than: to } },
      ],
    },
    sort: 'startsAt',
    pagination: false,
    depth: 0,
    locale,
    overrideAccess: true,
    req,
  })
  return docs.filter((session) => sessionOnList(session, list, localDate))
}
