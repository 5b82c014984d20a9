import type { APIRoute } from 'astro'

import { absoluteUrl } from '../lib/absoluteUrl'
import { featuredScope, getFeaturedEvent, listSessions } from '../lib/cms'
import { calendarResponse } from '../lib/calendar'
import { createT } from '../lib/i18n/t'

/** The featured event's programme for a calendar app (the same as /events/<slug>/schedule.ics). */
export const GET: APIRoute = async ({ locals }) => {
  const event = await getFeaturedEvent(locals.locale)
  const sessions = await listSessions(locals.locale, featuredScope(event))
  return calendarResponse(sessions, {
    locale: locals.locale,
    site: new URL(absoluteUrl('/')),
    name: event?.name ?? createT(locals.locale)('schedule.title'),
    filename: 'schedule.ics',
  })
}
