import { z } from 'zod'

import { isRealDate } from '../time'
import { checkIdNumber } from './identity'
import { ROLES } from './quota'

/**
 * The accreditation form, checked by the same rules in the browser (as the reporter types) and
 * on the server (whatever arrives). Messages are codes; the site turns them into sentences in
 * the visitor's language. Files are judged separately, by their bytes.
 */
export const NATIONALITIES = [
  'VN',
  'LA',
  'KH',
  'CN',
  'JP',
  'KR',
  'TH',
  'SG',
  'MY',
  'ID',
  'PH',
  'IN',
  'AU',
  'US',
  'GB',
  'FR',
  'DE',
  'RU',
  'OTHER',
] as const

export type FormContext = { days: readonly string[]; outletIds: readonly string[]; today: string }

/**
 * Characters no honest form field contains: control characters (tab and line breaks aside),
 * direction overrides that make text display differently from what is stored (Trojan Source),
 * and the replacement character left by bytes that were not UTF-8.
 */
const UNSAFE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFD\uFEFF]/u
export const isSafeText = (value: string): boolean => !UNSAFE.test(value)

/** Free text: trimmed, in Unicode NFC (Vietnamese typed on some phones arrives decomposed), safe. */
const text = (max: number, code: string) =>
  z
    .string({ error: code })
    .trim()
    .normalize('NFC')
    .refine(isSafeText, 'bad_characters')
    .max(max, code)
const ticked = (code: string) => z.literal('on', { error: code })

function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number]
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number]
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0)
}

export function applicationSchema(context: FormContext) {
  return z
    .object({
      fullName: text(100, 'full_name')
        .min(2, 'full_name')
        .regex(/^[\p{L}\p{M}][\p{L}\p{M} .'-]*$/u, 'full_name'),
      dateOfBirth: z
        .string({ error: 'dob_format' })
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'dob_format')
        .refine(isRealDate, 'dob_format')
        .refine((value) => value <= context.today, 'dob_future')
        .refine(
          (value) => ageOn(value, context.today) >= 16 && ageOn(value, context.today) <= 100,
          'dob_age',
        ),
      nationality: z.enum(NATIONALITIES, { error: 'nationality' }),
      idType: z.enum(['cccd', 'passport'], { error: 'id_type' }),
      idNumber: text(20, 'id_number').min(1, 'id_number'),
      pressCardNumber: text(20, 'press_card')
        .regex(/^[A-Za-z0-9/ -]*$/, 'press_card')
        .optional()
        .default(''),
      outlet: z
        .string({ error: 'outlet' })
        .refine((id) => id === 'other' || context.outletIds.includes(id), 'outlet'),
      outletOther: text(150, 'outlet_other').optional().default(''),
      role: z.enum(ROLES, { error: 'role' }),
      days: z
        .array(z.string(), { error: 'days' })
        .min(1, 'days')
        .refine(
          (days) =>
            days.every((day) => context.days.includes(day)) && new Set(days).size === days.length,
          'days',
        ),
      email: z.email({ error: 'email' }).max(254, 'email'),
      phone: z
        .string({ error: 'phone' })
        .trim()
        .regex(/^\+?[0-9 ().-]{8,20}$/, 'phone'),
      equipment: text(500, 'equipment').optional().default(''),
      language: z.enum(['vi', 'en']).default('vi'),
      rulesVersion: text(20, 'accept_rules').min(1, 'accept_rules'),
      acceptRules: ticked('accept_rules'),
      consentData: ticked('consent_data'),
      // Asked for beforehand: if the outlet's quota for the role is full, join the waiting list.
      joinWaitingList: z
        .literal('on', { error: 'join_waiting_list' })
        .optional()
        .transform((value) => value === 'on'),
      idempotencyKey: z
        .string({ error: 'form_expired' })
        .regex(/^[A-Za-z0-9_-]{16,64}$/, 'form_expired'),
    })
    .superRefine(
      (form, issues) => {
        // Runs even when other fields failed, so every problem is shown at once; fields may be raw here.
        const raw = form as Partial<Record<string, unknown>>
        if (
          (raw.idType === 'cccd' || raw.idType === 'passport') &&
          typeof raw.idNumber === 'string' &&
          raw.idNumber.trim()
        ) {
          const dateOfBirth =
            typeof raw.dateOfBirth === 'string' && isRealDate(raw.dateOfBirth)
              ? raw.dateOfBirth
              : null
          const problem = checkIdNumber(raw.idType, raw.idNumber, {
            nationality: String(raw.nationality ?? 'VN'),
            dateOfBirth,
          })
          if (problem) issues.addIssue({ code: 'custom', path: ['idNumber'], message: problem })
        }
        if (
          raw.outlet === 'other' &&
          (typeof raw.outletOther !== 'string' || raw.outletOther.trim().length < 2)
        ) {
          issues.addIssue({ code: 'custom', path: ['outletOther'], message: 'outlet_other' })
        }
      },
      { when: () => true },
    )
}

export type ApplicationInput = z.infer<ReturnType<typeof applicationSchema>>
export type FieldErrors = Partial<
  Record<keyof ApplicationInput | 'portrait' | 'letter' | 'form', string>
>

/** The first problem of each field, as `{ field: code }`. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form')
    errors[field] ??= issue.message
  }
  return errors as FieldErrors
}

/** A form's fields as the schema expects them: repeated names (days) become arrays. */
export function formToObject(form: FormData | URLSearchParams): Record<string, unknown> {
  const object: Record<string, unknown> = {}
  for (const [key, value] of form.entries()) {
    if (typeof value !== 'string') continue
    if (key === 'days') object.days = [...((object.days as string[] | undefined) ?? []), value]
    else object[key] = value
  }
  object.days ??= []
  return object
}

/** The applicant's reply to a request for more information: a message, and corrections if any. */
export const answerSchema = z.object({
  answer: text(1000, 'answer').min(2, 'answer'),
  email: z
    .union([z.literal(''), z.email({ error: 'email' }).max(254, 'email')])
    .optional()
    .default(''),
  phone: z
    .union([
      z.literal(''),
      z
        .string()
        .trim()
        .regex(/^\+?[0-9 ().-]{8,20}$/, 'phone'),
    ])
    .optional()
    .default(''),
  pressCardNumber: text(20, 'press_card')
    .regex(/^[A-Za-z0-9/ -]*$/, 'press_card')
    .optional()
    .default(''),
})
