import type { PayloadRequest } from 'payload'

import { refuseTool } from '~/cms/accreditation/officerTools'
import { inTransaction } from '~/cms/db/inTransaction'
import { canManageApplicantData } from '~/cms/lib/roles'
import { now } from '~/cms/lib/time'
import type { DataRequest } from '~/cms/payload-types'
import { findApplicantRecords } from '../applicantRecords'
import { type Erasure, eraseRecords, recordErasure } from '../eraseApplicant'
import { applicationFor } from './exportApplication'

/** What an erasure did, in words for the kept report (no personal data in it). */
export function erasureReport(erasure: Erasure): string {
  return [
    `Đã xoá hồ sơ · Application erased: ${erasure.referenceCode}`,
    `Tệp (ảnh, thư giới thiệu) · Files: ${erasure.files}`,
    `Thẻ tác nghiệp · Pass: ${erasure.pass ? 'đã xoá · erased' : 'không có · none'}`,
    `Tài khoản khu vực báo chí · Press account: ${erasure.pressAccount ? 'đã xoá · erased' : 'không có · none'}`,
    `Lượt check-in bỏ liên kết · Check-ins unlinked: ${erasure.checkInsUnlinked}`,
    `Mục nhật ký giữ lại, không còn nội dung cá nhân · Audit entries kept, without personal data: ${erasure.auditEntriesKept}`,
  ].join('\n')
}

/**
 * An admin erases everything the portal holds about one applicant, from the application's screen
 * (the command line's `lifecycle erase`, cms/lifecycle/eraseApplicant.ts): the application, its
 * files, pass, press account, e-mails, the check-ins' link and the audit trail's messages, in one
 * transaction. The confirmation is the application's reference code typed again (`confirm`); the
 * report is kept as a personal data request done (who, when, what was erased, naming no one).
 * Admins only.
 */
export async function eraseApplication(
  req: PayloadRequest,
  input: { request: number | string; confirm?: unknown },
): Promise<{ erasure: Erasure; report: DataRequest }> {
  const admin = req.user
  if (admin?.collection !== 'users' || !canManageApplicantData(admin)) refuseTool(req, 'not-admin')
  const { referenceCode } = await applicationFor(req, input.request)
  if (typeof input.confirm !== 'string' || input.confirm.trim().toUpperCase() !== referenceCode)
    refuseTool(req, 'confirm-reference', referenceCode)
  const operator = { userId: admin.id as number, label: admin.email }
  const at = now().toISOString()
  let erased: Awaited<ReturnType<typeof findApplicantRecords>> = null
  const outcome = await inTransaction(req, async (req) => {
    const records = await findApplicantRecords(req.payload, referenceCode, req)
    if (!records) refuseTool(req, 'no-application')
    erased = records
    const account = records.pressAccount
    // The account's other data requests stay as proof, naming no one (before the account goes).
    if (account)
      await req.payload.update({
        collection: 'data-requests',
        where: { journalist: { equals: account.id } },
        data: { subject: `#${account.id} (erased)` },
        overrideAccess: true,
        req,
      })
    const erasure = await eraseRecords(req, records, operator)
    const report = await req.payload.create({
      collection: 'data-requests',
      overrideAccess: true,
      req,
      data: {
        kind: 'deletion',
        status: 'done',
        subject: `${referenceCode} (erased)`,
        receivedAt: at,
        deadline: at,
        handledAt: at,
        handledBy: admin.id as number,
        notes: `Xoá trong trang quản trị · Erased from the admin\n${erasureReport(erasure)}`,
      },
    })
    return { erasure, report }
  })
  if (erased) await recordErasure(req.payload, operator, erased)
  return outcome
}
