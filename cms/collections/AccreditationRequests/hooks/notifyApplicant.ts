import type { CollectionAfterChangeHook, Payload } from 'payload'

import { getEnv } from '../../../env'
import { applicantEmail, type ApplicantEmailData, type ApplicantEmailKind } from '../../../lib/accreditation/emails'
import { statusTokenFor } from '../../../accreditation/statusLink'
import { statusPageUrl } from '../../../lib/accreditation/statusToken'
import { siteUrl } from '../../../lib/siteUrl'
import type { AccreditationRequest } from '../../../payload-types'
import { reasonLabels } from '../fields'
import type { PressAccountContext } from './openPressAccount'

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

/** The links an approval e-mail adds: pass, badge, and the press area (set a password, or sign in). */
function pressLinks(siteBase: string, locale: 'vi' | 'en', statusUrl: string, account: PressAccountContext['pressAccount']): ApplicantEmailData['press'] {
  if (!account) return null
  const token = account.setPasswordToken
  return {
    passUrl: `${statusUrl}pass`,
    badgeUrl: `${statusUrl}pass.pdf`,
    accountUrl: siteUrl(siteBase, locale, token ? `/press/password?token=${encodeURIComponent(token)}&welcome=1` : '/press/'),
    newAccount: Boolean(token),
  }
}

/** Sends one e-mail to the applicant in their language and notes the result in the audit trail. */
export async function sendApplicantEmail(payload: Payload, doc: AccreditationRequest, kind: ApplicantEmailKind, account?: PressAccountContext['pressAccount']): Promise<void> {
  const locale = doc.language === 'en' ? 'en' : 'vi'
  const env = getEnv()
  try {
    const event = await payload.findGlobal({ slug: 'event', locale, depth: 0, overrideAccess: true })
    const reason = doc.reasonCode ? reasonLabels[doc.reasonCode][locale] : null
    const statusUrl = statusPageUrl(env.SITE_URL, locale, await statusTokenFor(payload, doc.id))
    const email = applicantEmail(kind, locale, {
      fullName: doc.fullName,
      referenceCode: doc.referenceCode ?? '',
      statusUrl,
      eventName: event.name,
      message: kind === 'needs-information' || kind === 'rejected' ? doc.decisionMessage : null,
      reason,
      press: kind === 'approved' ? pressLinks(env.SITE_URL, locale, statusUrl, account) : null,
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

export function sendApplicantEmailLater(payload: Payload, doc: AccreditationRequest, kind: ApplicantEmailKind, account?: PressAccountContext['pressAccount']): void {
  // After the current transaction: a slow mail server must never hold the database's write lock.
  const job = new Promise<void>((resolve) => setImmediate(resolve)).then(() => sendApplicantEmail(payload, doc, kind, account))
  inFlight.add(job)
  job.finally(() => inFlight.delete(job))
}

/** E-mails the applicant when their request is received and at each decision. */
export const notifyApplicant: CollectionAfterChangeHook<AccreditationRequest> = ({ doc, previousDoc, operation, req }) => {
  const kind = operation === 'create' ? 'submitted' : previousDoc.status !== doc.status ? KIND_FOR_STATUS[doc.status] : undefined
  // The demo seed's applicants have no mailbox.
  const quiet = (req.context as { silent?: boolean; seeding?: boolean })
  if (kind && !quiet.silent && !quiet.seeding) sendApplicantEmailLater(req.payload, doc, kind, (req.context as PressAccountContext).pressAccount)
  return doc
}
