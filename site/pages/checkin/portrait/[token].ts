import type { APIRoute } from 'astro'

import { passPortrait, STAFF_COOKIE, staffFromToken } from '~/site/lib/cms'

/**
 * A pass holder's portrait for the visual match at the door: only with the portrait token that the
 * signed-in staff member's own scan returned (two minutes), and logged (cms/checkin/operations/viewPassPortrait).
 */
export const GET: APIRoute = async ({ params, cookies }) => {
  const staff = await staffFromToken(cookies.get(STAFF_COOKIE)?.value)
  const file = staff ? await passPortrait(staff, params.token ?? '') : null
  if (!file)
    return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } })
  return new Response(file.body, {
    headers: {
      'Content-Type': file.type,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
