import type { APIRoute } from 'astro'

import { PRESS_COOKIE } from '../../lib/cms'
import { localePath } from '../../lib/i18n/locales'

export const POST: APIRoute = ({ cookies, locals }) => {
  cookies.delete(PRESS_COOKIE, { path: '/' })
  return new Response(null, { status: 303, headers: { Location: localePath(locals.locale, '/press/') } })
}
