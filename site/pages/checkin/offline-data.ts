import type { APIRoute } from 'astro'

import { canCheckIn } from '~/cms/lib/roles'
import { offlineCheckInData, STAFF_COOKIE, staffFromToken } from '~/site/lib/cms'

/**
 * What a scanner phone keeps for a network loss (cms/checkin/operations/readOfflineData), for the
 * list's event only (`?event=<id>`, today unless `&day=` with an admin's `&grant=`): the public key,
 * each of the event's passes (serial, number, version, status), and the admissions. No names, no
 * photos.
 */
export const GET: APIRoute = async ({ cookies, url }) => {
  const staff = await staffFromToken(cookies.get(STAFF_COOKIE)?.value)
  if (!staff || !canCheckIn(staff)) {
    return Response.json(
      { error: 'not signed in' },
      { status: 401, headers: { 'Cache-Control': 'no-store' } },
    )
  }
  const param = (name: string, pattern: RegExp) => {
    const value = url.searchParams.get(name)
    return value && pattern.test(value) ? value : undefined
  }
  const list = {
    event: param('event', /^[A-Za-z0-9_-]{1,40}$/),
    day: param('day', /^\d{4}-\d{2}-\d{2}$/),
    grant: param('grant', /^[A-Za-z0-9_.-]{1,200}$/),
  }
  return Response.json(await offlineCheckInData(staff, list), {
    headers: { 'Cache-Control': 'private, no-store' },
  })
}
