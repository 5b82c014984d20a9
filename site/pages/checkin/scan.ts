import type { APIRoute } from 'astro'
import { z } from 'zod'

import { ZONES } from '~/cms/lib/passes/zones'
import { canCheckIn } from '~/cms/lib/roles'
import { isRealDate } from '~/cms/lib/time'
import { scanPass, STAFF_COOKIE, staffFromToken } from '~/site/lib/cms'

const scanSchema = z.object({
  code: z.string().trim().min(1).max(600),
  // The list's event (its id); without one, the day's only list (the featured event's first).
  event: z
    .union([z.string().regex(/^[A-Za-z0-9_-]{1,40}$/), z.number().int().positive()])
    .optional(),
  day: z.string().refine(isRealDate),
  // An admin's grant for another day's list (openCheckInList).
  grant: z.string().max(200).optional(),
  zone: z.enum(ZONES),
  // A per-session list's session (its id); none for the whole day's list.
  session: z
    .union([z.string().regex(/^[A-Za-z0-9_-]{1,40}$/), z.number().int().positive()])
    .optional(),
  scanId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/)
    .optional(),
  scannedAt: z.iso.datetime().optional(),
  offline: z.boolean().optional(),
})

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/** `POST /checkin/scan` (JSON): the verdict for one scan, for signed-in check-in staff only. */
export const POST: APIRoute = async ({ request, cookies, locals }) => {
  const staff = await staffFromToken(cookies.get(STAFF_COOKIE)?.value)
  if (!staff || !canCheckIn(staff)) return json({ error: 'not signed in' }, 401)
  // JSON only: a form on another site cannot send application/json without a CORS preflight.
  if (!request.headers.get('content-type')?.startsWith('application/json'))
    return json({ error: 'send JSON (Content-Type: application/json)' }, 415)
  let body: unknown
  try {
    body = await request.json()
  } catch {
    return json({ error: 'send JSON' }, 400)
  }
  const scan = scanSchema.safeParse(body)
  if (!scan.success)
    return json({ error: 'bad scan', fields: scan.error.issues.map((i) => i.path.join('.')) }, 400)
  const answer = await scanPass(staff, scan.data, locals?.locale === 'en' ? 'en' : 'vi')
  // Another day's list, another event's zone…: a sentence and a 4xx, nothing logged as a scan.
  if (!answer.ok) return json({ error: answer.message }, answer.status)
  const { portraitToken, ...result } = answer.value
  return json({ ...result, portrait: portraitToken ? `/checkin/portrait/${portraitToken}` : null })
}
