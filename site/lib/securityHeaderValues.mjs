// @ts-check
/**
 * The values of the security headers of both servers, in plain JavaScript so that the admin's
 * cms/next.config.mjs (loaded by Node without a TypeScript step) reads the same table as the site.
 * Everything else imports them through site/lib/securityHeaders.ts.
 */

/** What every policy of ours closes: framing, plugins, <base> and foreign form targets. */
export const SITE_CSP = ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"].join('; ')

export const HSTS = 'max-age=31536000; includeSubDomains'

/**
 * @param {boolean} behindTls
 * @returns {Record<string, string>}
 */
export function securityHeaders(behindTls) {
  return {
    'Content-Security-Policy': SITE_CSP,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), payment=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(behindTls ? { 'Strict-Transport-Security': HSTS } : {}),
  }
}

/**
 * The admin's (Payload's Next app) headers, on every answer of the cms server. Next's own bootstrap
 * is inline script, so its policy cannot name script sources; it closes the same as the site's.
 * HSTS is sent always: browsers ignore it over plain http (RFC 6797 8.1), and behind the TLS proxy
 * it holds. The admin uses no camera.
 * @returns {Record<string, string>}
 */
export function adminSecurityHeaders() {
  const { 'Cross-Origin-Opener-Policy': _popups, ...headers } = securityHeaders(true)
  return { ...headers, 'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()' }
}
