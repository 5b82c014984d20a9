/**
 * Headers every response of the site carries, and the cache policy of public pages. Pure, so the
 * rules are unit-tested; site/middleware.ts applies them.
 *
 * Pages get their Content-Security-Policy header from Astro (astro.config `security.csp`): it
 * lists the hashes of the scripts and inlined styles Astro built, so no inline script runs unless
 * it came from our build. Every other answer (endpoints, files, errors) gets SITE_CSP, and any
 * directive of SITE_CSP a page's policy lacks is added to it.
 */
// The header values and methods themselves live in cms/lib/securityHeaders.mjs, which
// cms/next.config.mjs and the admin's server read too.
export {
  ADMIN_METHODS,
  adminSecurityHeaders,
  framableByAdmin,
  INERT_FILE_CSP,
  isAllowedMethod,
  methodNotAllowedHeaders,
  securityHeaders,
  SITE_CSP,
  SITE_METHODS,
} from '~/cms/lib/securityHeaders.mjs'

/** `existing` with every directive of `ours` that it does not set itself. */
export function mergeCsp(existing: string | null, ours: string): string {
  if (!existing) return ours
  const name = (directive: string) => directive.trim().split(/\s+/)[0]?.toLowerCase()
  const present = new Set(existing.split(';').map(name))
  const missing = ours.split(';').filter((directive) => !present.has(name(directive)))
  return [existing.trim().replace(/;$/, ''), ...missing.map((d) => d.trim())].join('; ')
}

/** HSTS only behind TLS: the public address is https, or a trusted proxy says the request came over https. */
export function isBehindTls(
  siteUrl: string,
  trustProxy: boolean,
  forwardedProto: string | null,
): boolean {
  if (siteUrl.startsWith('https:')) return true
  return trustProxy && forwardedProto?.split(',')[0]?.trim().toLowerCase() === 'https'
}

/**
 * What a CDN or reverse proxy may do with a public page: keep it as long as the site's own cache,
 * serve it stale while it refreshes, and keep serving it for a day when the site is down.
 * Only for a successful GET with no cookie set and no cache policy of its own (private pages set
 * `private, no-store` themselves, see privatePage.ts), and never for an event stream.
 */
export function publicCacheControl(freshSeconds: number): string {
  return `public, max-age=${freshSeconds}, stale-while-revalidate=60, stale-if-error=86400`
}

export function mayCachePublicly(method: string, status: number, headers: Headers): boolean {
  return (
    (method === 'GET' || method === 'HEAD') &&
    status === 200 &&
    !headers.has('Cache-Control') &&
    !headers.has('Set-Cookie') &&
    // A live stream (Server-Sent Events) is never one answer to keep.
    !/^text\/event-stream/i.test(headers.get('Content-Type') ?? '')
  )
}
