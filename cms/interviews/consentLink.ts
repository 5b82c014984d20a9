import type { PayloadRequest } from 'payload'

import { getEnv } from '~/cms/env'
import { consentToken, readConsentToken } from '~/cms/lib/interviews/interviewRules'
import { siteUrl } from '~/cms/lib/siteUrl'
import { now } from '~/cms/lib/time'
import type { InterviewRequest } from '~/cms/payload-types'

/** The consent page's address for a request's current link (its stored nonce and expiry). */
export function consentUrl(
  request: Pick<InterviewRequest, 'id'>,
  nonce: string,
  expiresAt: Date,
  locale: 'vi' | 'en' = 'vi',
): string {
  const env = getEnv()
  const token = consentToken(env.PAYLOAD_SECRET, { request: request.id, expiresAt, nonce })
  return siteUrl(env.SITE_URL, locale, `/interviews/consent/${token}/`)
}

export type ConsentLinkState =
  { verdict: 'open'; request: InterviewRequest } | { verdict: 'unknown' | 'expired' | 'used' }

/**
 * What a consent link opens: the request it was made for while it is unused and unexpired; else
 * why not. Signed by the server (a forged token is unknown), expiring (its time is in the token),
 * single-use (the request keeps the link's nonce until it is answered, or a newer link replaces it).
 */
export async function consentLinkState(
  req: PayloadRequest,
  token: string,
): Promise<ConsentLinkState> {
  const read = readConsentToken(getEnv().PAYLOAD_SECRET, token, now())
  if (!read.ok) return { verdict: read.reason }
  const request = await req.payload.findByID({
    collection: 'interview-requests',
    id: read.request,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
    showHiddenFields: true,
  })
  if (!request) return { verdict: 'unknown' }
  if (request.consentNonce === read.nonce && request.status === 'forwarded')
    return { verdict: 'open', request }
  if (['accepted', 'declined', 'scheduled'].includes(request.status)) return { verdict: 'used' }
  if (request.status === 'no-answer') return { verdict: 'expired' }
  return { verdict: 'unknown' }
}
