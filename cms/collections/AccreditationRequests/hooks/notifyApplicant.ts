import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { queueEmail } from '~/cms/email/operations/queueEmail'
import { eventOf } from '~/cms/events/eventOf'
import { drainOutbox } from '~/cms/email/runEmailQueue'
import { getEnv } from '~/cms/env'
import {
  applicantEmail,
  type ApplicantEmailData,
  type ApplicantEmailKind,
} from '~/cms/lib/accreditation/emails'
import { statusTokenFor } from '~/cms/accreditation/statusLink'
import { decisionNote, type ReasonCode } from '~/cms/lib/accreditation/statusFlow'
import { statusPageUrl } from '~/cms/lib/accreditation/statusToken'
import { siteUrl } from '~/cms/lib/siteUrl'
import type { AccreditationRequest } from '~/cms/payload-types'
import { reasonLabels } from '../labels'
import type { PressAccountContext } from './openPressAccount'

const KIND_FOR_STATUS: Partial<Record<AccreditationRequest['status'], ApplicantEmailKind>> = {
  'needs-information': 'needs-information',
  approved: 'approved',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
  waitlisted: 'waitlisted',
}

/**
 * Resolves when every outbox run started so far in this process is over (tests, shutdown).
 * Kept for the tests that used it; new code calls drainOutbox (cms/email/runEmailQueue.ts).
 */
export const emailsInFlight = (): Promise<void> => drainOutbox()

/** The links an approval e-mail adds: pass, badge, and the press area (set a password, or sign in). */
function pressLinks(
  siteBase: string,
  locale: 'vi' | 'en',
  statusUrl: string,
  account: PressAccountContext['pressAccount'],
): ApplicantEmailData['press'] {
  if (!account) return null
  const token = account.setPasswordToken
  return {
    passUrl: `${statusUrl}pass`,
    badgeUrl: `${statusUrl}pass.pdf`,
    accountUrl: siteUrl(
      siteBase,
      locale,
      token ? `/press/password?token=${encodeURIComponent(token)}&welcome=1` : '/press/',
    ),
    newAccount: Boolean(token),
  }
}

/**
 * Queues one e-mail to the applicant in their language, through `req`: it joins the transaction
 * of the change that causes it and leaves only if that change commits (cms/email). The send, its
 * retries and the audit entry (email-sent / email-failed) are the outbox task's.
 */
export async function queueApplicantEmail(
  req: PayloadRequest,
  doc: AccreditationRequest,
  kind: ApplicantEmailKind,
  account?: PressAccountContext['pressAccount'],
): Promise<void> {
  const locale = doc.language === 'en' ? 'en' : 'vi'
  const env = getEnv()
  const event = await eventOf(req, doc.event, locale)
  // The reason and message of this decision, and only of one that needs them (decisionNote).
  const note = decisionNote(kind, { reasonCode: doc.reasonCode, message: doc.decisionMessage })
  const reason = note.reasonCode ? reasonLabels[note.reasonCode as ReasonCode][locale] : null
  const statusUrl = statusPageUrl(
    env.SITE_URL,
    locale,
    await statusTokenFor(req.payload, doc.id, req),
  )
  const email = applicantEmail(kind, locale, {
    fullName: doc.fullName,
    referenceCode: doc.referenceCode ?? '',
    statusUrl,
    eventName: event?.name ?? '',
    message: note.message,
    reason,
    press: kind === 'approved' ? pressLinks(env.SITE_URL, locale, statusUrl, account) : null,
  })
  await queueEmail(req, {
    to: doc.email,
    subject: email.subject,
    text: email.text,
    html: email.html,
    kind,
    language: locale,
    request: doc.id,
  })
}

/** E-mails the applicant when their request is received and at each decision. */
export const notifyApplicant: CollectionAfterChangeHook<AccreditationRequest> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const kind =
    operation === 'create'
      ? doc.status === 'waitlisted'
        ? 'waitlisted'
        : 'submitted'
      : previousDoc.status !== doc.status
        ? KIND_FOR_STATUS[doc.status]
        : undefined
  // The demo seed's applicants have no mailbox.
  if (kind && !req.context.silent && !req.context.seeding)
    await queueApplicantEmail(req, doc, kind, req.context.pressAccount)
  return doc
}
