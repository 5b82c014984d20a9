import type { CollectionAfterChangeHook, Payload } from 'payload'

import { getEnv } from '../../../env'
import { applicantEmail, type ApplicantEmailKind } from '../../../lib/accreditation/emails'
import { createStatusToken, statusPageUrl } from '../../../lib/accreditation/statusToken'
import type { AccreditationRequest } from '../../../payload-types'
import { reasonLabels } from '../fields'

const KIND_FOR_STATUS: Partial<Record<AccreditationRequest['status'], ApplicantEmailKind>> = {
  'needs-information': 'needs-information',
  approved: 'approved',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
}

const inFlight = new Set<Promise<void>>()

/** Resolves when every e-mail started so far has been handed to the mail server (tests, shutdown). */
export const emailsInFlight = async (): Promise<void> => {
  await Promise.all([...inFlight])
}

/** Sends one e-mail to the applicant in their language and notes the result in the audit trail. */
export async function sendApplicantEmail(payload: Payload, doc: AccreditationRequest, kind: ApplicantEmailKind): Promise<void> {
  const locale = doc.language === 'en' ? 'en' : 'vi'
  const env = getEnv()
  try {
    const event = await payload.findGlobal({ slug: 'event', locale, depth: 0, overrideAccess: true })
    const reason = doc.reasonCode ? reasonLabels[doc.reasonCode][locale] : null
    const email = applicantEmail(kind, locale, {
      fullName: doc.fullName,
      referenceCode: doc.referenceCode ?? '',
      statusUrl: statusPageUrl(env.SITE_URL, locale, createStatusToken(env.PAYLOAD_SECRET, doc.id)),
      eventName: event.name,
      message: kind === 'needs-information' || kind === 'rejected' ? doc.decisionMessage : null,
      reason,
    })
    await payload.sendEmail({ to: doc.email, subject: email.subject, text: email.text, html: email.html })
    await payload.create({ collection: 'audit-entries', overrideAccess: true, data: { request: doc.id, referenceCode: doc.referenceCode, action: 'email-sent', actorType: 'system', actorLabel: 'system', summary: `${kind} e-mail sent` } })
  } catch (error) {
    payload.logger.error({ err: error, request: doc.id }, `Could not send the ${kind} e-mail`)
    await payload
      .create({ collection: 'audit-entries', overrideAccess: true, data: { request: doc.id, referenceCode: doc.referenceCode, action: 'email-failed', actorType: 'system', actorLabel: 'system', summary: `${kind} e-mail failed: ${(error as Error).message}`.slice(0, 300) } })
      .catch(() => undefined)
  }
}

export function sendApplicantEmailLater(payload: Payload, doc: AccreditationRequest, kind: ApplicantEmailKind): void {
  // After the current transaction: a slow mail server must never hold the database's write lock.
  const job = new Promise<void>((resolve) => setImmediate(resolve)).then(() => sendApplicantEmail(payload, doc, kind))
  inFlight.add(job)
  job.finally(() => inFlight.delete(job))
}

/** E-mails the applicant when their request is received and at each decision. */
export const notifyApplicant: CollectionAfterChangeHook<AccreditationRequest> = ({ doc, previousDoc, operation, req }) => {
  const kind = operation === 'create' ? 'submitted' : previousDoc.status !== doc.status ? KIND_FOR_STATUS[doc.status] : undefined
  // The demo seed's applicants have no mailbox.
  const quiet = (req.context as { silent?: boolean; seeding?: boolean })
  if (kind && !quiet.silent && !quiet.seeding) sendApplicantEmailLater(req.payload, doc, kind)
  return doc
}
