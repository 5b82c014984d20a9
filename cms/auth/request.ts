import type { PayloadRequest, RequestContext } from 'payload'

import { getEnv } from '../env'
import type { AuthCollection } from '../lib/auth/sessionLifetimes'
import { SignInThrottle } from '../lib/auth/signInThrottle'
import { RateLimiter } from '../lib/rateLimit'

/**
 * What a sign-in or reset needs to know about its caller. The site passes the visitor's address
 * and language in `req.context` (it sees the socket); REST callers are keyed by X-Forwarded-For,
 * which Next fills with the socket address when no proxy set it. Without a trusted proxy a client
 * can send its own X-Forwarded-For and so choose its key: the per-account brake still holds.
 */
export type AuthRequestContext = Pick<RequestContext, 'clientKey' | 'language'>

export function clientOf(req: PayloadRequest): string {
  const fromSite = req.context.clientKey
  if (typeof fromSite === 'string' && fromSite) return fromSite
  const forwarded = req.headers?.get('x-forwarded-for')?.trim()
  if (forwarded) return getEnv().TRUST_PROXY ? forwarded.split(',')[0]!.trim() : forwarded
  return 'local'
}

export function languageOf(req: PayloadRequest): 'vi' | 'en' {
  const chosen = req.context.language ?? req.i18n?.language ?? req.locale
  return chosen === 'en' ? 'en' : 'vi'
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Failed sign-ins a client may make per 10 minutes before it is refused for a while: twice the
 * site's limit on staff sign-in forms (20 by default), and the press limit for press accounts (a
 * press centre puts many journalists behind one address).
 */
let throttles: Record<AuthCollection, SignInThrottle> | null = null
export function signInThrottle(collection: AuthCollection): SignInThrottle {
  const env = getEnv()
  throttles ??= {
    users: new SignInThrottle(2 * env.RATE_LIMIT_STAFF_SIGNIN_PER_10_MIN, 10 * 60_000),
    journalists: new SignInThrottle(
      Math.max(2 * env.RATE_LIMIT_STAFF_SIGNIN_PER_10_MIN, env.RATE_LIMIT_PRESS_SIGNIN_PER_10_MIN),
      10 * 60_000,
    ),
    // Few accounts, one per outlet: the staff allowance.
    'outlet-managers': new SignInThrottle(2 * env.RATE_LIMIT_STAFF_SIGNIN_PER_10_MIN, 10 * 60_000),
  }
  return throttles[collection]
}

/** One reset e-mail per address per minute; a client may ask as often as it may sign in to the door (10 per 10 minutes by default). */
export const resetsPerAddress = new RateLimiter(1, 60_000)
let resetClients: RateLimiter | null = null
export const resetsPerClient = (): RateLimiter =>
  (resetClients ??= new RateLimiter(getEnv().RATE_LIMIT_STAFF_SIGNIN_PER_10_MIN, 10 * 60_000))

export const tooManyAttempts = (req: PayloadRequest, seconds: number): string =>
  languageOf(req) === 'en'
    ? `Too many attempts from here. Try again in ${seconds} seconds.`
    : `Quá nhiều lần thử từ địa chỉ này. Vui lòng thử lại sau ${seconds} giây.`
