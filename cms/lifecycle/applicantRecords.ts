import type { Payload, PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import type {
  AccessLog,
  AccreditationRequest,
  ApplicantFile,
  AuditEntry,
  CheckIn,
  Journalist,
  Pass,
} from '../payload-types'

/** Everything the portal holds about one applicant, found from their reference code. */
export type ApplicantRecords = {
  request: AccreditationRequest
  files: ApplicantFile[]
  pass: Pass | null
  /** The press-area account opened by the approval (no password hash: Payload never reads it out). */
  pressAccount: Journalist | null
  checkIns: CheckIn[]
  audit: AuditEntry[]
  accessLog: AccessLog[]
}

/** The portal's own lookup (access overridden): only lifecycle commands and admin endpoints call it. */
export async function findApplicantRecords(
  payload: Payload,
  referenceCode: string,
  req?: PayloadRequest,
): Promise<ApplicantRecords | null> {
  const system = { overrideAccess: true, depth: 0, pagination: false, req } as const
  const { docs } = await payload.find({
    collection: 'accreditation-requests',
    ...system,
    where: { referenceCode: { equals: referenceCode } },
    limit: 1,
    context: { lifecycle: true },
  })
  const request = docs[0]
  if (!request) return null
  const fileIds = [request.portrait, request.letter].map((file) => extractID(file))
  const [files, passes, accounts, audit, accessLog] = await Promise.all([
    payload.find({ collection: 'applicant-files', ...system, where: { id: { in: fileIds } } }),
    payload.find({ collection: 'passes', ...system, where: { request: { equals: request.id } } }),
    payload.find({
      collection: 'journalists',
      ...system,
      where: { request: { equals: request.id } },
    }),
    payload.find({
      collection: 'audit-entries',
      ...system,
      where: {
        or: [{ request: { equals: request.id } }, { referenceCode: { equals: referenceCode } }],
      },
      sort: 'createdAt',
    }),
    payload.find({
      collection: 'access-log',
      ...system,
      where: { referenceCode: { equals: referenceCode } },
      sort: 'createdAt',
    }),
  ])
  const pass = passes.docs[0] ?? null
  const checkIns = pass
    ? (
        await payload.find({
          collection: 'check-ins',
          ...system,
          where: { pass: { equals: pass.id } },
          sort: 'scannedAt',
        })
      ).docs
    : []
  return {
    request,
    files: files.docs,
    pass,
    pressAccount: accounts.docs[0] ?? null,
    checkIns,
    audit: audit.docs,
    accessLog: accessLog.docs,
  }
}
