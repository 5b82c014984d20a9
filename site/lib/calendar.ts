import { buildCalendar } from '~/cms/lib/schedule/ics'
import type { SessionView } from './cms'
import type { Locale } from './i18n/locales'
import { localePath } from './i18n/locales'
import { createT } from './i18n/t'

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
      url: new URL(localePath(options.locale, `/schedule/#session-${session.id}`), options.site)
        .href,
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
