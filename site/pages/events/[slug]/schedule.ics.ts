import type { APIRoute } from 'astro'

import { absoluteUrl } from '~/site/lib/absoluteUrl'
import { getEventBySlug, listSessions } from '~/site/lib/cms'
import { calendarResponse } from '~/site/lib/calendar'
import { isEventSlug } from '~/site/lib/events/eventDisplay'

/** One event's programme for a calendar app. */
export const GET: APIRoute = async ({ locals }) => {
  // The slug from the path the middleware kept without its language (for /en/ too: an endpoint
  // reached by the English rewrite does not get its params from the rewritten path).
  const slug = /^\/events\/([^/]+)\/schedule\.ics$/.exec(locals.pathWithoutLocale)?.[1]
  const event = isEventSlug(slug) ? await getEventBySlug(locals.locale, slug) : null
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
