import { createLocalReq } from 'payload'

import {
  refusalOf,
  submitApplication as submit,
} from '~/cms/accreditation/operations/submitApplication'
import {
  applicationSchema,
  type FieldErrors,
  fieldErrors,
  formToObject,
} from '~/cms/lib/accreditation/applicationSchema'
import { localDate } from '~/cms/lib/time'
import type { Locale } from '../i18n/locales'
import { getApplicationFormOptions } from './accreditationForm'
import { prepareUpload } from './files'
import { payloadClient } from './payload'

/**
 * `received`: the form was accepted. A new application, a replayed form (double click, retry) and
 * a second application for an ID number that has applied already all look the same to the
 * visitor (nothing tells a stranger that an ID number has applied); only a new or replayed one
 * carries a status token, which the page does not show (it goes by e-mail to the applicant).
 */
export type SubmitOutcome =
  | { ok: true; referenceCode: string; statusToken: string; replayed: boolean; duplicate: false }
  | { ok: true; referenceCode: ''; statusToken: ''; replayed: false; duplicate: true }
  | {
      ok: false
      status: 400 | 404 | 409 | 413
      errors: FieldErrors & { joinWaitingList?: string }
      values: Record<string, unknown>
    }

/**
 * An accepted form is answered no sooner than this after it arrived. A duplicate stops at the
 * database's unique index and skips the commit, the audit entry and the e-mail of a new
 * application (about 40 ms less on this machine); the floor keeps that difference out of the
 * answer's timing, so the time does not tell a stranger more than the answer does.
 */
const ACCEPTED_ANSWER_FLOOR_MS = 500

/** The form's answer to each refusal of the rules of a new request (cms/accreditation/requestRules.ts). */
const REFUSALS: Record<string, { status: 400 | 404 | 409; field: string; code: string }> = {
  'days-not-offered': { status: 400, field: 'days', code: 'days' },
  'rules-version': { status: 400, field: 'acceptRules', code: 'rules_version' },
  'quota-full': { status: 409, field: 'joinWaitingList', code: 'quota_full' },
  'no-event': { status: 404, field: 'form', code: 'event_unknown' },
}
const refusalAnswer = (refusal: string | null) =>
  refusal?.startsWith('event-')
    ? { status: 409 as const, field: 'form', code: 'event_closed' }
    : refusal
      ? REFUSALS[refusal]
      : undefined

/**
 * An application from the site's form, to the event it names (hidden field `event`, a slug; the
 * featured event when there is none): checked by the shared rules, files judged and normalised,
 * then the submit operation, which applies every rule of a new request again.
 */
export async function submitApplication(
  form: FormData,
  locale: Locale,
  now = new Date(),
): Promise<SubmitOutcome> {
  const started = performance.now()
  const values = formToObject(form)
  const slug = typeof values.event === 'string' && values.event ? values.event : null
  const options = await getApplicationFormOptions(locale, slug)
  if (!options) return { ok: false, status: 404, errors: { form: 'event_unknown' }, values }
  if (!options.window.open)
    return { ok: false, status: 409, errors: { form: 'event_closed' }, values }
  const parsed = applicationSchema({
    days: options.days,
    outletIds: options.outlets.map((o) => o.id),
    today: localDate(now),
  }).safeParse(values)
  const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error)

  const [portrait, letter] = await Promise.all([
    prepareUpload(form.get('portrait'), 'portrait'),
    prepareUpload(form.get('letter'), 'letter'),
  ])
  if (!portrait.ok) errors.portrait = portrait.code
  if (!letter.ok) errors.letter = letter.code
  if (!parsed.success || !portrait.ok || !letter.ok) {
    const tooLarge = errors.portrait === 'too_large' || errors.letter === 'too_large'
    return { ok: false, status: tooLarge ? 413 : 400, errors, values }
  }

  const payload = await payloadClient()
  const req = await createLocalReq(
    { context: { applicant: { submitting: true, idempotencyKey: parsed.data.idempotencyKey } } },
    payload,
  )
  let result: Awaited<ReturnType<typeof submit>>
  try {
    result = await submit(req, {
      eventId: options.eventId,
      application: parsed.data,
      portrait: portrait.file,
      letter: letter.file,
    })
  } catch (error) {
    const refused = refusalAnswer(refusalOf(error))
    if (!refused) throw error
    return { ok: false, status: refused.status, errors: { [refused.field]: refused.code }, values }
  }
  await new Promise((resolve) =>
    setTimeout(resolve, Math.max(0, ACCEPTED_ANSWER_FLOOR_MS - (performance.now() - started))),
  )
  if (result.outcome === 'duplicate')
    return { ok: true, referenceCode: '', statusToken: '', replayed: false, duplicate: true }
  return {
    ok: true,
    referenceCode: result.referenceCode,
    statusToken: result.statusToken,
    replayed: result.outcome === 'replayed',
    duplicate: false,
  }
}
