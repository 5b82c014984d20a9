import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

import { inTransaction } from '~/cms/db/inTransaction'
import { findApplicantRecords } from '~/cms/lifecycle/applicantRecords'
import { fileStamp, now } from '~/cms/lib/time'
import type { ApplicantFile } from '~/cms/payload-types'
import { APPLICANT_FILES_DIR } from '~/cms/paths'
import { journalistOf } from '../caller'
import { journalistApplications } from '../journalistApplications'

export type PersonalDataExport = { filename: string; json: string }

/** A file as the export carries it: its details, and its bytes in base64 while the portal still holds them. */
export async function exportedFile(file: ApplicantFile) {
  const { id, kind, filename, mimeType, filesize, takenAt, purgedAt, createdAt } = file
  const bytes =
    filename && !purgedAt
      ? await readFile(path.join(APPLICANT_FILES_DIR, path.basename(filename))).catch(() => null)
      : null
  return {
    id,
    kind,
    mimeType,
    filesize,
    takenAt,
    createdAt,
    purgedAt,
    note: bytes ? null : purgedAt ? 'deleted by the retention rules' : 'no longer on disk',
    base64: bytes ? bytes.toString('base64') : null,
  }
}

/**
 * The journalist downloads everything the portal holds about them (Decree 13/2023, the right of
 * access): the press account and its profile, every application (any event) with its files, pass,
 * check-ins, audit trail and the staff who opened it, and their data requests. One JSON file
 * (no ZIP library is installed), files in base64. The download is itself recorded as an access
 * request answered at once, so the office can show it was given.
 */
export async function exportPersonalData(req: PayloadRequest): Promise<PersonalDataExport> {
  const account = await journalistOf(req)
  const at = now()
  const applications = await journalistApplications(req, account)
  const records = await Promise.all(
    applications.map((application) =>
      findApplicantRecords(req.payload, application.referenceCode ?? '', req),
    ),
  )
  const fileIds = new Set<string>()
  const exported = []
  for (const record of records) {
    if (!record) continue
    record.files.forEach((file) => fileIds.add(String(file.id)))
    exported.push({
      application: record.request,
      files: await Promise.all(record.files.map(exportedFile)),
      pass: record.pass,
      checkIns: record.checkIns,
      auditTrail: record.audit,
      staffAccess: record.accessLog,
    })
  }
  const portraitId = account.portrait == null ? null : String(account.portrait)
  const profilePortrait =
    portraitId && !fileIds.has(portraitId)
      ? await req.payload
          .findByID({ collection: 'applicant-files', id: portraitId, overrideAccess: true, req })
          .then(exportedFile)
          .catch(() => null)
      : null
  const { docs: dataRequests } = await req.payload.find({
    collection: 'data-requests',
    where: { journalist: { equals: account.id } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const {
    identityKey: _key,
    sessions: _sessions,
    ...pressAccount
  } = account as typeof account & {
    identityKey?: unknown
    sessions?: unknown
  }
  const document = {
    exportedAt: at.toISOString(),
    about:
      'Everything the press office portal holds about you (Decree 13/2023/ND-CP, right of access). Files are in base64.',
    pressAccount,
    profilePortrait,
    applications: exported,
    dataRequests,
  }
  await inTransaction(req, () =>
    req.payload.create({
      collection: 'data-requests',
      overrideAccess: true,
      req,
      data: {
        kind: 'access',
        status: 'done',
        journalist: account.id,
        subject: `${account.name} (#${account.id})`,
        receivedAt: at.toISOString(),
        deadline: at.toISOString(),
        handledAt: at.toISOString(),
        notes: 'Tự tải về trên /press/ · Self-service download on /press/',
      },
    }),
  )
  return {
    filename: `my-data-${fileStamp(at)}.json`,
    json: `${JSON.stringify(document, null, 2)}\n`,
  }
}
