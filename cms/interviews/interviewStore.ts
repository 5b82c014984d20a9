import type { PayloadRequest } from 'payload'

import { writeAudit } from '~/cms/collections/AccreditationRequests/hooks/recordAudit'
import type { InterviewRequest } from '~/cms/payload-types'
import { refuseInterview } from './refuse'

export type Id = number | string

/** The request's short reference for the audit trail and the e-mails: PV-0007. */
export const interviewReference = (id: Id): string => `PV-${String(id).padStart(4, '0')}`

/** The full request (its consent nonce included), read past access: the operations check the caller. */
export async function loadInterview(req: PayloadRequest, id: unknown): Promise<InterviewRequest> {
  const found =
    id == null || id === '' || !/^\w+$/.test(String(id))
      ? null
      : await req.payload.findByID({
          collection: 'interview-requests',
          id: id as Id,
          depth: 0,
          overrideAccess: true,
          req,
          disableErrors: true,
          showHiddenFields: true,
        })
  return found ?? refuseInterview(req, 'no-request', 404)
}

/** The one write path to interview requests: the operations call it after checking the caller. */
export async function writeInterview(
  req: PayloadRequest,
  id: Id | null,
  data: Partial<InterviewRequest>,
): Promise<InterviewRequest> {
  const before = req.context.interviewWrite
  req.context.interviewWrite = true
  try {
    return id == null
      ? await req.payload.create({
          collection: 'interview-requests',
          data: data as InterviewRequest,
          depth: 0,
          overrideAccess: false,
          user: req.user,
          req,
        })
      : await req.payload.update({
          collection: 'interview-requests',
          id,
          data,
          depth: 0,
          overrideAccess: false,
          user: req.user,
          req,
        })
  } finally {
    req.context.interviewWrite = before
  }
}

/** One entry of the audit trail per step, in the step's transaction. */
export async function auditInterview(
  req: PayloadRequest,
  request: Pick<InterviewRequest, 'id'>,
  action: string,
  summary: string,
  who?: 'applicant' | 'system',
): Promise<void> {
  await writeAudit(req, {
    referenceCode: interviewReference(request.id),
    action: action as never,
    summary: summary.slice(0, 300),
    ...(who ? { actorType: who, actorLabel: who } : {}),
  })
}
