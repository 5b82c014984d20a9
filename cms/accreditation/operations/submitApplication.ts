import { createLocalReq, type File, type Payload, type PayloadRequest } from 'payload'

import { queueApplicantEmail } from '~/cms/collections/AccreditationRequests/hooks/notifyApplicant'
import { inTransaction } from '~/cms/db/inTransaction'
import type { ApplicationInput } from '~/cms/lib/accreditation/applicationSchema'
import { applicationKey } from '~/cms/lib/accreditation/applicationWindow'
import { identityKey } from '~/cms/lib/accreditation/identity'
import type { AccreditationRequest } from '~/cms/payload-types'
import { statusTokenFor } from '../statusLink'
import { type ApplicantFileKind, removeStoredFiles, storeApplicantFiles } from './files'

export type SubmitApplicationInput = {
  /** The event applied for: its window, days, rules version and quotas decide (requestRules). */
  eventId: number | string
  application: ApplicationInput
  portrait: File
  letter: File
  /**
   * Files from the journalist's profile (cms/profile/operations/applyFromProfile.ts): copies of
   * stored files keep the date the original was taken or uploaded.
   */
  filesTakenAt?: Partial<Record<ApplicantFileKind, string>>
}

/**
 * `created` and `replayed` (the same form sent again: double click, retry) carry the reference
 * and status link, for the sender of that form only; `waitlisted` tells a new request that joined
 * the waiting list (the outlet's quota was full and the applicant asked for it). `duplicate`: this
 * ID number has applied to this event already; nothing is created and the first applicant is
 * reminded by e-mail, at their own address. An anonymous form must answer a duplicate exactly as
 * it answers a new application, so it never tells a stranger that an ID number has applied; a
 * caller who knows the person (a signed-in journalist) may say it plainly.
 * Every other refusal (window, days, rules, quota full) is thrown as a 4xx APIError whose
 * `data.refusal` names it, with nothing stored.
 */
export type SubmitApplicationResult =
  | {
      outcome: 'created' | 'replayed'
      id: number | string
      referenceCode: string
      statusToken: string
      waitlisted: boolean
    }
  | { outcome: 'duplicate' }

/**
 * An applicant submits an application to one event: files and request written in one
 * transaction, the rules of a new request applied by the collection (prepareNewApplication).
 * `req.context.applicant` must carry the submitting grant and the form's idempotency key (the
 * site sets both).
 */
export async function submitApplication(
  req: PayloadRequest,
  { eventId, application: input, portrait, letter, filesTakenAt }: SubmitApplicationInput,
): Promise<SubmitApplicationResult> {
  const { payload } = req
  const earlier = await findExisting(payload, 'idempotencyKey', input.idempotencyKey)
  if (earlier) return answer(payload, earlier, 'replayed')
  const key = applicationKey(eventId, identityKey(input.idType, input.idNumber))
  try {
    const doc = await inTransaction(
      req,
      async () => {
        const files = await storeApplicantFiles(req, { portrait, letter }, filesTakenAt)
        return payload.create({
          collection: 'accreditation-requests',
          overrideAccess: false,
          req,
          data: requestData(eventId, input, files.portrait!, files.letter!),
        })
      },
      removeStoredFiles([portrait, letter]),
    )
    return answer(payload, doc, 'created', req)
  } catch (error) {
    const fields = failedFields(error)
    // The same form twice at once: the second finds the first's key (or the person's request).
    if (fields.includes('idempotencyKey') || refusalOf(error) === 'already-applied') {
      const first = await findExisting(payload, 'idempotencyKey', input.idempotencyKey)
      if (first) return answer(payload, first, 'replayed')
    }
    // Found by the rule before writing, or by the unique index when two arrive at once.
    if (refusalOf(error) === 'already-applied' || fields.includes('applicationKey')) {
      const first = await findExisting(payload, 'applicationKey', key)
      if (first) await remindOnce(payload, first)
      return { outcome: 'duplicate' }
    }
    throw error
  }
}

const requestData = (
  eventId: number | string,
  input: ApplicationInput,
  portrait: number,
  letter: number,
) => ({
  event: (Number(eventId) || eventId) as number,
  status: input.joinWaitingList ? ('waitlisted' as const) : ('submitted' as const),
  fullName: input.fullName,
  dateOfBirth: input.dateOfBirth,
  nationality: input.nationality,
  idType: input.idType,
  idNumber: input.idNumber,
  pressCardNumber: input.pressCardNumber || null,
  // Numeric ids on SQLite, ObjectId strings on MongoDB.
  outlet: input.outlet === 'other' ? null : ((Number(input.outlet) || input.outlet) as number),
  outletOther: input.outlet === 'other' ? input.outletOther : null,
  role: input.role,
  days: input.days,
  email: input.email,
  phone: input.phone,
  equipment: input.equipment || null,
  language: input.language,
  rulesVersion: input.rulesVersion,
  portrait,
  letter,
})

const answer = async (
  payload: Payload,
  doc: Pick<AccreditationRequest, 'id' | 'referenceCode' | 'status'>,
  outcome: 'created' | 'replayed',
  req?: PayloadRequest,
): Promise<SubmitApplicationResult> => ({
  outcome,
  id: doc.id,
  referenceCode: doc.referenceCode ?? '',
  statusToken: await statusTokenFor(payload, doc.id, req),
  waitlisted: doc.status === 'waitlisted',
})

/** The fields of a Payload validation error, e.g. ['applicationKey'] for a unique-index clash. */
export function failedFields(error: unknown): string[] {
  const data = (error as { data?: { errors?: { path?: string }[] } }).data
  return data?.errors?.map((e) => e.path ?? '') ?? []
}

/** The code of an accreditation refusal (cms/accreditation/refuse.ts), or null for any other error. */
export const refusalOf = (error: unknown): string | null =>
  (error as { data?: { refusal?: string } } | null)?.data?.refusal ?? null

/**
 * A lookup by a key only the sender of that form or the holder of that ID number can name.
 * It runs with access overridden because no visitor owns the row yet; nothing found here is
 * shown to the visitor except, for their own replayed form, the reference and status link.
 */
async function findExisting(
  payload: Payload,
  field: 'idempotencyKey' | 'applicationKey',
  value: string,
) {
  const { docs } = await payload.find({
    collection: 'accreditation-requests',
    where: { [field]: { equals: value } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

const lastReminder = new Map<string, number>()
const REMINDER_GAP_MS = 10 * 60 * 1000

/** At most one reminder e-mail per request every ten minutes, whoever keeps re-applying. */
async function remindOnce(payload: Payload, doc: AccreditationRequest) {
  const key = String(doc.id)
  const last = lastReminder.get(key) ?? 0
  if (Date.now() - last < REMINDER_GAP_MS) return
  lastReminder.set(key, Date.now())
  // Its own transaction: the duplicate's was rolled back.
  await queueApplicantEmail(await createLocalReq({}, payload), doc, 'reminder-link').catch(
    (error: unknown) =>
      payload.logger.error({ err: error, request: doc.id }, 'could not queue the reminder e-mail'),
  )
}
