/**
 * Headers for a page with personal data behind a secret link: never cached, never indexed, and
 * the link never sent to other sites (same-origin, so the page's own forms still carry an Origin).
 */
export function markPrivate(headers: Headers): void {
  headers.set('Cache-Control', 'private, no-store')
  headers.set('X-Robots-Tag', 'noindex')
  headers.set('Referrer-Policy', 'same-origin')
}
