import type { APIRoute } from 'astro'

import { PRESS_COOKIE, signOutJournalist } from '~/site/lib/cms'
import { localePath } from '~/site/lib/i18n/locales'

/** Signs out on the server (the session is removed from the account), then forgets the cookie. */
export const POST: APIRoute = async ({ cookies, locals }) => {
  await signOutJournalist(cookies.get(PRESS_COOKIE)?.value)
  cookies.delete(PRESS_COOKIE, { path: '/' })
  return new Response(null, {
    status: 303,
    headers: { Location: localePath(locals.locale, '/press/') },
  })
}
