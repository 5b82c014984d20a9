import type { PayloadRequest } from 'payload'

import { inTransaction } from '~/cms/db/inTransaction'
import { interviewStatusLabels } from '~/cms/lib/interviews/interviewLabels'
import { now } from '~/cms/lib/time'
import type { InterviewRequest } from '~/cms/payload-types'
import { consentLinkState } from '../consentLink'
import { auditInterview, interviewReference, writeInterview } from '../interviewStore'
import { refuseInterview } from '../refuse'

/**
 * The delegation's contact accepts or declines through the consent link (no account): the link
 * works once and until it expires; a forged, used, replaced or expired link is refused (404/410)
 * with the reason in the visitor's language, and nothing changes.
 */
export async function answerInterviewConsent(
  req: PayloadRequest,
  input: { token: string; answer: unknown; note?: string | null },
): Promise<InterviewRequest> {
  if (input.answer !== 'accept' && input.answer !== 'decline')
    refuseInterview(req, 'no-answer-given', 400)
  return inTransaction(req, async (req) => {
    // Read inside the write transaction: two answers sent at once find the link used by the first.
    const state = await consentLinkState(req, input.token)
    if (state.verdict === 'unknown') refuseInterview(req, 'link-unknown', 404)
    if (state.verdict === 'expired') refuseInterview(req, 'link-expired', 410)
    if (state.verdict !== 'open') refuseInterview(req, 'link-used', 410)
    const { request } = state
    const status = input.answer === 'accept' ? 'accepted' : 'declined'
    const note = (input.note ?? '').trim().slice(0, 1000) || null
    const saved = await writeInterview(req, request.id, {
      status,
      answeredAt: now().toISOString(),
      consentNonce: null,
      answerNote: note,
    })
    await auditInterview(
      req,
      saved,
      status === 'accepted' ? 'interview-accepted' : 'interview-declined',
      `${interviewReference(request.id)}: ${request.delegationName} — ${interviewStatusLabels[status].vi}${note ? ` (${note})` : ''}`,
      'system',
    )
    return saved
  })
}
