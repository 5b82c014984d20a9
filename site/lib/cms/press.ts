import { randomBytes } from 'node:crypto'

import { createLocalReq, type PayloadRequest } from 'payload'

import { formToObject } from '~/cms/lib/accreditation/applicationSchema'
import {
  applyFromProfile as applyOperation,
  type ApplyFromProfileErrors,
} from '~/cms/profile/operations/applyFromProfile'
import { exportPersonalData } from '~/cms/profile/operations/exportPersonalData'
import { requestDataDeletion } from '~/cms/profile/operations/requestDataDeletion'
import { setKeepProfile } from '~/cms/profile/operations/setKeepProfile'
import { setReleaseEmails } from '~/cms/profile/operations/setReleaseEmails'
import { pressOverview, type PressOverview } from '~/cms/profile/pressOverview'
import type { Journalist } from '~/cms/payload-types'
import type { Locale } from '../i18n/locales'
import { prepareUpload } from './files'
import { payloadClient } from './payload'

export type { OpenEvent, PressOverview, Accreditation } from '~/cms/profile/pressOverview'

/** The request of a signed-in journalist: their own account as the caller, their language for refusals. */
async function journalistRequest(journalist: Journalist, locale: Locale): Promise<PayloadRequest> {
  return createLocalReq(
    { user: { ...journalist, collection: 'journalists' }, context: { language: locale } },
    await payloadClient(),
  )
}

/** A refusal the page shows as it is (a 4xx with a sentence in the journalist's language). */
const refusal = (error: unknown): { status: number; message: string } | null => {
  const { status, message } = error as { status?: number; message?: string }
  return status && status >= 400 && status < 500 ? { status, message: message ?? '' } : null
}

/** What /press/ shows the signed-in journalist (their profile, accreditations, events open to them). */
export async function getPressOverview(
  journalist: Journalist,
  locale: Locale,
): Promise<PressOverview> {
  return pressOverview(await journalistRequest(journalist, locale), locale)
}

/** A fresh key for the one-screen form: sending it twice makes one application. */
export const newFormKey = (): string => randomBytes(18).toString('base64url')

export type ApplyFromProfileOutcome =
  | { ok: true; referenceCode: string; statusToken: string }
  | { ok: false; status: number; errors: ApplyFromProfileErrors; message?: string }

/** The one-screen application from /press/: the form translated to applyFromProfile, files judged by their bytes. */
export async function applyFromProfile(
  journalist: Journalist,
  eventId: string,
  form: FormData,
  locale: Locale,
): Promise<ApplyFromProfileOutcome> {
  const values = formToObject(form) as Record<string, string | string[] | undefined>
  const text = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined)
  const errors: ApplyFromProfileErrors = {}
  const upload = async (name: 'portrait' | 'letter') => {
    const entry = form.get(name)
    if (!entry || typeof entry === 'string' || entry.size === 0) return undefined
    const prepared = await prepareUpload(entry, name)
    if (!prepared.ok) errors[name] = prepared.code
    return prepared.ok ? prepared.file : undefined
  }
  const [portrait, letter] = await Promise.all([upload('portrait'), upload('letter')])
  if (Object.keys(errors).length) return { ok: false, status: 400, errors }
  try {
    const result = await applyOperation(await journalistRequest(journalist, locale), {
      event: eventId,
      profile: {
        fullName: text('fullName'),
        dateOfBirth: text('dateOfBirth'),
        nationality: text('nationality'),
        pressCardNumber: text('pressCardNumber'),
        outlet: text('outlet'),
        outletOther: text('outletOther'),
        role: text('role'),
        phone: text('phone'),
        equipment: text('equipment'),
        language: locale,
      },
      days: (values.days as string[] | undefined) ?? [],
      rulesVersion: text('rulesVersion') ?? '',
      acceptRules: text('acceptRules'),
      consentData: text('consentData'),
      idempotencyKey: text('idempotencyKey') ?? '',
      idExpiresAt: text('idExpiresAt'),
      portrait,
      letter,
    })
    if (result.outcome === 'invalid') return { ok: false, status: 400, errors: result.errors }
    return { ok: true, referenceCode: result.referenceCode, statusToken: result.statusToken }
  } catch (error) {
    const refused = refusal(error)
    if (!refused) throw error
    return { ok: false, status: refused.status, errors: {}, message: refused.message }
  }
}

/** Everything held about the journalist, as one JSON file to download. */
export async function downloadMyData(
  journalist: Journalist,
  locale: Locale,
): Promise<{ filename: string; json: string }> {
  return exportPersonalData(await journalistRequest(journalist, locale))
}

/** The journalist asks for deletion; the office answers within the deadline. */
export async function askForDeletion(
  journalist: Journalist,
  locale: Locale,
): Promise<{ ok: true; deadline: string } | { ok: false; status: number; message: string }> {
  try {
    const { deadline } = await requestDataDeletion(await journalistRequest(journalist, locale))
    return { ok: true, deadline }
  } catch (error) {
    const refused = refusal(error)
    if (!refused) throw error
    return { ok: false, ...refused }
  }
}

/** The journalist's answer to "keep my profile for later events". */
export async function answerKeepProfile(
  journalist: Journalist,
  keep: boolean,
  locale: Locale,
): Promise<void> {
  await setKeepProfile(await journalistRequest(journalist, locale), { keep })
}

/** The journalist's answer to "press releases by e-mail" (embargoed ones ahead of their time). */
export async function answerReleaseEmails(
  journalist: Journalist,
  receive: boolean,
  locale: Locale,
): Promise<void> {
  await setReleaseEmails(await journalistRequest(journalist, locale), { receive })
}
