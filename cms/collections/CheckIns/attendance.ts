import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { attendanceCsv, type ScanRow, summariseAttendance } from '~/cms/lib/passes/attendance'
import { canHandleAccreditation } from '~/cms/lib/roles'
import type { User } from '~/cms/payload-types'

async function scans(req: PayloadRequest): Promise<ScanRow[]> {
  if (!canHandleAccreditation(req.user))
    throw new APIError('Only the press office can read attendance.', 403, null, true)
  // One event's door (`?event=<id>`), or every event's.
  const event = typeof req.query?.event === 'string' ? req.query.event : undefined
  const { docs } = await req.payload.find({
    collection: 'check-ins',
    ...(event && /^[A-Za-z0-9_-]{1,40}$/.test(event)
      ? { where: { event: { equals: event } } }
      : {}),
    pagination: false,
    depth: 1,
    sort: 'scannedAt',
    overrideAccess: false,
    user: req.user,
    req,
  })
  return docs.map((doc) => ({ ...doc, staff: (doc.staff as User | null)?.name ?? null }))
}

/** `GET /api/check-ins/attendance[?event=<id>]`: counts per list and admissions per hour. */
export const attendanceSummary: Endpoint = {
  path: '/attendance',
  method: 'get',
  handler: async (req) =>
    Response.json(summariseAttendance(await scans(req)), {
      headers: { 'Cache-Control': 'private, no-store' },
    }),
}

/** `GET /api/check-ins/attendance.csv[?event=<id>]`: every scan, for a spreadsheet. */
export const attendanceExport: Endpoint = {
  path: '/attendance.csv',
  method: 'get',
  handler: async (req) =>
    new Response(attendanceCsv(await scans(req)), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="attendance.csv"',
        'Cache-Control': 'private, no-store',
      },
    }),
}
