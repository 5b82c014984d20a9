import type { User } from '../../../cms/payload-types'
import { payloadClient } from './payload'

export const STAFF_COOKIE = 'portal_staff'

/** Signs a staff member in with their admin account; null for any failure (same answer for all). */
export async function signInStaff(email: string, password: string): Promise<{ token: string; expiresAt: Date } | null> {
  const payload = await payloadClient()
  try {
    const result = await payload.login({ collection: 'users', data: { email, password } })
    if (!result.token) return null
    return { token: result.token, expiresAt: new Date((result.exp ?? Date.now() / 1000 + 8 * 3600) * 1000) }
  } catch {
    return null
  }
}

/** The staff member behind a session token, checked by Payload (signature, expiry, account). */
export async function staffFromToken(token: string | undefined): Promise<User | null> {
  if (!token) return null
  const payload = await payloadClient()
  try {
    const { user } = await payload.auth({ headers: new Headers({ Authorization: `JWT ${token}` }) })
    return user?.collection === 'users' ? (user as User) : null
  } catch {
    return null
  }
}
