import type { APIRoute } from 'astro'

import { canCheckIn } from '~/cms/lib/roles'
import { offlineCheckInData, STAFF_COOKIE, staffFromToken } from '~/site/lib/cms'

/**
 * What a scanner phone keeps for a network loss (cms/checkin/operations/readOfflineData): the
 * public key, each pass's serial, version and status, and the admissions. No names, no photos.
 */
export const GET: APIRoute = async ({ cookies }) => {
  const staff = await staffFromToken(cookies.get(STAFF_COOKIE)?.value)
  if (!staff || !canCheckIn(staff)) {
    return Response.json(
      { error: 'not signed in' },
      { status: 401, headers: { 'Cache-Control': 'no-store' } },
    )
  }
  return Response.json(await offlineCheckInData(staff), {
    headers: { 'Cache-Control': 'private, no-store' },
  })
}
