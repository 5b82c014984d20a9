import { type NextRequest, NextResponse } from 'next/server'

import {
  ADMIN_LANGUAGE_COOKIE,
  adminRedirectTarget,
  DEFAULT_ADMIN_LANGUAGE,
  isLoopbackAlias,
  movedPage,
  needsDefaultLanguage,
  WRONG_HOST_GUARD,
} from './lib/adminAddress'

/**
 * Before the admin renders (Next's proxy, formerly middleware):
 * - a browser opening the admin at an address other than CMS_URL is sent to the same page there
 *   (cms/lib/adminAddress.ts explains why);
 * - an admin with no language chosen yet reads Vietnamese, whatever the browser's language;
 *   switching to English in the account page sets Payload's own cookie, which is then kept.
 */
export function proxy(request: NextRequest): NextResponse {
  const cmsUrl = process.env.CMS_URL
  const redirectsSoFar = Number(request.cookies.get(WRONG_HOST_GUARD)?.value) || 0
  const target = cmsUrl
    ? adminRedirectTarget(
        {
          method: request.method,
          path: request.nextUrl.pathname + request.nextUrl.search,
          host: request.headers.get('host'),
          forwardedHost: request.headers.get('x-forwarded-host'),
          forwardedProto: request.headers.get('x-forwarded-proto'),
          fetchMode: request.headers.get('sec-fetch-mode'),
          accept: request.headers.get('accept'),
          // Chromium asks again for a page whose Critical-CH hints it lacked: one repeat is not a loop.
          guarded: redirectsSoFar >= 2,
        },
        cmsUrl,
      )
    : null
  if (target && isLoopbackAlias(target, request.headers.get('host')))
    return new NextResponse(movedPage(target), {
      status: 200,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        Refresh: `0; url=${target}`,
      },
    })
  if (target) {
    const response = NextResponse.redirect(target, 307)
    response.cookies.set(WRONG_HOST_GUARD, String(redirectsSoFar + 1), {
      maxAge: 5,
      path: '/admin',
      httpOnly: true,
    })
    return response
  }
  if (!needsDefaultLanguage(request.cookies.get(ADMIN_LANGUAGE_COOKIE)?.value))
    return NextResponse.next()
  request.cookies.set(ADMIN_LANGUAGE_COOKIE, DEFAULT_ADMIN_LANGUAGE)
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(ADMIN_LANGUAGE_COOKIE, DEFAULT_ADMIN_LANGUAGE, {
    maxAge: 60 * 60 * 24 * 365,
    path: '/',
    sameSite: 'lax',
  })
  return response
}

export const config = { matcher: ['/admin', '/admin/:path*'] }
