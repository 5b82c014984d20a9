import { addDataAndFileToRequest, type Endpoint, headersWithCors } from 'payload'

import { decideNomination, type NomineeDecision } from './operations/decideNomination'

/**
 * `POST /api/nominations/:id/decide` with `{ "all": "approved" }` or
 * `{ "decisions": [{ "nominee": "<row id>", "status": "approved" | "rejected", "reasonCode", "message" }] }`:
 * an officer decides a nomination as a whole or person by person (decideNomination).
 */
export const decideNominationEndpoint: Endpoint = {
  path: '/:id/decide',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const body = (req.data ?? {}) as { all?: unknown; decisions?: unknown }
    const nomination = await decideNomination(req, {
      nomination: String(req.routeParams?.id ?? ''),
      all: body.all === 'approved' ? 'approved' : undefined,
      decisions: Array.isArray(body.decisions) ? (body.decisions as NomineeDecision[]) : undefined,
    })
    return Response.json(
      {
        id: nomination.id,
        nominees: nomination.nominees?.map(({ id, name, role, state }) => ({
          id,
          name,
          role,
          state,
        })),
      },
      { headers: headersWithCors({ headers: new Headers(), req }) },
    )
  },
}
