import type { Session } from '~/cms/payload-types'
import type { Locale } from '../i18n/locales'
import { cached } from './cache'
import { eventRefOf, type EventScope, eventWhere, scopeKey } from './eventScope'
import { publicEventsById } from './events'
import { payloadClient } from './payload'

export type SessionView = Pick<
  Session,
  'startsAt' | 'endsAt' | 'type' | 'pressAccess' | 'liveState' | 'pressAccessChangedAt'
> & {
  id: string
  title: string
  description: string
  venue: string
  /** The address of the event the session belongs to (null when the event is not public). */
  eventSlug: string | null
}

/** A programme in order (one event's, or every public event's); the schedule is public. */
export function listSessions(locale: Locale, event: EventScope = 'all'): Promise<SessionView[]> {
  return cached(`sessions:${locale}:${scopeKey(event)}`, async () => {
    const payload = await payloadClient()
    const events = await publicEventsById(locale)
    const { docs } = await payload.find({
      collection: 'sessions',
      locale,
      where: eventWhere(event, [...events.keys()]),
      sort: 'startsAt',
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user: null,
    })
    return docs.map((doc) => toSessionView(doc, events))
  })
}

/** A session as the programme shows it (the published programme and the editor's preview alike). */
export const toSessionView = (
  doc: Session,
  events: Awaited<ReturnType<typeof publicEventsById>>,
): SessionView => ({
  id: String(doc.id),
  title: doc.title,
  description: doc.description ?? '',
  venue: doc.venue ?? '',
  startsAt: doc.startsAt,
  endsAt: doc.endsAt,
  type: doc.type,
  pressAccess: doc.pressAccess,
  liveState: doc.liveState ?? 'none',
  pressAccessChangedAt: doc.pressAccessChangedAt ?? null,
  eventSlug: eventRefOf(doc.event, events)?.slug ?? null,
})
