import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { attendanceCsv, type ScanRow, summariseAttendance } from '~/cms/lib/passes/attendance'
import { canHandleAccreditation } from '~/cms/lib/roles'
import type { User } from '~/cms/payload-types'

async function scans(req: PayloadRequest): Promise<ScanRow[]> {
  if (!canHandleAccreditation(req.user))
    throw new APIError('Only the press office can read attendance.', 403, null, true)
  const { docs } = await req.payload.find({
    collection: 'check-ins',
    pagination: false,
    depth: 1,
    sort: 'scannedAt',
    overrideAccess: false,
    user: req.user,
    req,
  })
  return docs.map((doc) => ({ ...doc, staff: (doc.staff as User | null)?.name ?? null }))
}

/** `GET /api/check-ins/attendance`: counts per list and admissions per hour. */
export const attendanceSummary: Endpoint = {
  path: '/attendance',
  method: 'get',
  handler: async (req) =>
    Response.json(summariseAttendance(await scans(req)), {
      headers: { 'Cache-Control': 'private, no-store' },
    }),
}

/** `GET /api/check-ins/attendance.csv`: every scan, for a spreadsheet. */
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
