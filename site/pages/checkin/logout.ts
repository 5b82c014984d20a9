import type { APIRoute } from 'astro'

import { signOutStaff, STAFF_COOKIE } from '~/site/lib/cms'
import { localePath } from '~/site/lib/i18n/locales'

/** Signs this phone out on the server (its session only: other phones on the account stay signed in). */
export const POST: APIRoute = async ({ cookies, locals }) => {
  await signOutStaff(cookies.get(STAFF_COOKIE)?.value)
  cookies.delete(STAFF_COOKIE, { path: '/' })
  return new Response(null, {
    status: 303,
    headers: { Location: localePath(locals.locale, '/checkin/') },
  })
}
