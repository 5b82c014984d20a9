import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { type ApplicantRecords, findApplicantRecords } from './applicantRecords'
import { type Operator, recordOperatorAccess } from './operator'
import { eraseEmailsOf } from '../email/operations/eraseEmailsOf'

export type Erasure = {
  referenceCode: string
  files: number
  pass: boolean
  pressAccount: boolean
  checkInsUnlinked: number
  auditEntriesKept: number
}

/**
 * Erasure on request (or at the end of the retention period): the application row, its portrait
 * and letter (rows and bytes), its pass, its press-area account, and the check-ins' link to that pass are deleted. The
 * audit trail keeps what the law allows and the office needs to prove what it did — reference
 * code, action, statuses, time and the staff member — and loses messages and answers (which can
 * hold personal data). Access log entries name staff and reference codes only, and stay.
 */
export async function eraseApplicant(
  payload: Payload,
  referenceCode: string,
  operator: Operator,
): Promise<Erasure | null> {
  const records = await findApplicantRecords(payload, referenceCode)
  if (!records) return null
  const req = await createLocalReq({ context: { lifecycle: true } }, payload)
  await initTransaction(req)
  try {
    const erasure = await eraseRecords(req, records, operator)
    await commitTransaction(req)
    await recordErasure(payload, operator, records)
    return erasure
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** The erasure's access-log line, once its transaction has committed. */
export const recordErasure = (payload: Payload, operator: Operator, records: ApplicantRecords) =>
  recordOperatorAccess(payload, operator, {
    action: 'erased-applicant',
    collectionSlug: 'accreditation-requests',
    documentId: String(records.request.id),
    referenceCode: records.request.referenceCode ?? '',
  })

/** The erasure of one application's records, in the caller's transaction (`req`). */
export async function eraseRecords(
  req: PayloadRequest,
  records: ApplicantRecords,
  operator: Operator,
): Promise<Erasure> {
  const { payload } = req
  const referenceCode = records.request.referenceCode ?? String(records.request.id)
  const system = { overrideAccess: true, req, context: { lifecycle: true } } as const
  for (const entry of records.audit) {
    const staff = entry.actorType === 'staff'
    await payload.update({
      collection: 'audit-entries',
      id: entry.id,
      ...system,
      data: {
        referenceCode,
        request: null,
        message: null,
        changedFields: null,
        actorLabel: staff ? entry.actorLabel : entry.actorType,
      },
    })
  }
  for (const checkIn of records.checkIns)
    await payload.update({
      collection: 'check-ins',
      id: checkIn.id,
      ...system,
      data: { pass: null, passNumber: null },
    })
  if (records.pass) await payload.delete({ collection: 'passes', id: records.pass.id, ...system })
  if (records.pressAccount)
    await payload.delete({ collection: 'journalists', id: records.pressAccount.id, ...system })
  await eraseEmailsOf(req, { request: records.request.id, email: records.request.email })
  await payload.delete({
    collection: 'accreditation-requests',
    id: records.request.id,
    ...system,
  })
  // Deleting an upload row deletes its file from disk too.
  for (const file of records.files)
    await payload.delete({ collection: 'applicant-files', id: file.id, ...system })
  await payload.create({
    collection: 'audit-entries',
    ...system,
    data: {
      referenceCode,
      action: 'erased',
      actorType: operator.userId ? 'staff' : 'system',
      actor: operator.userId ?? null,
      actorLabel: operator.label,
      summary: `${referenceCode}: personal data erased`,
    },
  })
  return {
    referenceCode,
    files: records.files.length,
    pass: Boolean(records.pass),
    pressAccount: Boolean(records.pressAccount),
    checkInsUnlinked: records.checkIns.length,
    auditEntriesKept: records.audit.length + 1,
  }
}
