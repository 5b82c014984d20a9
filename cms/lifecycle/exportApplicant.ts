import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { fileStamp } from '../lib/time'
import { APPLICANT_FILES_DIR } from '../paths'
import { findApplicantRecords } from './applicantRecords'
import { type Operator, recordOperatorAccess } from './operator'

export type ApplicantExport = {
  folder: string
  referenceCode: string
  files: string[]
  missingFiles: string[]
}

/**
 * An access request under the personal data law: everything held about one applicant, as
 * `applicant.json` (the application, its files' details, pass, check-ins, audit trail and who of
 * the staff opened it) and the files themselves, in one folder under `targetDir`.
 */
export async function exportApplicant(
  payload: Payload,
  referenceCode: string,
  targetDir: string,
  operator: Operator,
  now = new Date(),
): Promise<ApplicantExport | null> {
  const records = await findApplicantRecords(payload, referenceCode)
  if (!records) return null
  const folder = path.join(targetDir, `${referenceCode}-${fileStamp(now)}`)
  mkdirSync(path.join(folder, 'files'), { recursive: true })
  const files: string[] = []
  const missingFiles: string[] = []
  const described = records.files.map((file) => {
    const source = file.filename ? path.join(APPLICANT_FILES_DIR, file.filename) : ''
    if (!source || file.purgedAt || !existsSync(source)) {
      missingFiles.push(
        `${file.kind} (${file.purgedAt ? `deleted ${file.purgedAt} by the retention rules` : 'missing'})`,
      )
      return { ...file, exportedAs: null }
    }
    const exportedAs = `files/${file.kind}${path.extname(file.filename!)}`
    copyFileSync(source, path.join(folder, exportedAs))
    files.push(exportedAs)
    return { ...file, exportedAs }
  })
  const document = { exportedAt: now.toISOString(), referenceCode, ...records, files: described }
  writeFileSync(path.join(folder, 'applicant.json'), `${JSON.stringify(document, null, 2)}\n`)
  await recordOperatorAccess(payload, operator, {
    action: 'exported-applicant',
    collectionSlug: 'accreditation-requests',
    documentId: String(records.request.id),
    referenceCode,
  })
  return { folder, referenceCode, files, missingFiles }
}
