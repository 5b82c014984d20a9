import { getEnv } from '../../cms/env'
import { RateLimiter } from './rateLimit'

const env = getEnv()
const applications = new RateLimiter(env.RATE_LIMIT_APPLY_PER_10_MIN, 10 * 60_000)
const statusPages = new RateLimiter(env.RATE_LIMIT_STATUS_PER_MIN, 60_000)

/** Which limit an address falls under: sending the form, or anything behind a status link. */
export function limiterFor(method: string, path: string): RateLimiter | null {
  if (path.startsWith('/accreditation/status/')) return statusPages
  if (method === 'POST' && /^\/accreditation\/?$/.test(path)) return applications
  return null
}

export const trustProxy = env.TRUST_PROXY
