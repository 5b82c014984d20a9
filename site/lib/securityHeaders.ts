/**
 * Headers every response of the site carries, and the cache policy of public pages. Pure, so the
 * rules are unit-tested; site/middleware.ts applies them.
 *
 * The Content-Security-Policy header holds what a <meta> policy cannot (frame-ancestors) and what
 * closes injection holes whatever the page (object-src, base-uri, form-action). It names no
 * script or style source: two policies both apply, and the page's own is the precise one. Astro adds a
 * <meta> policy per page with the hashes of its own scripts and inlined styles (astro.config
 * `security.csp`), so no inline script runs unless Astro emitted it.
 */
export const SITE_CSP = ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"].join('; ')

/** HSTS only behind TLS: the public address is https, or a trusted proxy says the request came over https. */
export function isBehindTls(siteUrl: string, trustProxy: boolean, forwardedProto: string | null): boolean {
  if (siteUrl.startsWith('https:')) return true
  return trustProxy && forwardedProto?.split(',')[0]?.trim().toLowerCase() === 'https'
}

export function securityHeaders(behindTls: boolean): Record<string, string> {
  return {
    'Content-Security-Policy': SITE_CSP,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), payment=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(behindTls ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  }
}

/**
 * What a CDN or reverse proxy may do with a public page: keep it as long as the site's own cache,
 * serve it stale while it refreshes, and keep serving it for a day when the site is down.
 * Only for a successful GET with no cookie set and no cache policy of its own (private pages set
 * `private, no-store` themselves, see privatePage.ts).
 */
export function publicCacheControl(freshSeconds: number): string {
  return `public, max-age=${freshSeconds}, stale-while-revalidate=60, stale-if-error=86400`
}

export function mayCachePublicly(method: string, status: number, headers: Headers): boolean {
  return (method === 'GET' || method === 'HEAD') && status === 200 && !headers.has('Cache-Control') && !headers.has('Set-Cookie')
}
