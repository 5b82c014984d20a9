// @ts-check
/**
 * The security headers and accepted methods of both servers, in plain JavaScript so that the
 * admin's cms/next.config.mjs (loaded by Node without a TypeScript step) reads the same table as
 * the site. The site imports them through site/lib/securityHeaders.ts.
 */

/** What every policy of ours closes: framing, plugins, <base> and foreign form targets. */
export const SITE_CSP = [
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

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
 * A preview answer (site /preview/…) may be framed by the admin's live-preview pane, and by
 * nothing else: the policy's frame-ancestors names the admin's origin only. The caller drops
 * X-Frame-Options, which knows no origin but the page's own.
 * @param {string} csp the answer's policy
 * @param {string} adminUrl the admin's address (CMS_URL)
 * @returns {string}
 */
export function framableByAdmin(csp, adminUrl) {
  const ancestors = `frame-ancestors ${new URL(adminUrl).origin}`
  const kept = csp
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !/^frame-ancestors(\s|$)/i.test(directive))
  return [...kept, ancestors].join('; ')
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
  return {
    ...headers,
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  }
}

/**
 * The policy of a file we must never render as ours (an applicant's letter or portrait): no script,
 * no plugin, no form, no same-origin access. See cms/lib/fileHeaders.ts.
 */
export const INERT_FILE_CSP = "sandbox; default-src 'none'"

/** The methods each server answers; any other gets 405 (never a 500, never a hang). */
export const SITE_METHODS = /** @type {const} */ (['GET', 'HEAD', 'POST', 'OPTIONS'])
export const ADMIN_METHODS = /** @type {const} */ ([
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'OPTIONS',
])

/**
 * @param {readonly string[]} allowed
 * @param {string | undefined} method
 * @returns {boolean}
 */
export function isAllowedMethod(allowed, method) {
  return typeof method === 'string' && allowed.includes(method)
}

/**
 * The 405 answer's headers (with the server's security headers added by the caller).
 * @param {readonly string[]} allowed
 * @returns {Record<string, string>}
 */
export function methodNotAllowedHeaders(allowed) {
  return {
    Allow: allowed.join(', '),
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  }
}
