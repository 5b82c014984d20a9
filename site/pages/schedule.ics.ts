import type { APIRoute } from 'astro'

import { absoluteUrl } from '../lib/absoluteUrl'
import { listSessions } from '../lib/cms'
import { calendarResponse } from '../lib/calendar'
import { createT } from '../lib/i18n/t'

/** The whole programme for a calendar app. */
export const GET: APIRoute = async ({ locals }) => {
  const sessions = await listSessions(locals.locale)
  return calendarResponse(sessions, {
    locale: locals.locale,
    site: new URL(absoluteUrl('/')),
    name: createT(locals.locale)('schedule.title'),
    filename: 'schedule.ics',
  })
}
