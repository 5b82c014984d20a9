import { createLocalReq, executeAuthStrategies } from 'payload'

import { signIn as signInOperation } from '~/cms/auth/operations/signIn'
import { signOut as signOutOperation } from '~/cms/auth/operations/signOut'
import type { AuthRequestContext } from '~/cms/auth/request'
import { sessionEndsAt } from '~/cms/lib/auth/sessionLifetimes'
import type { Journalist, OutletManager, User } from '~/cms/payload-types'
import { payloadClient } from './payload'

/** A signed-in session: the Payload JWT and when it ends. */
export type Session = { token: string; expiresAt: Date }

/** Who is asking: the visitor's address (for the per-client brake) and language (for messages). */
export type Caller = { client?: string; language?: 'vi' | 'en' }

type Account = { users: User; journalists: Journalist; 'outlet-managers': OutletManager }

/** Signs in to one auth collection through the sign-in operation; null for any failure (the same answer for every cause). */
export async function signIn(
  collection: keyof Account,
  email: string,
  password: string,
  caller: Caller = {},
): Promise<Session | null> {
  const payload = await payloadClient()
  const context: AuthRequestContext = { clientKey: caller.client, language: caller.language }
  try {
    const req = await createLocalReq({ context }, payload)
    const result = await signInOperation(req, { collection, email, password })
    return { token: result.token, expiresAt: sessionEndsAt(collection, result.exp) }
  } catch {
    return null
  }
}

/** Ends the session behind a token on the server (not just the cookie): a copy of it stops working. */
export async function signOut(collection: keyof Account, token: string | undefined): Promise<void> {
  const payload = await payloadClient()
  try {
    await signOutOperation(payload, { collection, token })
  } catch (error) {
    payload.logger.warn({ err: error }, 'sign-out failed')
  }
}

/** The account of one auth collection behind a session token, checked by Payload (signature, expiry, account, session). */
export async function accountFromToken<C extends keyof Account>(
  collection: C,
  token: string | undefined,
): Promise<Account[C] | null> {
  if (!token) return null
  const payload = await payloadClient()
  try {
    // Payload's strategies only: `payload.auth` would also work out the account's permissions on
    // every collection, which no caller here reads (a twentieth of a door scan's time went to it).
    const { user } = await executeAuthStrategies({
      headers: new Headers({ Authorization: `JWT ${token}` }),
      payload,
      canSetHeaders: false,
    })
    return user?.collection === collection ? (user as unknown as Account[C]) : null
  } catch {
    return null
  }
}
