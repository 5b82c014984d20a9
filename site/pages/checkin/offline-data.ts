import type { APIRoute } from 'astro'

import { offlineCheckInData, STAFF_COOKIE, staffFromToken } from '../../lib/cms'

/**
 * What a scanner phone keeps for a network loss: the public key, each pass's current version and
 * status (the revocation list) and today's admissions. No names, no photos.
 */
export const GET: APIRoute = async ({ cookies }) => {
  const staff = await staffFromToken(cookies.get(STAFF_COOKIE)?.value)
  if (!staff || !staff.roles?.some((role) => role === 'checkin-staff' || role === 'admin')) {
    return Response.json({ error: 'not signed in' }, { status: 401, headers: { 'Cache-Control': 'no-store' } })
  }
  return Response.json(await offlineCheckInData(), { headers: { 'Cache-Control': 'private, no-store' } })
}
