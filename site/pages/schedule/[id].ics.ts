import type { APIRoute } from 'astro'

import { absoluteUrl } from '~/site/lib/absoluteUrl'
import { listSessions } from '~/site/lib/cms'
import { calendarResponse } from '~/site/lib/calendar'

/** One session for a calendar app. */
export const GET: APIRoute = async ({ locals }) => {
  // The id from the path the middleware kept without its language: an endpoint reached by the
  // English rewrite (/en/schedule/7.ics) does not get its params from the rewritten path.
  const id = /^\/schedule\/([^/]+)\.ics$/.exec(locals.pathWithoutLocale)?.[1]
  const session = (await listSessions(locals.locale)).find((s) => s.id === id)
  if (!session)
    return new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  return calendarResponse([session], {
    locale: locals.locale,
    site: new URL(absoluteUrl('/')),
    name: session.title,
    filename: `session-${session.id}.ics`,
  })
}
