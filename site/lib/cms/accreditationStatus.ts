import path from 'node:path'

import type { Payload } from 'payload'

import { getEnv } from '../../../cms/env'
import { answerSchema, type FieldErrors, fieldErrors, formToObject } from '../../../cms/lib/accreditation/applicationSchema'
import { readStatusToken } from '../../../cms/lib/accreditation/statusToken'
import type { Status } from '../../../cms/lib/accreditation/statusFlow'
import { APPLICANT_FILES_DIR } from '../../../cms/paths'
import type { AccreditationRequest, ApplicantFile, Outlet } from '../../../cms/payload-types'
import { type PreparedFile, prepareUpload } from './files'
import { type MediaFile, openFile } from './media'
import { payloadClient } from './payload'
import { grantFiles, inApplicantTransaction } from './transaction'

export type ApplicationView = {
  referenceCode: string
  status: Status
  fullName: string
  outlet: string
  role: AccreditationRequest['role']
  days: string[]
  submittedAt: string
  message: string | null
  reasonCode: string | null
  timeline: { at: string; status: Status }[]
  letterIsPdf: boolean
}

/** The grant that lets Payload's access rules show an applicant their own request, and nothing else. */
const grantFor = (requestId: string, fileIds: (number | string)[] = []) => ({ applicant: { requestId, fileIds } })

/** The request behind a status link, read through the applicant's own grant; null for a bad link. */
export async function loadByStatusToken(payload: Payload, token: string) {
  const id = readStatusToken(getEnv().PAYLOAD_SECRET, token)
  if (!id) return null
  const doc = await payload
    .findByID({ collection: 'accreditation-requests', id, depth: 1, overrideAccess: false, context: grantFor(id), disableErrors: true })
    .catch(() => null)
  if (!doc) return null
  // Payload re-checks the request's file links on every update, through the applicant's access.
  const fileIds = [doc.portrait, doc.letter].map((f) => (f && typeof f === 'object' ? f.id : f)).filter((f): f is number => f != null)
  return { id, doc, grant: grantFor(id, fileIds) }
}

/** The application behind a secret status link, or null for a forged or unknown link. */
export async function openApplication(token: string): Promise<ApplicationView | null> {
  const payload = await payloadClient()
  const found = await loadByStatusToken(payload, token)
  if (!found) return null
  const { doc } = found
  // The applicant sees the moves of their own request, never who on the staff made them.
  const history = await payload.find({
    collection: 'audit-entries',
    where: { and: [{ request: { equals: doc.id } }, { toStatus: { exists: true } }] },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    select: { createdAt: true, toStatus: true },
    overrideAccess: true,
  })
  const showMessage = doc.status === 'needs-information' || doc.status === 'rejected'
  return {
    referenceCode: doc.referenceCode ?? '',
    status: doc.status,
    fullName: doc.fullName,
    outlet: (doc.outlet as Outlet | null)?.name ?? doc.outletOther ?? '',
    role: doc.role,
    days: doc.days ?? [],
    submittedAt: doc.createdAt,
    message: showMessage ? (doc.decisionMessage ?? null) : null,
    reasonCode: showMessage ? (doc.reasonCode ?? null) : null,
    timeline: history.docs.map((entry) => ({ at: entry.createdAt, status: entry.toStatus as Status })),
    letterIsPdf: (doc.letter as ApplicantFile | null)?.mimeType === 'application/pdf',
  }
}

export type AnswerOutcome = { ok: true } | { ok: false; status: 400 | 404 | 409 | 413; errors: FieldErrors; values: Record<string, unknown> }

/** The applicant answers a request for information: a message, new files or corrections; back to review. */
export async function answerApplication(token: string, form: FormData): Promise<AnswerOutcome> {
  const payload = await payloadClient()
  const values = formToObject(form)
  const found = await loadByStatusToken(payload, token)
  if (!found) return { ok: false, status: 404, errors: {}, values }
  if (found.doc.status !== 'needs-information') return { ok: false, status: 409, errors: { form: 'not_waiting' }, values }

  const parsed = answerSchema.safeParse(values)
  const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error)
  const uploads: Partial<Record<'portrait' | 'letter', PreparedFile>> = {}
  for (const kind of ['portrait', 'letter'] as const) {
    const entry = form.get(kind)
    if (!entry || typeof entry === 'string' || entry.size === 0) continue
    const prepared = await prepareUpload(entry, kind)
    if (prepared.ok) uploads[kind] = prepared.file
    else errors[kind] = prepared.code
  }
  if (!parsed.success || Object.keys(errors).length) {
    return { ok: false, status: errors.portrait === 'too_large' || errors.letter === 'too_large' ? 413 : 400, errors, values }
  }

  const { answer, email, phone, pressCardNumber } = parsed.data
  await inApplicantTransaction(payload, found.grant, Object.values(uploads), async (req) => {
    const data: Partial<AccreditationRequest> = { status: 'in-review', applicantAnswer: answer }
    if (email) data.email = email
    if (phone) data.phone = phone
    if (pressCardNumber) data.pressCardNumber = pressCardNumber
    for (const [kind, file] of Object.entries(uploads)) {
      const created = await payload.create({ collection: 'applicant-files', data: { kind: kind as 'portrait' | 'letter' }, file, overrideAccess: false, req })
      data[kind as 'portrait' | 'letter'] = created.id
      grantFiles(req, [created.id])
    }
    await payload.update({ collection: 'accreditation-requests', id: found.id, data, overrideAccess: false, req })
  })
  return { ok: true }
}

/** The applicant withdraws; refused once the request is decided against or already withdrawn. */
export async function withdrawApplication(token: string): Promise<'withdrawn' | 'not-found' | 'not-allowed'> {
  const payload = await payloadClient()
  const found = await loadByStatusToken(payload, token)
  if (!found) return 'not-found'
  if (found.doc.status === 'rejected' || found.doc.status === 'withdrawn') return 'not-allowed'
  await inApplicantTransaction(payload, found.grant, [], (req) =>
    payload.update({ collection: 'accreditation-requests', id: found.id, data: { status: 'withdrawn' }, overrideAccess: false, req }),
  )
  return 'withdrawn'
}

/** Where the applicant's own portrait or letter is stored, found through the same access rules as the request. */
export async function locateApplicantFile(token: string, kind: 'portrait' | 'letter'): Promise<{ path: string; type: string } | null> {
  const payload = await payloadClient()
  const found = await loadByStatusToken(payload, token)
  const fileRef = found?.doc[kind] as ApplicantFile | number | null | undefined
  const fileId = typeof fileRef === 'object' ? fileRef?.id : fileRef
  if (!found || !fileId) return null
  const file = await payload
    .findByID({ collection: 'applicant-files', id: fileId, depth: 0, overrideAccess: false, context: grantFor(found.id, [fileId]), disableErrors: true })
    .catch(() => null)
  if (!file?.filename || !file.mimeType) return null
  return { path: applicantFilePath(file.filename), type: file.mimeType }
}

/** Where an applicant file is stored: only its own name counts, never a folder in it. */
export const applicantFilePath = (filename: string): string => path.join(APPLICANT_FILES_DIR, path.basename(filename))

export async function readApplicantFile(token: string, kind: 'portrait' | 'letter'): Promise<MediaFile | null> {
  const file = await locateApplicantFile(token, kind)
  return file ? openFile(file.path, file.type) : null
}
