import { type Endpoint, headersWithCors } from 'payload'

import { completeDataRequest } from '~/cms/profile/operations/completeDataRequest'

/** The admin's "done / refuse" button on a data request: translates to completeDataRequest. */
export const completeDataRequestEndpoint: Endpoint = {
  path: '/:id/complete',
  method: 'post',
  handler: async (req) => {
    const body = (await req.json?.().catch(() => ({}))) as { outcome?: unknown; notes?: unknown }
    const result = await completeDataRequest(req, {
      id: String(req.routeParams?.id ?? ''),
      outcome: body?.outcome,
      notes: typeof body?.notes === 'string' ? body.notes.slice(0, 1000) : undefined,
    })
    return Response.json(result, { headers: headersWithCors({ headers: new Headers(), req }) })
  },
}
