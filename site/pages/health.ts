import type { APIRoute } from 'astro'

import { databaseIsReachable } from '../lib/cms'

/** `GET /health` for a load balancer: 200 when the site can read the database, 503 otherwise. */
export const GET: APIRoute = async () => {
  const database = await databaseIsReachable()
  return Response.json(
    { status: database ? 'ok' : 'degraded', database: database ? 'ok' : 'unavailable' },
    { status: database ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  )
}
