/**
 * How long a sign-in and a password link last: one place, read by the auth collections (Payload's
 * `tokenExpiration`, the session stored on the account) and by the site (cookie expiry).
 */
export const STAFF_SESSION_SECONDS = 8 * 60 * 60
export const PRESS_SESSION_SECONDS = 12 * 60 * 60

/** The set-password link in the approval e-mail (and one staff send again while it is valid). */
export const SET_PASSWORD_LINK_MS = 14 * 24 * 60 * 60 * 1000
/** A link asked for with "forgot password". */
export const RESET_PASSWORD_LINK_MS = 60 * 60 * 1000

/** Staff, press accounts and outlets' media managers (who, like the press, work only on the site). */
export type AuthCollection = 'users' | 'journalists' | 'outlet-managers'

export const sessionSeconds = (collection: AuthCollection): number =>
  collection === 'users' ? STAFF_SESSION_SECONDS : PRESS_SESSION_SECONDS

/** When a session that starts now ends: the JWT's `exp` when there is one, else the lifetime. */
export function sessionEndsAt(
  collection: AuthCollection,
  exp: number | null | undefined,
  now = Date.now(),
): Date {
  return new Date(
    typeof exp === 'number' && exp > 0 ? exp * 1000 : now + sessionSeconds(collection) * 1000,
  )
}
