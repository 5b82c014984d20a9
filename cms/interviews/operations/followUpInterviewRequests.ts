import type { PayloadRequest } from 'payload'

import { inTransaction } from '~/cms/db/inTransaction'
import { queueEmail } from '~/cms/email/operations/queueEmail'
import { consentEmail } from '~/cms/lib/interviews/interviewEmails'
import { followUpDue } from '~/cms/lib/interviews/interviewRules'
import { isStaff } from '~/cms/lib/roles'
import { now } from '~/cms/lib/time'
import { consentUrl } from '../consentLink'
import { loadDelegation, loadEvent } from '../interviewParties'
import { auditInterview, interviewReference, writeInterview } from '../interviewStore'
import { refuseInterview } from '../refuse'

/**
 * The follow-up of forwarded requests at this moment: a contact who has not answered after
 * REMIND_AFTER_HOURS gets one reminder (the same link); a link that expired unanswered marks its
 * request "no answer" (the link stops working; the officer may forward it again). Run by the jobs
 * queue (no caller) or by staff; each request in its own transaction.
 */
export async function followUpInterviewRequests(
  req: PayloadRequest,
): Promise<{ reminded: number; expired: number }> {
  if (req.user && !isStaff(req.user)) refuseInterview(req, 'not-staff', 403)
  const at = now()
  const { docs } = await req.payload.find({
    collection: 'interview-requests',
    where: { status: { equals: 'forwarded' } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })
  let reminded = 0
  let expired = 0
  for (const request of docs) {
    const due = followUpDue(request, at)
    if (due === 'expire') {
      await inTransaction(req, async (req) => {
        const saved = await writeInterview(req, request.id, {
          status: 'no-answer',
          consentNonce: null,
        })
        await auditInterview(
          req,
          saved,
          'interview-no-answer',
          `${interviewReference(request.id)}: ${request.delegationName}`,
          'system',
        )
      })
      expired += 1
    } else if (due === 'remind' && request.consentNonce) {
      const delegation = await loadDelegation(req, request.delegation)
      const event = await loadEvent(req, request.event)
      const expiresAt = new Date(request.consentExpiresAt!)
      await inTransaction(req, async (req) => {
        const saved = await writeInterview(req, request.id, { remindedAt: at.toISOString() })
        await queueEmail(req, {
          to: delegation.contactEmail,
          kind: 'interview-reminder',
          language: 'vi',
          ...consentEmail({
            contactName: delegation.contactName,
            delegationName: delegation.name,
            delegateName: request.delegateName,
            journalistName: request.journalistName ?? '',
            outletName: request.outletName ?? '',
            eventName: event.name,
            topic: request.topic,
            questions: request.questions,
            windows: request.windows ?? [],
            url: consentUrl(request, request.consentNonce!, expiresAt),
            expiresAt,
            reminder: true,
          }),
        })
        await auditInterview(
          req,
          saved,
          'interview-reminded',
          `${interviewReference(request.id)} → ${delegation.contactEmail}`,
          'system',
        )
      })
      reminded += 1
    }
  }
  return { reminded, expired }
}
