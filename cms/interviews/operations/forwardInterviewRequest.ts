import type { PayloadRequest } from 'payload'

import { inTransaction } from '~/cms/db/inTransaction'
import { queueEmail } from '~/cms/email/operations/queueEmail'
import { interviewStatusLabels } from '~/cms/lib/interviews/interviewLabels'
import { consentEmail } from '~/cms/lib/interviews/interviewEmails'
import {
  CAN_FORWARD,
  consentExpiry,
  followUpTimes,
  newConsentNonce,
} from '~/cms/lib/interviews/interviewRules'
import { canHandleAccreditation } from '~/cms/lib/roles'
import { now } from '~/cms/lib/time'
import type { InterviewRequest } from '~/cms/payload-types'
import { languageOf } from '~/cms/auth/request'
import { consentUrl } from '../consentLink'
import { loadDelegation, loadEvent } from '../interviewParties'
import {
  auditInterview,
  interviewReference,
  loadInterview,
  writeInterview,
} from '../interviewStore'
import { refuseInterview } from '../refuse'
import { FOLLOW_UP_INTERVIEWS_TASK } from '../tasks/followUpInterviews'

/**
 * A press centre officer forwards a request to the delegation's contact: an e-mail with a consent
 * link (signed, single-use, expiring after CONSENT_VALID_HOURS, no account needed). The follow-up
 * (a reminder, then "no answer") is queued on the jobs queue for the moments it is due.
 */
export async function forwardInterviewRequest(
  req: PayloadRequest,
  input: { id: unknown },
): Promise<InterviewRequest> {
  if (!canHandleAccreditation(req.user)) refuseInterview(req, 'not-staff', 403)
  const request = await loadInterview(req, input.id)
  if (!CAN_FORWARD.includes(request.status))
    refuseInterview(
      req,
      'cannot-forward',
      409,
      interviewStatusLabels[request.status][languageOf(req)],
    )
  const delegation = await loadDelegation(req, request.delegation)
  if (!delegation.contactEmail) refuseInterview(req, 'no-contact', 409)
  const event = await loadEvent(req, request.event)
  return inTransaction(req, async (req) => {
    const forwardedAt = now()
    const expiresAt = consentExpiry(forwardedAt)
    const nonce = newConsentNonce()
    const saved = await writeInterview(req, request.id, {
      status: 'forwarded',
      forwardedAt: forwardedAt.toISOString(),
      consentExpiresAt: expiresAt.toISOString(),
      remindedAt: null,
      answeredAt: null,
      consentNonce: nonce,
    })
    const email = consentEmail({
      contactName: delegation.contactName,
      delegationName: delegation.name,
      delegateName: request.delegateName,
      journalistName: request.journalistName ?? '',
      outletName: request.outletName ?? '',
      eventName: event.name,
      topic: request.topic,
      questions: request.questions,
      windows: request.windows ?? [],
      url: consentUrl(request, nonce, expiresAt),
      expiresAt,
    })
    await queueEmail(req, {
      to: delegation.contactEmail,
      kind: 'interview-consent',
      language: 'vi',
      ...email,
    })
    for (const waitUntil of followUpTimes(forwardedAt))
      await req.payload.jobs.queue({
        task: FOLLOW_UP_INTERVIEWS_TASK,
        input: { request: String(request.id) },
        waitUntil,
        req,
      })
    await auditInterview(
      req,
      saved,
      'interview-forwarded',
      `${interviewReference(request.id)} → ${delegation.name} <${delegation.contactEmail}>`,
    )
    return saved
  })
}
