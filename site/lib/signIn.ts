import type { AstroCookies } from 'astro'

import { getEnv } from '~/cms/env'
import { readForm } from './forms'
import { clientKey } from './rateLimit'
import { isBehindTls } from './securityHeaders'

type Session = { token: string; expiresAt: Date }
type Context = { request: Request; cookies: AstroCookies; url: URL }
type Caller = { client: string; language: 'vi' | 'en' }

/** Who is asking, for the core's per-client brake and its messages. */
export const callerOf = (
  context: Context & { clientAddress: string; locals: { locale?: string } },
): Caller => ({
  client: clientKey(context.request, context.clientAddress, getEnv().TRUST_PROXY),
  language: context.locals.locale === 'en' ? 'en' : 'vi',
})

/** Sets a session cookie: HttpOnly, SameSite, and Secure whenever the visitor came over HTTPS (here or at the proxy). */
export function setSessionCookie(
  context: Context,
  cookie: { name: string; sameSite: 'strict' | 'lax' },
  session: Session,
): void {
  const env = getEnv()
  const secure =
    context.url.protocol === 'https:' ||
    isBehindTls(env.SITE_URL, env.TRUST_PROXY, context.request.headers.get('x-forwarded-proto'))
  context.cookies.set(cookie.name, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: cookie.sameSite,
    secure,
    expires: session.expiresAt,
  })
}

/**
 * A sign-in form posted to its own page: on success the session cookie (HttpOnly, SameSite, Secure
 * over HTTPS) and a redirect; on any failure null, and the page answers 401 with one sentence
 * that never says which part was wrong.
 */
export async function signInFromForm(
  context: Context & { clientAddress: string; locals: { locale?: string } },
  cookie: { name: string; sameSite: 'strict' | 'lax' },
  signIn: (email: string, password: string, caller: Caller) => Promise<Session | null>,
  home: string,
): Promise<Response | null> {
  const form = await readForm(context.request)
  const email = form.ok
    ? String(form.data.get('email') ?? '')
        .trim()
        .slice(0, 254)
    : ''
  const password = form.ok ? String(form.data.get('password') ?? '').slice(0, 200) : ''
  const session = email && password ? await signIn(email, password, callerOf(context)) : null
  if (!session) return null
  setSessionCookie(context, cookie, session)
  return new Response(null, {
    status: 303,
    headers: { Location: home, 'Cache-Control': 'no-store' },
  })
}
