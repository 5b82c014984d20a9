import type { User } from '../../../cms/payload-types'
import { accountFromToken, type Session, signIn } from './sessions'

export const STAFF_COOKIE = 'portal_staff'

/** Signs a staff member in with their admin account; null for any failure (same answer for all). */
export const signInStaff = (email: string, password: string): Promise<Session | null> => signIn('users', email, password)

/** The staff member behind a session token. */
export const staffFromToken = (token: string | undefined): Promise<User | null> => accountFromToken('users', token)
