import type { APIRoute } from 'astro'

import { STAFF_COOKIE } from '../../lib/cms'
import { localePath } from '../../lib/i18n/locales'

export const POST: APIRoute = ({ cookies, locals }) => {
  cookies.delete(STAFF_COOKIE, { path: '/' })
  return new Response(null, { status: 303, headers: { Location: localePath(locals.locale, '/checkin/') } })
}
