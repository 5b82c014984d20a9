import { createLocalReq, type File, type Payload, type PayloadRequest } from 'payload'

import { queueApplicantEmail } from '~/cms/collections/AccreditationRequests/hooks/notifyApplicant'
import { inTransaction } from '~/cms/db/inTransaction'
import type { ApplicationInput } from '~/cms/lib/accreditation/applicationSchema'
import { identityKey } from '~/cms/lib/accreditation/identity'
import type { AccreditationRequest } from '~/cms/payload-types'
import { statusTokenFor } from '../statusLink'
import { removeStoredFiles, storeApplicantFiles } from './files'

export type SubmitApplicationInput = {
  application: ApplicationInput
  portrait: File
  letter: File
  /**
   * Set only by completeNomination (cms/nominations): the person was nominated by their outlet;
   * the request belongs to the nomination's event (outlet, role, e-mail and the letter come from
   * the nomination too, through `application` and `letter`).
   */
  nominatedFor?: { event: number | string }
}

/**
 * `created` and `replayed` (the same form sent again: double click, retry) carry the reference
 * and status link, for the sender of that form only. `duplicate`: this ID number has applied
 * already; nothing is created and the first applicant is reminded by e-mail, at their own address.
 * The caller must answer a duplicate exactly as it answers a new application, so the form never
 * tells a stranger that an ID number has applied.
 */
export type SubmitApplicationResult =
  | {
      outcome: 'created' | 'replayed'
      id: number | string
      referenceCode: string
      statusToken: string
    }
  | { outcome: 'duplicate' }

/**
 * An applicant submits an application: files and request written in one transaction, the rules
 * of a new request applied by the collection (prepareNewApplication). `req.context.applicant`
 * must carry the submitting grant and the form's idempotency key (the site sets both).
 */
export async function submitApplication(
  req: PayloadRequest,
  { application: input, portrait, letter, nominatedFor }: SubmitApplicationInput,
): Promise<SubmitApplicationResult> {
  const { payload } = req
  const earlier = await findExisting(payload, 'idempotencyKey', input.idempotencyKey)
  if (earlier) return answer(payload, earlier, 'replayed')
  try {
    const doc = await inTransaction(
      req,
      async () => {
        const files = await storeApplicantFiles(req, { portrait, letter })
        return payload.create({
          collection: 'accreditation-requests',
          overrideAccess: false,
          req,
          data: {
            ...requestData(input, files.portrait!, files.letter!),
            ...(nominatedFor ? { event: nominatedFor.event as number } : {}),
          },
        })
      },
      removeStoredFiles([portrait, letter]),
    )
    return answer(payload, doc, 'created', req)
  } catch (error) {
    const fields = failedFields(error)
    if (fields.includes('idempotencyKey')) {
      const first = await findExisting(payload, 'idempotencyKey', input.idempotencyKey)
      if (first) return answer(payload, first, 'replayed')
    }
    if (fields.includes('identityKey')) {
      const first = await findExisting(
        payload,
        'identityKey',
        identityKey(input.idType, input.idNumber),
      )
      if (first) await remindOnce(payload, first)
      return { outcome: 'duplicate' }
    }
    throw error
  }
}

const requestData = (input: ApplicationInput, portrait: number, letter: number) => ({
  status: 'submitted' as const,
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
  doc: Pick<AccreditationRequest, 'id' | 'referenceCode'>,
  outcome: 'created' | 'replayed',
  req?: PayloadRequest,
): Promise<SubmitApplicationResult> => ({
  outcome,
  id: doc.id,
  referenceCode: doc.referenceCode ?? '',
  statusToken: await statusTokenFor(payload, doc.id, req),
})

/** The fields of a Payload validation error, e.g. ['identityKey'] for a unique-index clash. */
export function failedFields(error: unknown): string[] {
  const data = (error as { data?: { errors?: { path?: string }[] } }).data
  return data?.errors?.map((e) => e.path ?? '') ?? []
}

/**
 * A lookup by a key only the sender of that form or the holder of that ID number can name.
 * It runs with access overridden because no visitor owns the row yet; nothing found here is
 * shown to the visitor except, for their own replayed form, the reference and status link.
 */
async function findExisting(
  payload: Payload,
  field: 'idempotencyKey' | 'identityKey',
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
  // Its own transaction: the duplicate's was rolled back at the unique index.
  await queueApplicantEmail(await createLocalReq({}, payload), doc, 'reminder-link').catch(
    (error: unknown) =>
      payload.logger.error({ err: error, request: doc.id }, 'could not queue the reminder e-mail'),
  )
}
