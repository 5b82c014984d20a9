import { getEnv } from '~/cms/env'
import { readStatusToken } from '~/cms/lib/accreditation/statusToken'
import { RateLimiter } from './rateLimit'

const env = getEnv()
const applications = new RateLimiter(env.RATE_LIMIT_APPLY_PER_10_MIN, 10 * 60_000)
const statusLinks = new RateLimiter(env.RATE_LIMIT_STATUS_PER_MIN, 60_000)
const guesses = new RateLimiter(env.RATE_LIMIT_STATUS_PER_MIN, 60_000)
const staffSignIns = new RateLimiter(env.RATE_LIMIT_STAFF_SIGNIN_PER_10_MIN, 10 * 60_000)
const scans = new RateLimiter(env.RATE_LIMIT_SCANS_PER_MIN, 60_000)
const pressSignIns = new RateLimiter(env.RATE_LIMIT_PRESS_SIGNIN_PER_10_MIN, 10 * 60_000)

/**
 * The limit a request counts against, and under which key. A genuine status link is limited per
 * link, so journalists behind one press-centre address do not share an allowance; anything else
 * under /accreditation/status/ is a guess and is limited per client address.
 */
export function limitFor(
  method: string,
  path: string,
  client: string,
  staffSession?: string,
): { limiter: RateLimiter; key: string } | null {
  const status = /^\/accreditation\/status\/([^/]*)/.exec(path)
  if (status) {
    const token = decodeURIComponent(status[1] ?? '')
    return readStatusToken(env.PAYLOAD_SECRET, token)
      ? { limiter: statusLinks, key: token }
      : { limiter: guesses, key: client }
  }
  // Press-release subscription: the form like the application form, its links like status links.
  if (/^\/subscribe\/(confirm|unsubscribe)\//.test(path)) return { limiter: guesses, key: client }
  if (method === 'POST' && /^\/subscribe\/?$/.test(path))
    return { limiter: applications, key: client }
  // A nominee's personal link: every try counts per client, like status-link guesses.
  if (/^\/outlet\/nominee\//.test(path)) return { limiter: guesses, key: client }
  if (method === 'POST' && /^\/outlet\/(password|forgot|apply)?\/?$/.test(path))
    return { limiter: pressSignIns, key: client }
  if (method === 'POST' && /^\/accreditation\/?$/.test(path))
    return { limiter: applications, key: client }
  if (method === 'POST' && /^\/checkin\/?$/.test(path))
    return { limiter: staffSignIns, key: client }
  // The editor's live phone page: its sign-in form like the door's (posts once signed in are not limited).
  if (method === 'POST' && !staffSession && /^\/live\/[^/]+\/post\/?$/.test(path))
    return { limiter: staffSignIns, key: client }
  if (method === 'POST' && /^\/press\/(password|forgot)?\/?$/.test(path))
    return { limiter: pressSignIns, key: client }
  // Per signed-in phone, so several scanners behind one press-centre address do not share a limit.
  if (method === 'POST' && path === '/checkin/scan')
    return { limiter: scans, key: staffSession ?? client }
  return null
}

export const trustProxy = env.TRUST_PROXY
