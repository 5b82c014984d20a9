import type { PayloadRequest } from 'payload'

import { getEnv } from '../env'
import { SignInThrottle } from '../lib/auth/signInThrottle'
import { RateLimiter } from '../lib/rateLimit'

/**
 * What a sign-in or reset needs to know about its caller. The site passes the visitor's address
 * and language in `req.context` (it sees the socket); REST callers are keyed by X-Forwarded-For,
 * which Next fills with the socket address when no proxy set it. Without a trusted proxy a client
 * can send its own X-Forwarded-For and so choose its key: the per-account brake still holds.
 */
export type AuthRequestContext = { clientKey?: string; language?: 'vi' | 'en' }

export function clientOf(req: PayloadRequest): string {
  const fromSite = (req.context as AuthRequestContext).clientKey
  if (typeof fromSite === 'string' && fromSite) return fromSite
  const forwarded = req.headers?.get('x-forwarded-for')?.trim()
  if (forwarded) return getEnv().TRUST_PROXY ? forwarded.split(',')[0]!.trim() : forwarded
  return 'local'
}

export function languageOf(req: PayloadRequest): 'vi' | 'en' {
  const chosen = (req.context as AuthRequestContext).language ?? req.i18n?.language ?? req.locale
  return chosen === 'en' ? 'en' : 'vi'
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Failed sign-ins a client may make per 10 minutes before it is refused for a while. */
const STAFF_FAILURES_PER_CLIENT = 20

let throttles: { users: SignInThrottle; journalists: SignInThrottle } | null = null
export function signInThrottle(collection: 'users' | 'journalists'): SignInThrottle {
  throttles ??= {
    users: new SignInThrottle(STAFF_FAILURES_PER_CLIENT, 10 * 60_000),
    // A press centre puts many journalists behind one address.
    journalists: new SignInThrottle(Math.max(STAFF_FAILURES_PER_CLIENT, getEnv().RATE_LIMIT_PRESS_SIGNIN_PER_10_MIN), 10 * 60_000),
  }
  return throttles[collection]
}

/** One reset e-mail per address per minute; a client may ask 10 times per 10 minutes. */
export const resetsPerAddress = new RateLimiter(1, 60_000)
export const resetsPerClient = new RateLimiter(10, 10 * 60_000)

export const tooManyAttempts = (req: PayloadRequest, seconds: number): string =>
  languageOf(req) === 'en'
    ? `Too many attempts from here. Try again in ${seconds} seconds.`
    : `Quá nhiều lần thử từ địa chỉ này. Vui lòng thử lại sau ${seconds} giây.`
