import type { MiddlewareNext } from 'astro'
import { defineMiddleware } from 'astro:middleware'

import { getEnv } from '../cms/env'
import { isPreviewPath } from '../cms/lib/preview/previewToken'

import { limitFor, trustProxy } from './lib/accreditationLimits'
import { withinRender } from './lib/cms/cache'
import { countRequest } from './lib/cms/rateLimits'
import { STAFF_COOKIE } from './lib/cms/staff'
import { splitLocale } from './lib/i18n/locales'
import { createT } from './lib/i18n/t'
import { markPrivate } from './lib/privatePage'
import { clientKey } from './lib/rateLimit'
import { busyUnlessAnswered, shortAnswer } from './lib/shortAnswer'
import {
  framableByAdmin,
  isAllowedMethod,
  isBehindTls,
  mayCachePublicly,
  mergeCsp,
  methodNotAllowedHeaders,
  publicCacheControl,
  securityHeaders,
  SITE_METHODS,
} from './lib/securityHeaders'

/**
 * Vietnamese pages live at /, English at /en/ with the same paths. Rather than a copy of every
 * page under pages/en/, the English address is rewritten to the same page with locals.locale = 'en'.
 * Form posts and status links are rate-limited per client before any page work is done.
 */
export const onRequest = defineMiddleware((context, next) => {
  if (context.locals.locale) return next()
  // One render: the layout, the page and its parts share each read (site/lib/cms/cache.ts).
  // A form post that meets an overload answers 503 with Retry-After, never a 500.
  const { locale } = splitLocale(context.url.pathname)
  return withinRender(async () => {
    const response = await busyUnlessAnswered(context.request, locale, () => route(context, next))
    return withSiteHeaders(
      context.request,
      response,
      isPreviewPath(context.locals.pathWithoutLocale ?? ''),
    )
  })
})

const env = getEnv()

// Headers are computed once per kind of answer: the two sets of security headers, and each page's
// merged policy (a page's policy is the same on every render; a few dozen pages, kept by value).
const SECURITY = { plain: securityHeaders(false), tls: securityHeaders(true) }
const mergedPolicies = new Map<string, string>()
function pagePolicy(own: string | null, ours: string): string {
  if (!own) return ours
  const known = mergedPolicies.get(own)
  if (known) return known
  const merged = mergeCsp(own, ours)
  if (mergedPolicies.size < 500) mergedPolicies.set(own, merged)
  return merged
}

/**
 * Security headers on every answer, and a CDN-usable cache policy on public pages. A response
 * from `fetch` or a redirect may have immutable headers: then a copy is made. A preview answer
 * (`framable`) may be framed by the admin's live-preview pane, and only by it.
 */
function withSiteHeaders(request: Request, response: Response, framable: boolean): Response {
  let out = response
  try {
    out.headers.set('X-Content-Type-Options', 'nosniff')
  } catch {
    out = new Response(response.body, response)
  }
  const tls = isBehindTls(env.SITE_URL, env.TRUST_PROXY, request.headers.get('x-forwarded-proto'))
  for (const [name, value] of Object.entries(tls ? SECURITY.tls : SECURITY.plain)) {
    out.headers.set(
      name,
      name === 'Content-Security-Policy' ? pagePolicy(out.headers.get(name), value) : value,
    )
  }
  if (framable) {
    // Whatever the answer (the draft, a refusal, an error): never stored, never indexed.
    markPrivate(out.headers)
    out.headers.set(
      'Content-Security-Policy',
      framableByAdmin(out.headers.get('Content-Security-Policy') ?? '', env.CMS_URL),
    )
    out.headers.delete('X-Frame-Options')
  }
  if (mayCachePublicly(request.method, out.status, out.headers))
    out.headers.set('Cache-Control', publicCacheControl(env.PUBLIC_CACHE_SECONDS))
  return out
}

async function route(
  context: Parameters<Parameters<typeof defineMiddleware>[0]>[0],
  next: MiddlewareNext,
): Promise<Response> {
  // The site reads and posts forms; nothing here answers PUT, DELETE or PATCH (site/serve refuses
  // them first in production; this covers `astro dev`).
  if (!isAllowedMethod(SITE_METHODS, context.request.method)) {
    return new Response('Method not allowed. This site answers GET and POST only.', {
      status: 405,
      headers: methodNotAllowedHeaders(SITE_METHODS),
    })
  }
  const { locale, path } = splitLocale(context.url.pathname)
  context.locals.locale = locale
  context.locals.pathWithoutLocale = path

  const limit = limitFor(
    context.request.method,
    path,
    clientKey(context.request, context.clientAddress, trustProxy),
    context.cookies.get(STAFF_COOKIE)?.value,
  )
  if (limit) {
    const verdict = await countRequest(limit.limit, limit.key)
    if (!verdict.allowed) return tooManyRequests(context.request, locale, verdict.retryAfterSeconds)
  }
  // Not `next(path)`: Astro then hands an endpoint the parameters of the address before the
  // rewrite (withastro/astro#11932), so every /en/ file route (a status link's pass.pdf, portrait
  // and letter, documents, media, calendars) answered 404. `context.rewrite` routes again, with
  // fresh parameters; this middleware then passes straight through (locals.locale is set).
  return locale === 'vi' ? next() : context.rewrite(path + context.url.search)
}

function tooManyRequests(request: Request, locale: 'vi' | 'en', retryAfter: number): Response {
  const message = createT(locale)('err.rate_limited')
  return shortAnswer(request, locale, {
    status: 429,
    code: 'rate_limited',
    title: '429',
    message,
    retryAfter,
  })
}
