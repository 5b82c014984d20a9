import { buildCalendar } from '~/cms/lib/schedule/ics'
import type { SessionView } from './cms'
import { eventPath } from './events/eventDisplay'
import type { Locale } from './i18n/locales'
import { localePath } from './i18n/locales'
import { createT } from './i18n/t'

/** A session's place on the site: in its event's own programme, which keeps its address. */
export const sessionPath = (session: Pick<SessionView, 'id' | 'eventSlug'>): string =>
  `${session.eventSlug ? eventPath(session.eventSlug, 'schedule') : '/schedule/'}#session-${session.id}`

/** The programme (or one session of it) as an .ics response, in the reader's language. */
export function calendarResponse(
  sessions: SessionView[],
  options: { locale: Locale; site: URL; name: string; filename: string },
): Response {
  const t = createT(options.locale)
  const body = buildCalendar({
    name: options.name,
    stamp: new Date(),
    events: sessions.map((session) => ({
      uid: `session-${session.id}@${options.site.host}`,
      start: session.startsAt,
      end: session.endsAt,
      summary: session.title,
      description: [session.description, t(`schedule.access.${session.pressAccess}`)]
        .filter(Boolean)
        .join('\n\n'),
      location: session.venue,
      url: new URL(localePath(options.locale, sessionPath(session)), options.site).href,
      categories: [t(`schedule.type.${session.type}`)],
    })),
  })
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${options.filename}"`,
      'Cache-Control': 'public, max-age=60',
    },
  })
}
