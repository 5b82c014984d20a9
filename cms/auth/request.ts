import type { PayloadRequest, RequestContext } from 'payload'

import { getEnv } from '../env'

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

export const tooManyAttempts = (req: PayloadRequest, seconds: number): string =>
  languageOf(req) === 'en'
    ? `Too many attempts from here. Try again in ${seconds} seconds.`
    : `Quá nhiều lần thử từ địa chỉ này. Vui lòng thử lại sau ${seconds} giây.`
