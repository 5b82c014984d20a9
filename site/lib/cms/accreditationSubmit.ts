import { createLocalReq, type Payload } from 'payload'

import { queueApplicantEmail } from '../../../cms/collections/AccreditationRequests/hooks/notifyApplicant'
import { applicationSchema, type ApplicationInput, type FieldErrors, fieldErrors, formToObject } from '../../../cms/lib/accreditation/applicationSchema'
import { identityKey } from '../../../cms/lib/accreditation/identity'
import { createStatusToken } from '../../../cms/lib/accreditation/statusToken'
import { localDate } from '../../../cms/lib/time'
import { getEnv } from '../../../cms/env'
import type { Locale } from '../i18n/locales'
import { getApplicationFormOptions } from './accreditationForm'
import { type PreparedFile, prepareUpload } from './files'
import { payloadClient } from './payload'
import { failedFields, grantFiles, inApplicantTransaction } from './transaction'

export type SubmitOutcome =
  | { ok: true; referenceCode: string; statusToken: string; replayed: boolean }
  | { ok: false; status: 400 | 409 | 413; errors: FieldErrors; values: Record<string, unknown> }

/**
 * An application from the site's form: checked by the shared rules, files judged and normalised,
 * then files and request written in one transaction. A replayed form (double click, retry) gets
 * the first result back; a second application for the same ID number creates nothing and the
 * status link of the first is e-mailed again to the address it gave.
 */
export async function submitApplication(form: FormData, locale: Locale, now = new Date()): Promise<SubmitOutcome> {
  const options = await getApplicationFormOptions(locale)
  const values = formToObject(form)
  const parsed = applicationSchema({ days: options.days, outletIds: options.outlets.map((o) => o.id), today: localDate(now) }).safeParse(values)
  const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error)

  const [portrait, letter] = await Promise.all([prepareUpload(form.get('portrait'), 'portrait'), prepareUpload(form.get('letter'), 'letter')])
  if (!portrait.ok) errors.portrait = portrait.code
  if (!letter.ok) errors.letter = letter.code
  if (!parsed.success || !portrait.ok || !letter.ok) {
    const tooLarge = errors.portrait === 'too_large' || errors.letter === 'too_large'
    return { ok: false, status: tooLarge ? 413 : 400, errors, values }
  }

  const payload = await payloadClient()
  const input = parsed.data
  const earlier = await findExisting(payload, { idempotencyKey: input.idempotencyKey })
  if (earlier) return replayed(earlier)

  try {
    const doc = await createRequest(payload, input, portrait.file, letter.file)
    return { ok: true, referenceCode: doc.referenceCode ?? '', statusToken: createStatusToken(getEnv().PAYLOAD_SECRET, doc.id), replayed: false }
  } catch (error) {
    const fields = failedFields(error)
    if (fields.includes('idempotencyKey')) {
      const first = await findExisting(payload, { idempotencyKey: input.idempotencyKey })
      if (first) return replayed(first)
    }
    if (fields.includes('identityKey')) {
      const first = await findExisting(payload, { identityKey: identityKey(input.idType, input.idNumber) })
      if (first) await remindOnce(payload, first)
      return { ok: false, status: 409, errors: { idNumber: 'duplicate' }, values }
    }
    throw error
  }
}

async function createRequest(payload: Payload, input: ApplicationInput, portrait: PreparedFile, letter: PreparedFile) {
  const context = { applicant: { submitting: true, idempotencyKey: input.idempotencyKey } }
  return inApplicantTransaction(payload, context, [portrait, letter], async (req) => {
    const access = { overrideAccess: false, req } as const
    const [portraitDoc, letterDoc] = [
      await payload.create({ collection: 'applicant-files', data: { kind: 'portrait' }, file: portrait, ...access }),
      await payload.create({ collection: 'applicant-files', data: { kind: 'letter' }, file: letter, ...access }),
    ]
    // The request may point only at files the applicant can read: the two just made.
    grantFiles(req, [portraitDoc.id, letterDoc.id])
    return payload.create({
      collection: 'accreditation-requests',
      ...access,
      data: {
        status: 'submitted',
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
        portrait: portraitDoc.id,
        letter: letterDoc.id,
      },
    })
  })
}

type Existing = { id: number | string; referenceCode?: string | null }

/**
 * A lookup by a key only the sender of that form or the holder of that ID number can name.
 * It runs with access overridden because no visitor owns the row yet; nothing found here is
 * shown to the visitor except, for their own replayed form, the reference and status link.
 */
async function findExisting(payload: Payload, where: { idempotencyKey: string } | { identityKey: string }) {
  const field = Object.keys(where)[0] as 'idempotencyKey' | 'identityKey'
  const { docs } = await payload.find({ collection: 'accreditation-requests', where: { [field]: { equals: Object.values(where)[0] } }, limit: 1, depth: 0, overrideAccess: true })
  return docs[0] ?? null
}

const replayed = (doc: Existing): SubmitOutcome => ({ ok: true, referenceCode: doc.referenceCode ?? '', statusToken: createStatusToken(getEnv().PAYLOAD_SECRET, doc.id), replayed: true })

const lastReminder = new Map<string, number>()
const REMINDER_GAP_MS = 10 * 60 * 1000

/** At most one reminder e-mail per request every ten minutes, whoever keeps re-applying. */
async function remindOnce(payload: Payload, doc: Parameters<typeof queueApplicantEmail>[1]) {
  const key = String(doc.id)
  const last = lastReminder.get(key) ?? 0
  if (Date.now() - last < REMINDER_GAP_MS) return
  lastReminder.set(key, Date.now())
  await queueApplicantEmail(await createLocalReq({}, payload), doc, 'reminder-link').catch((error: unknown) => payload.logger.error({ err: error, request: doc.id }, 'could not queue the reminder e-mail'))
}
