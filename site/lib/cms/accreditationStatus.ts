import path from 'node:path'

import { createLocalReq, type Payload } from 'payload'
import { extractID } from 'payload/shared'

import { grantFor } from '~/cms/accreditation/grant'
import { answerApplication as answer } from '~/cms/accreditation/operations/answerApplication'
import { withdrawApplication as withdraw } from '~/cms/accreditation/operations/withdrawApplication'
import { requestIdFromStatusToken } from '~/cms/accreditation/statusLink'
import { waitingList } from '~/cms/accreditation/waitingListQueries'
import { waitingPosition } from '~/cms/lib/accreditation/waitingList'
import { getEnv } from '~/cms/env'
import {
  answerSchema,
  type FieldErrors,
  fieldErrors,
  formToObject,
} from '~/cms/lib/accreditation/applicationSchema'
import { outletDisplayName } from '~/cms/lib/accreditation/outletName'
import {
  applicantSeesFiles,
  mayAnswer,
  mayWithdraw,
  needsReason,
  type Status,
} from '~/cms/lib/accreditation/statusFlow'
import { readStatusToken } from '~/cms/lib/accreditation/statusToken'
import { APPLICANT_FILES_DIR } from '~/cms/paths'
import type { AccreditationRequest, ApplicantFile } from '~/cms/payload-types'
import type { Locale } from '../i18n/locales'
import { type PreparedFile, prepareUpload } from './files'
import { type MediaFile, openFile } from './media'
import { payloadClient } from './payload'

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
  canWithdraw: boolean
  canAnswer: boolean
  /** Whether the page may show the portrait and letter (never after a withdrawal). */
  showsFiles: boolean
  /** The place in line (1 = next) while on the waiting list, else null. */
  waitingPosition: number | null
}

const fileIdsOf = (doc: AccreditationRequest) =>
  [doc.portrait, doc.letter].flatMap((file) => (file == null ? [] : [extractID(file)]))

/** The request behind a status link, read through the applicant's own grant; null for a bad or stale link. */
export async function loadByStatusToken(payload: Payload, token: string) {
  const id = await requestIdFromStatusToken(payload, token)
  if (!id) return null
  const doc = await payload
    .findByID({
      collection: 'accreditation-requests',
      id,
      depth: 1,
      overrideAccess: false,
      context: grantFor(id),
      disableErrors: true,
    })
    .catch(() => null)
  if (!doc) return null
  // Payload re-checks the request's file links on every update, through the applicant's access.
  return { id, doc, grant: grantFor(id, fileIdsOf(doc)) }
}

/**
 * A genuine link (signed by this server) whose request no longer exists: erased on request or at
 * the end of the retention period. The page says so (410) instead of "not found".
 */
export async function statusLinkIsGone(token: string): Promise<boolean> {
  return (
    Boolean(readStatusToken(getEnv().PAYLOAD_SECRET, token)) &&
    !(await loadByStatusToken(await payloadClient(), token))
  )
}

/** The application behind a secret status link, or null for a forged or unknown link. */
export async function openApplication(
  token: string,
  locale: Locale = 'vi',
): Promise<ApplicationView | null> {
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
  const showMessage = needsReason(doc.status)
  return {
    referenceCode: doc.referenceCode ?? '',
    status: doc.status,
    fullName: doc.fullName,
    outlet: outletDisplayName(doc, locale),
    role: doc.role,
    days: doc.days ?? [],
    submittedAt: doc.createdAt,
    message: showMessage ? (doc.decisionMessage ?? null) : null,
    reasonCode: showMessage ? (doc.reasonCode ?? null) : null,
    timeline: history.docs.map((entry) => ({
      at: entry.createdAt,
      status: entry.toStatus as Status,
    })),
    letterIsPdf: (doc.letter as ApplicantFile | null)?.mimeType === 'application/pdf',
    canWithdraw: mayWithdraw(doc.status),
    canAnswer: mayAnswer(doc.status),
    showsFiles: applicantSeesFiles(doc.status),
    waitingPosition: await waitingPositionOf(payload, doc),
  }
}

/** Where a waitlisted request stands in the line of its event, outlet and role. */
async function waitingPositionOf(
  payload: Payload,
  doc: AccreditationRequest,
): Promise<number | null> {
  if (doc.status !== 'waitlisted' || doc.outlet == null || doc.event == null) return null
  const scope = { eventId: extractID(doc.event), outletId: extractID(doc.outlet), role: doc.role }
  return waitingPosition(await waitingList(await createLocalReq({}, payload), scope), doc.id)
}

export type AnswerOutcome =
  | { ok: true }
  | {
      ok: false
      status: 400 | 404 | 409 | 413
      errors: FieldErrors
      values: Record<string, unknown>
    }

/** The applicant answers a request for information: a message, new files or corrections; back to review. */
export async function answerApplication(token: string, form: FormData): Promise<AnswerOutcome> {
  const payload = await payloadClient()
  const values = formToObject(form)
  const found = await loadByStatusToken(payload, token)
  if (!found) return { ok: false, status: 404, errors: {}, values }
  // Checked before the files are judged: a request that waits for nothing gets a quick answer.
  if (!mayAnswer(found.doc.status))
    return { ok: false, status: 409, errors: { form: 'not_waiting' }, values }

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
    return {
      ok: false,
      status: errors.portrait === 'too_large' || errors.letter === 'too_large' ? 413 : 400,
      errors,
      values,
    }
  }

  const req = await createLocalReq({ context: found.grant }, payload)
  const result = await answer(req, { id: found.id, ...parsed.data, files: uploads })
  if (result === 'answered') return { ok: true }
  return result === 'not-found'
    ? { ok: false, status: 404, errors: {}, values }
    : { ok: false, status: 409, errors: { form: 'not_waiting' }, values }
}

/** The applicant withdraws; refused once the request is decided against or already withdrawn. */
export async function withdrawApplication(
  token: string,
): Promise<'withdrawn' | 'not-found' | 'not-allowed'> {
  const payload = await payloadClient()
  const found = await loadByStatusToken(payload, token)
  if (!found) return 'not-found'
  return withdraw(await createLocalReq({ context: found.grant }, payload), { id: found.id })
}

/**
 * Where the applicant's own portrait or letter is stored, found through the same access rules as
 * the request; null once the request is withdrawn (the link then shows the state only).
 */
export async function locateApplicantFile(
  token: string,
  kind: 'portrait' | 'letter',
): Promise<{ path: string; type: string } | null> {
  const payload = await payloadClient()
  const found = await loadByStatusToken(payload, token)
  const fileRef = found?.doc[kind]
  if (!found || fileRef == null || !applicantSeesFiles(found.doc.status)) return null
  const fileId = extractID(fileRef)
  const file = await payload
    .findByID({
      collection: 'applicant-files',
      id: fileId,
      depth: 0,
      overrideAccess: false,
      context: grantFor(found.id, [fileId]),
      disableErrors: true,
    })
    .catch(() => null)
  if (!file?.filename || !file.mimeType || file.purgedAt) return null
  return { path: applicantFilePath(file.filename), type: file.mimeType }
}

/** Where an applicant file is stored: only its own name counts, never a folder in it. */
export const applicantFilePath = (filename: string): string =>
  path.join(APPLICANT_FILES_DIR, path.basename(filename))

/**
 * The applicant's own file, or why not: `gone` for a genuine link whose request was withdrawn or
 * erased (410), null for anything else (404).
 */
export async function readApplicantFile(
  token: string,
  kind: 'portrait' | 'letter',
): Promise<MediaFile | 'gone' | null> {
  const file = await locateApplicantFile(token, kind)
  if (file) return openFile(file.path, file.type)
  if (!readStatusToken(getEnv().PAYLOAD_SECRET, token)) return null
  const found = await loadByStatusToken(await payloadClient(), token)
  return !found || !applicantSeesFiles(found.doc.status) ? 'gone' : null
}
