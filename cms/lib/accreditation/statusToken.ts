import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

import { siteUrl } from '../siteUrl'

/**
 * The secret status link: `<request id>.<record secret>.<MAC>`. The record secret is 32 random
 * bytes kept on the request (field `statusSecret`, hidden from every API caller), so a link opens
 * only the request it was made for even if a deleted request's id were ever given again; the MAC
 * (keyed by the server's secret) lets the site reject a forged or altered link without a database
 * lookup. Nothing else is stored, so the same link can be sent again.
 */
const keyFor = (secret: string) => createHash('sha256').update(`status-link:${secret}`).digest()

const mac = (secret: string, id: string, recordSecret: string) =>
  createHmac('sha256', keyFor(secret))
    .update(`request:${id}:${recordSecret}`)
    .digest()
    .subarray(0, 16)
    .toString('base64url')

/** A fresh per-request secret, made once when the request is created. */
export const newStatusSecret = (): string => randomBytes(32).toString('base64url')

export function createStatusToken(
  secret: string,
  requestId: string | number,
  recordSecret: string,
): string {
  const id = String(requestId)
  if (!/^[A-Za-z0-9_-]{43}$/.test(recordSecret))
    throw new Error(`Request ${id} has no status secret`)
  return `${id}.${recordSecret}.${mac(secret, id, recordSecret)}`
}

/**
 * The request id and record secret inside a genuine token, or null for anything forged,
 * truncated or malformed. The caller must still compare the record secret with the one stored
 * on the request (`sameStatusSecret`).
 */
export function readStatusToken(
  secret: string,
  token: string,
): { id: string; recordSecret: string } | null {
  const match = /^([0-9a-f]{1,24})\.([A-Za-z0-9_-]{43})\.([A-Za-z0-9_-]{22})$/.exec(token)
  if (!match) return null
  const [, id, recordSecret, given] = match as unknown as [string, string, string, string]
  const expected = Buffer.from(mac(secret, id, recordSecret))
  const actual = Buffer.from(given)
  return expected.length === actual.length && timingSafeEqual(expected, actual)
    ? { id, recordSecret }
    : null
}

/** Whether the secret a token carries is the one stored on the request (in constant time). */
export function sameStatusSecret(stored: string | null | undefined, given: string): boolean {
  if (!stored) return false
  const a = Buffer.from(stored)
  const b = Buffer.from(given)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The address of the status page for a token, in the applicant's language. */
export function statusPageUrl(base: string, locale: 'vi' | 'en', token: string): string {
  return siteUrl(base, locale, `/accreditation/status/${encodeURIComponent(token)}/`)
}
