import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

import { siteUrl } from '../siteUrl'

/**
 * The secret status link: `<request id>.<MAC>`. Only someone who received the link can open the
 * application; a guessed or altered link fails the MAC check. Nothing is stored, so the same link
 * can be sent again (for example when someone tries to apply twice).
 */
const keyFor = (secret: string) => createHash('sha256').update(`status-link:${secret}`).digest()

const mac = (secret: string, id: string) => createHmac('sha256', keyFor(secret)).update(`request:${id}`).digest().subarray(0, 16).toString('base64url')

export function createStatusToken(secret: string, requestId: string | number): string {
  const id = String(requestId)
  return `${id}.${mac(secret, id)}`
}

/** The request id inside a genuine token, or null for anything forged, truncated or malformed. */
export function readStatusToken(secret: string, token: string): string | null {
  const match = /^([0-9a-f]{1,24})\.([A-Za-z0-9_-]{22})$/.exec(token)
  if (!match) return null
  const [, id, given] = match as unknown as [string, string, string]
  const expected = Buffer.from(mac(secret, id))
  const actual = Buffer.from(given)
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? id : null
}

/** The address of the status page for a token, in the applicant's language. */
export function statusPageUrl(base: string, locale: 'vi' | 'en', token: string): string {
  return siteUrl(base, locale, `/accreditation/status/${encodeURIComponent(token)}/`)
}
