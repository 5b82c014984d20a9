import type { APIRoute } from 'astro'

import { PRESS_COOKIE, signInJournalist } from '../../lib/cms'
import { readForm } from '../../lib/forms'
import { localePath } from '../../lib/i18n/locales'

/** Press-area sign-in: an HttpOnly session cookie; every failure gets the same answer. */
export const POST: APIRoute = async ({ request, cookies, locals, url }) => {
  const form = await readForm(request)
  const email = form.ok ? String(form.data.get('email') ?? '').trim().slice(0, 254) : ''
  const password = form.ok ? String(form.data.get('password') ?? '').slice(0, 200) : ''
  const session = email && password ? await signInJournalist(email, password) : null
  const home = localePath(locals.locale, '/press/')
  if (!session) return new Response(null, { status: 303, headers: { Location: `${home}?failed=1`, 'Cache-Control': 'no-store' } })
  cookies.set(PRESS_COOKIE, session.token, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', expires: session.expiresAt })
  return new Response(null, { status: 303, headers: { Location: home, 'Cache-Control': 'no-store' } })
}
