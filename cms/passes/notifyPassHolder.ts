import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { statusTokenFor } from '~/cms/accreditation/statusLink'
import { queueEmail } from '~/cms/email/operations/queueEmail'
import { getEnv } from '~/cms/env'
import { eventOf } from '~/cms/events/eventOf'
import { statusPageUrl } from '~/cms/lib/accreditation/statusToken'
import { passNoticeEmail, passNoticeKind } from '~/cms/lib/passes/passNotice'
import type { Pass } from '~/cms/payload-types'

/**
 * `req.context.passNotice`: the pass operations set it on every write (cms/passes/operations);
 * false when the change is part of a decision on the request, whose own e-mail speaks for it (an
 * approval carries the pass; a withdrawal was the applicant's). Absent for the admin form, REST
 * and bulk edit, which notify.
 */
export const PASS_NOTICE_CONTEXT = 'passNotice'

/**
 * Queues the notice of one change to a pass (revoked, days or zones changed, re-issued) to the
 * holder's address in their language, through `req`: in the transaction of the change, so a change
 * refused or rolled back sends nothing.
 */
export async function queuePassNotice(
  req: PayloadRequest,
  before: Pass,
  after: Pass,
): Promise<boolean> {
  const kind = passNoticeKind(before, after)
  if (!kind) return false
  const request = await req.payload.findByID({
    collection: 'accreditation-requests',
    id: extractID(after.request),
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!request?.email) return false
  const locale = request.language === 'en' ? 'en' : 'vi'
  const event = await eventOf(req, request.event, locale)
  const email = passNoticeEmail(kind, locale, {
    fullName: request.fullName,
    passNumber: after.passNumber,
    eventName: event?.name ?? '',
    statusUrl: statusPageUrl(
      getEnv().SITE_URL,
      locale,
      await statusTokenFor(req.payload, request.id, req),
    ),
    before,
    after,
  })
  await queueEmail(req, {
    to: request.email,
    subject: `[${request.referenceCode ?? after.passNumber}] ${email.subject}`,
    text: email.text,
    html: email.html,
    kind,
    language: locale,
    request: request.id,
  })
  return true
}

/** Every door's change to a pass (operations, admin form, REST, bulk edit) notifies its holder. */
export const notifyPassHolder: CollectionAfterChangeHook<Pass> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !previousDoc) return doc
  if (req.context[PASS_NOTICE_CONTEXT] === false || req.context.silent || req.context.seeding)
    return doc
  await queuePassNotice(req, previousDoc, doc)
  return doc
}
