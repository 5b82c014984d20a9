import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { outletDisplayName } from '~/cms/lib/accreditation/outletName'
import { OPEN_STATUSES } from '~/cms/lib/accreditation/statusFlow'
import { parseVettingCsv, toVettingCsv } from '~/cms/lib/accreditation/vettingCsv'
import { canHandleAccreditation } from '~/cms/lib/roles'

const MAX_IMPORT_BYTES = 2 * 1024 * 1024

function requireAccreditationStaff(req: PayloadRequest): void {
  if (!canHandleAccreditation(req.user))
    throw new APIError('Only accreditation officers can exchange vetting lists.', 403, null, true)
}

/** `GET /api/accreditation-requests/vetting/export`: open requests not yet vetted, as CSV for the authorities. */
export const vettingExport: Endpoint = {
  path: '/vetting/export',
  method: 'get',
  handler: async (req) => {
    requireAccreditationStaff(req)
    const { docs } = await req.payload.find({
      collection: 'accreditation-requests',
      where: {
        and: [
          { status: { in: [...OPEN_STATUSES] } },
          { 'vetting.result': { not_equals: 'cleared' } },
        ],
      },
      sort: 'referenceNumber',
      depth: 1,
      pagination: false,
      overrideAccess: false,
      user: req.user,
      req,
    })
    const csv = toVettingCsv(
      docs.map((doc) => ({
        reference: doc.referenceCode ?? '',
        fullName: doc.fullName,
        dateOfBirth: String(doc.dateOfBirth).slice(0, 10),
        nationality: doc.nationality,
        idType: doc.idType,
        idNumber: doc.idNumber,
        pressCardNumber: doc.pressCardNumber ?? '',
        outlet: outletDisplayName(doc),
        role: doc.role,
        days: doc.days ?? [],
      })),
    )
    const stamp = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '')
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="vetting-${stamp}.csv"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
}

/** `POST /api/accreditation-requests/vetting/import` with the CSV as the body: records each result. */
export const vettingImport: Endpoint = {
  path: '/vetting/import',
  method: 'post',
  handler: async (req) => {
    requireAccreditationStaff(req)
    const body = req.text ? await req.text() : ''
    if (!body.trim())
      return Response.json(
        { error: 'Send the filled-in CSV file as the request body.' },
        { status: 400 },
      )
    if (Buffer.byteLength(body) > MAX_IMPORT_BYTES)
      return Response.json({ error: 'The file is larger than 2 MB.' }, { status: 413 })
    const { results, errors } = parseVettingCsv(body)
    if (errors.some((e) => e.code === 'no_header')) {
      return Response.json(
        { error: 'The file has no header row with reference and result columns.', errors },
        { status: 400 },
      )
    }
    const unknown: string[] = []
    let updated = 0
    for (const row of results) {
      const { docs } = await req.payload.find({
        collection: 'accreditation-requests',
        where: { referenceCode: { equals: row.reference } },
        limit: 1,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
      })
      const doc = docs[0]
      if (!doc) {
        unknown.push(row.reference)
        continue
      }
      await req.payload.update({
        collection: 'accreditation-requests',
        id: doc.id,
        data: {
          vetting: { result: row.result, note: row.note, checkedAt: new Date().toISOString() },
        },
        overrideAccess: false,
        user: req.user,
        context: { auditNote: `Vetting import: ${row.result}` },
        req,
      })
      updated++
    }
    return Response.json({ updated, unknown, errors })
  },
}
