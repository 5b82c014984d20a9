import type { Journalist, User } from '../../../cms/payload-types'
import { payloadClient } from './payload'

/** A signed-in session: the Payload JWT and when it ends. */
export type Session = { token: string; expiresAt: Date }

type Account = { users: User; journalists: Journalist }

/** Signs in to one auth collection; null for any failure (the same answer for every cause). */
export async function signIn(collection: keyof Account, email: string, password: string): Promise<Session | null> {
  const payload = await payloadClient()
  try {
    const result = await payload.login({ collection, data: { email, password } })
    if (!result.token) return null
    return { token: result.token, expiresAt: new Date((result.exp ?? Date.now() / 1000 + 8 * 3600) * 1000) }
  } catch {
    return null
  }
}

/** The account of one auth collection behind a session token, checked by Payload (signature, expiry, account). */
export async function accountFromToken<C extends keyof Account>(collection: C, token: string | undefined): Promise<Account[C] | null> {
  if (!token) return null
  const payload = await payloadClient()
  try {
    const { user } = await payload.auth({ headers: new Headers({ Authorization: `JWT ${token}` }) })
    return user?.collection === collection ? (user as unknown as Account[C]) : null
  } catch {
    return null
  }
}
