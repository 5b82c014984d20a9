import type { PayloadRequest } from 'payload'

import { refuseTool } from '~/cms/accreditation/officerTools'
import { writeAudit } from '~/cms/collections/AccreditationRequests/hooks/recordAudit'
import { inTransaction } from '~/cms/db/inTransaction'
import { canManageApplicantData } from '~/cms/lib/roles'
import { fileStamp, now } from '~/cms/lib/time'
import type { DataRequest } from '~/cms/payload-types'
import { exportedFile } from '~/cms/profile/operations/exportPersonalData'
import { findApplicantRecords } from '../applicantRecords'
import { recordOperatorAccess } from '../operator'

export type ApplicationExport = {
  filename: string
  json: string
  /** The kept record of the export (a personal data request answered at once): who, when, what. */
  report: DataRequest
}

/** The application a tool is used on, or a 404. */
export async function applicationFor(req: PayloadRequest, id: number | string) {
  const application = await req.payload
    .findByID({
      collection: 'accreditation-requests',
      id,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
      select: { referenceCode: true },
    })
    .catch(() => null)
  if (!application?.referenceCode) refuseTool(req, 'no-application')
  return { id: application.id, referenceCode: application.referenceCode }
}

/**
 * An admin exports everything the portal holds about one applicant (the right of access, Decree
 * 13/2023), from the application's screen: one JSON file — the application, its files (base64,
 * while the portal still holds them), pass, press account, check-ins, audit trail and the staff
 * who opened it — the command line's `lifecycle export` as a download. The export is kept as a
 * personal data request answered at once (who, when, what the file held), in the audit trail
 * and the access log. Admins only.
 */
export async function exportApplication(
  req: PayloadRequest,
  input: { request: number | string },
): Promise<ApplicationExport> {
  const admin = req.user
  if (admin?.collection !== 'users' || !canManageApplicantData(admin)) refuseTool(req, 'not-admin')
  const { referenceCode } = await applicationFor(req, input.request)
  const at = now()
  const result = await inTransaction(req, async (req) => {
    const records = await findApplicantRecords(req.payload, referenceCode, req)
    if (!records) refuseTool(req, 'no-application')
    const files = await Promise.all(records.files.map(exportedFile))
    const {
      sessions: _sessions,
      identityKey: _identityKey,
      ...pressAccount
    } = (records.pressAccount ?? {}) as Record<string, unknown>
    const document = {
      exportedAt: at.toISOString(),
      referenceCode,
      about:
        'Everything the press office portal holds about this applicant (Decree 13/2023/ND-CP, right of access). Files are in base64.',
      application: records.request,
      files,
      pass: records.pass,
      pressAccount: records.pressAccount ? pressAccount : null,
      checkIns: records.checkIns,
      auditTrail: records.audit,
      staffAccess: records.accessLog,
    }
    const held = [
      `${files.filter((f) => f.base64).length}/${files.length} tệp · files`,
      records.pass ? `thẻ · pass ${records.pass.passNumber}` : 'không có thẻ · no pass',
      records.pressAccount ? 'tài khoản · press account' : 'không có tài khoản · no press account',
      `${records.checkIns.length} lượt check-in · check-ins`,
      `${records.audit.length} mục nhật ký · audit entries`,
      `${records.accessLog.length} lượt cán bộ mở · staff accesses`,
    ].join('; ')
    const filename = `${referenceCode}-${fileStamp(at)}.json`
    const report = await req.payload.create({
      collection: 'data-requests',
      overrideAccess: true,
      req,
      data: {
        kind: 'access',
        status: 'done',
        journalist: records.pressAccount?.id ?? null,
        subject: referenceCode,
        receivedAt: at.toISOString(),
        deadline: at.toISOString(),
        handledAt: at.toISOString(),
        handledBy: admin.id as number,
        notes: `Xuất dữ liệu trong trang quản trị · Exported from the admin: ${filename}\n${held}`,
      },
    })
    await writeAudit(req, {
      request: records.request.id,
      referenceCode,
      action: 'exported',
      summary: `${referenceCode}: personal data exported · đã xuất dữ liệu cá nhân`,
    })
    return {
      filename,
      json: `${JSON.stringify(document, null, 2)}\n`,
      report,
      requestId: records.request.id,
    }
  })
  // The access log is written outside the transaction, as the command line's export does.
  await recordOperatorAccess(
    req.payload,
    { userId: admin.id as number, label: admin.email },
    {
      action: 'exported-applicant',
      collectionSlug: 'accreditation-requests',
      documentId: String(result.requestId),
      referenceCode,
    },
  )
  return { filename: result.filename, json: result.json, report: result.report }
}
