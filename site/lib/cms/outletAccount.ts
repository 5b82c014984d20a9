import { requestPasswordReset as requestPasswordResetOperation } from '~/cms/auth/operations/requestPasswordReset'
import { setPasswordFromLink } from '~/cms/auth/operations/setPassword'
import { applyForOutletManager } from '~/cms/nominations/operations/applyForOutletManager'
import type { OutletManager } from '~/cms/payload-types'
import type { Locale } from '../i18n/locales'
import { prepareUpload } from './files'
import { attempt, type OutletOutcome, requestFor } from './outletRequest'
import { payloadClient } from './payload'
import { accountFromToken, type Caller, type Session, signIn, signOut } from './sessions'

/** The outlet area's session cookie (a Payload JWT of the `outlet-managers` collection). */
export const OUTLET_COOKIE = 'portal_outlet'

export const signInManager = (email: string, password: string, caller?: Caller) =>
  signIn('outlet-managers', email, password, caller)
export const signOutManager = (token: string | undefined) => signOut('outlet-managers', token)

/** The approved media manager behind a session token, or nobody. */
export async function managerFromToken(token: string | undefined): Promise<OutletManager | null> {
  const manager = await accountFromToken('outlet-managers', token)
  return manager?.approved ? manager : null
}

export async function setManagerPassword(
  linkToken: string,
  password: string,
): Promise<Session | null> {
  const outcome = await setPasswordFromLink(
    await payloadClient(),
    { token: linkToken, password },
    'outlet-managers',
  )
  return outcome.ok ? { token: outcome.token, expiresAt: outcome.expiresAt } : null
}

export async function requestManagerPasswordReset(
  email: string,
  caller: Caller = {},
): Promise<boolean> {
  try {
    await requestPasswordResetOperation(
      await requestFor(null, caller.language ?? 'vi', caller.client),
      {
        collection: 'outlet-managers',
        email,
      },
    )
    return true
  } catch {
    return false
  }
}

/** The site's application for a media manager account (with the outlet's letter). */
export async function applyForManagerFromForm(
  form: FormData,
  locale: Locale,
): Promise<OutletOutcome> {
  const letter = await prepareUpload(form.get('letter'), 'letter')
  if (!letter.ok)
    return {
      ok: false,
      status: 400,
      message:
        locale === 'en'
          ? 'Attach the outlet’s letter (PDF or image).'
          : 'Hãy đính kèm công văn của cơ quan (PDF hoặc ảnh).',
    }
  return attempt(async () => {
    await applyForOutletManager(await requestFor(null, locale), {
      name: String(form.get('name') ?? ''),
      email: String(form.get('email') ?? ''),
      phone: String(form.get('phone') ?? ''),
      outlet: String(form.get('outlet') ?? ''),
      language: locale,
      letter: letter.file,
    })
    return null
  })
}
