import type { Payload } from 'payload'

import { newPasswordProblem, type PasswordProblem } from '~/cms/lib/auth/password'
import { type AuthCollection, sessionEndsAt } from '~/cms/lib/auth/sessionLifetimes'

export type SetPasswordOutcome =
  | { ok: true; token: string; expiresAt: Date }
  | { ok: false; problem: PasswordProblem | 'link_invalid' }

/**
 * A journalist (or an outlet's media manager) sets their password from a one-time link (welcome or reset) and is signed in. The
 * rule (10–200 characters) is checked here for the form's message, and again by the collection
 * for every other door.
 */
export async function setPasswordFromLink(
  payload: Payload,
  input: { token: string; password: string; confirmation?: string },
  collection: Exclude<AuthCollection, 'users'> = 'journalists',
): Promise<SetPasswordOutcome> {
  const problem = newPasswordProblem(input.password, input.confirmation ?? input.password)
  if (problem) return { ok: false, problem }
  if (!input.token) return { ok: false, problem: 'link_invalid' }
  try {
    const result = await payload.resetPassword({
      collection,
      data: { token: input.token, password: input.password },
      overrideAccess: true,
    })
    const id = (result.user as { id?: number | string } | undefined)?.id
    if (id !== undefined)
      await payload.update({
        collection,
        id,
        data: { passwordSet: true },
        overrideAccess: true,
      })
    if (!result.token) return { ok: false, problem: 'link_invalid' }
    const exp = (
      JSON.parse(Buffer.from(result.token.split('.')[1] ?? '', 'base64url').toString() || '{}') as {
        exp?: number
      }
    ).exp
    return { ok: true, token: result.token, expiresAt: sessionEndsAt(collection, exp) }
  } catch {
    return { ok: false, problem: 'link_invalid' }
  }
}
