import type { APIRoute } from 'astro'

import { getEnv } from '../../../cms/env'

import { signInStaff, STAFF_COOKIE } from '../../lib/cms'
import { readForm } from '../../lib/forms'
import { localePath } from '../../lib/i18n/locales'
import { isBehindTls } from '../../lib/securityHeaders'

/** Staff sign-in for the door: an HttpOnly session cookie limited to /checkin. */
export const POST: APIRoute = async ({ request, cookies, locals, url }) => {
  const form = await readForm(request)
  const email = form.ok ? String(form.data.get('email') ?? '').slice(0, 254) : ''
  const password = form.ok ? String(form.data.get('password') ?? '').slice(0, 200) : ''
  const session = email && password ? await signInStaff(email, password) : null
  const home = localePath(locals.locale, '/checkin/')
  if (!session) return new Response(null, { status: 303, headers: { Location: `${home}?failed=1` } })
  cookies.set(STAFF_COOKIE, session.token, { path: '/', httpOnly: true, sameSite: 'strict', secure: url.protocol === 'https:' || isBehindTls(getEnv().SITE_URL, getEnv().TRUST_PROXY, request.headers.get('x-forwarded-proto')), expires: session.expiresAt })
  return new Response(null, { status: 303, headers: { Location: home } })
}
