import type { AstroCookies } from 'astro'

import { readForm } from './forms'

type Session = { token: string; expiresAt: Date }

/**
 * A sign-in form posted to its own page: on success the session cookie (HttpOnly, SameSite, Secure
 * over HTTPS) and a redirect; on any failure null, and the page answers 401 with one sentence
 * that never says which part was wrong.
 */
export async function signInFromForm(
  context: { request: Request; cookies: AstroCookies; url: URL },
  cookie: { name: string; sameSite: 'strict' | 'lax' },
  signIn: (email: string, password: string) => Promise<Session | null>,
  home: string,
): Promise<Response | null> {
  const form = await readForm(context.request)
  const email = form.ok ? String(form.data.get('email') ?? '').trim().slice(0, 254) : ''
  const password = form.ok ? String(form.data.get('password') ?? '').slice(0, 200) : ''
  const session = email && password ? await signIn(email, password) : null
  if (!session) return null
  context.cookies.set(cookie.name, session.token, { path: '/', httpOnly: true, sameSite: cookie.sameSite, secure: context.url.protocol === 'https:', expires: session.expiresAt })
  return new Response(null, { status: 303, headers: { Location: home, 'Cache-Control': 'no-store' } })
}
