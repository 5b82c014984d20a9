import { addDataAndFileToRequest, type Endpoint, headersWithCors } from 'payload'

import type { InterviewRequest } from '~/cms/payload-types'
import { forwardInterviewRequest } from './operations/forwardInterviewRequest'
import { scheduleInterview } from './operations/scheduleInterview'

const answer = (req: Parameters<Endpoint['handler']>[0], doc: InterviewRequest) =>
  Response.json(
    {
      id: doc.id,
      status: doc.status,
      forwardedAt: doc.forwardedAt ?? null,
      consentExpiresAt: doc.consentExpiresAt ?? null,
      slotStart: doc.slotStart ?? null,
      slotEnd: doc.slotEnd ?? null,
      room: doc.room ?? null,
    },
    { headers: headersWithCors({ headers: new Headers(), req }) },
  )

/** `POST /api/interview-requests/:id/forward`: an officer forwards the request to the delegation (forwardInterviewRequest). */
export const forwardInterviewEndpoint: Endpoint = {
  path: '/:id/forward',
  method: 'post',
  handler: async (req) =>
    answer(req, await forwardInterviewRequest(req, { id: String(req.routeParams?.id ?? '') })),
}

/**
 * `POST /api/interview-requests/:id/schedule` with `{ "start", "end", "room" }` (ISO times): an
 * officer gives the accepted request its slot and room (scheduleInterview).
 */
export const scheduleInterviewEndpoint: Endpoint = {
  path: '/:id/schedule',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const body = (req.data ?? {}) as { start?: unknown; end?: unknown; room?: unknown }
    return answer(
      req,
      await scheduleInterview(req, {
        id: String(req.routeParams?.id ?? ''),
        start: body.start,
        end: body.end,
        room: body.room,
      }),
    )
  },
}
