import type { APIRoute } from 'astro'

import { absoluteUrl } from '~/site/lib/absoluteUrl'
import { getEventBySlug, listSessions } from '~/site/lib/cms'
import { calendarResponse } from '~/site/lib/calendar'
import { isEventSlug } from '~/site/lib/events/eventDisplay'

/** One event's programme for a calendar app. */
export const GET: APIRoute = async ({ locals, params }) => {
  const event = isEventSlug(params.slug) ? await getEventBySlug(locals.locale, params.slug) : null
  if (!event?.slug)
    return new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  return calendarResponse(await listSessions(locals.locale, event.id), {
    locale: locals.locale,
    site: new URL(absoluteUrl('/')),
    name: event.name,
    filename: `${event.slug}.ics`,
  })
}
