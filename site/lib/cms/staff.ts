import type { User } from '~/cms/payload-types'
import { accountFromToken, type Caller, type Session, signIn, signOut } from './sessions'

export const STAFF_COOKIE = 'portal_staff'

/** Signs a staff member in with their admin account; null for any failure (same answer for all). */
export const signInStaff = (
  email: string,
  password: string,
  caller?: Caller,
): Promise<Session | null> => signIn('users', email, password, caller)

/** Ends a door phone's session on the server. */
export const signOutStaff = (token: string | undefined): Promise<void> => signOut('users', token)

/** The staff member behind a session token. */
export const staffFromToken = (token: string | undefined): Promise<User | null> =>
  accountFromToken('users', token)
