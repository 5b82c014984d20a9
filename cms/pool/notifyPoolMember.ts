import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { statusTokenFor } from '~/cms/accreditation/statusLink'
import { queueEmail } from '~/cms/email/operations/queueEmail'
import { getEnv } from '~/cms/env'
import { eventOf } from '~/cms/events/eventOf'
import type { PressRole } from '~/cms/lib/accreditation/quota'
import { statusPageUrl } from '~/cms/lib/accreditation/statusToken'
import { poolTurnEmail } from '~/cms/lib/pool/poolTurnEmail'
import type { AccreditationRequest, Pass, Session } from '~/cms/payload-types'

/**
 * Queues the e-mail telling one journalist they are in a session's pool, in their language, with
 * the session's title, time and venue; through `req`, so a naming rolled back sends nothing.
 */
export async function notifyPoolMember(
  req: PayloadRequest,
  input: { session: Session; pass: Pass; request: AccreditationRequest; role: PressRole },
): Promise<void> {
  const { pass, request } = input
  if (!request.email) return
  const locale = request.language === 'en' ? 'en' : 'vi'
  const [session, event] = await Promise.all([
    req.payload.findByID({
      collection: 'sessions',
      id: input.session.id,
      locale,
      depth: 0,
      overrideAccess: true,
      req,
    }),
    eventOf(req, input.session.event, locale),
  ])
  const token = await statusTokenFor(req.payload, extractID(pass.request), req)
  const email = poolTurnEmail(locale, {
    fullName: request.fullName,
    passNumber: pass.passNumber,
    eventName: event?.shortName || event?.name || '',
    sessionTitle: session.title,
    startsAt: session.startsAt,
    venue: session.venue ?? '',
    role: input.role,
    statusUrl: `${statusPageUrl(getEnv().SITE_URL, locale, token)}pass`,
  })
  await queueEmail(req, {
    to: request.email,
    subject: email.subject,
    text: email.text,
    html: email.html,
    kind: 'pool-turn',
    language: locale,
    request: request.id,
  })
}
