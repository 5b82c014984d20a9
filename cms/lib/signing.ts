import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The one way our short-lived links and grants are signed: HMAC-SHA256 under a key derived from
 * the server's secret and the link's purpose, so a signature made for one purpose (a door
 * portrait, a check-in list, a preview) never verifies for another. Base64url, 43 characters.
 */
export function purposeMac(secret: string, purpose: string): (body: string) => string {
  const key = createHmac('sha256', secret).update(purpose).digest()
  return (body) => createHmac('sha256', key).update(body).digest('base64url')
}

/** Whether two signatures are the same, in constant time (false for different lengths). */
export function sameSignature(expected: string, given: string): boolean {
  const a = Buffer.from(expected)
  const b = Buffer.from(given)
  return a.length === b.length && timingSafeEqual(a, b)
}
