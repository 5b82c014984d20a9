import type { Endpoint } from 'payload'

/** `GET /api/health` for a load balancer: 200 when the database answers, 503 when it does not. */
export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = performance.now()
    try {
      await req.payload.count({ collection: 'users', overrideAccess: true })
      return Response.json(
        { status: 'ok', database: 'ok', ms: Math.round(performance.now() - started) },
        { headers: { 'Cache-Control': 'no-store' } },
      )
    } catch {
      return Response.json(
        { status: 'error', database: 'unavailable' },
        { status: 503, headers: { 'Cache-Control': 'no-store' } },
      )
    }
  },
}
