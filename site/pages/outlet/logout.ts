import type { APIRoute } from 'astro'

import { OUTLET_COOKIE, signOutManager } from '~/site/lib/cms'
import { localePath } from '~/site/lib/i18n/locales'

/** Signs out on the server (the session is removed from the account), then forgets the cookie. */
export const POST: APIRoute = async ({ cookies, locals }) => {
  await signOutManager(cookies.get(OUTLET_COOKIE)?.value)
  cookies.delete(OUTLET_COOKIE, { path: '/' })
  return new Response(null, {
    status: 303,
    headers: { Location: localePath(locals.locale, '/outlet/') },
  })
}
