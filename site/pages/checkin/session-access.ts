import { createHash } from 'node:crypto'

import type { APIRoute } from 'astro'

import { canCheckIn } from '~/cms/lib/roles'
import { sessionAccessOfList, STAFF_COOKIE, staffFromToken } from '~/site/lib/cms'

/**
 * What a scanner polls every few seconds (cms/checkin/operations/readSessionAccess): the press
 * access of each session of its list's event and day (`?event=<id>`, today unless `&day=` with an
 * admin's `&grant=`), as `[id, access, changed at, pool size]` rows — a few hundred bytes, read
 * afresh each time (no cache), with an ETag: an unchanged answer is a 304 without a body.
 */
export const GET: APIRoute = async ({ cookies, url, request }) => {
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
  const answer = await sessionAccessOfList(staff, {
    event: param('event', /^[A-Za-z0-9_-]{1,40}$/),
    day: param('day', /^\d{4}-\d{2}-\d{2}$/),
    grant: param('grant', /^[A-Za-z0-9_.-]{1,200}$/),
  })
  const body = JSON.stringify(answer)
  const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`
  // Private and revalidated every time: the phone may keep it, but asks again on each poll.
  const headers = { 'Cache-Control': 'private, no-cache', ETag: etag, Vary: 'Cookie' }
  if (request.headers.get('if-none-match') === etag)
    return new Response(null, { status: 304, headers })
  return new Response(body, {
    headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
  })
}
