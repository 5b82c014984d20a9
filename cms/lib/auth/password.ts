/**
 * The password rule for every account (staff and press), on every door: REST, admin, site, Local
 * API. Length is what counts (NIST 800-63B, OWASP ASVS 5.0 V6.2): 10 to 200 characters, counted
 * as characters, not bytes.
 */
export type PasswordProblem = 'password_short' | 'password_long' | 'password_mismatch'

export const PASSWORD_MIN = 10
export const PASSWORD_MAX = 200

/** What is wrong with a password being set, or null. */
export function passwordProblem(
  password: unknown,
): Exclude<PasswordProblem, 'password_mismatch'> | null {
  const length = typeof password === 'string' ? [...password].length : 0
  if (length < PASSWORD_MIN) return 'password_short'
  if (length > PASSWORD_MAX) return 'password_long'
  return null
}

/** A new password typed twice on a form. */
export function newPasswordProblem(password: string, confirmation: string): PasswordProblem | null {
  return passwordProblem(password) ?? (password !== confirmation ? 'password_mismatch' : null)
}

const MESSAGES: Record<
  Exclude<PasswordProblem, 'password_mismatch'>,
  { vi: string; en: string }
> = {
  password_short: {
    vi: `Mật khẩu phải có ít nhất ${PASSWORD_MIN} ký tự.`,
    en: `The password must have at least ${PASSWORD_MIN} characters.`,
  },
  password_long: {
    vi: `Mật khẩu không được dài quá ${PASSWORD_MAX} ký tự.`,
    en: `The password must have at most ${PASSWORD_MAX} characters.`,
  },
}

export const passwordProblemMessage = (
  problem: Exclude<PasswordProblem, 'password_mismatch'>,
  language: string | undefined,
): string => MESSAGES[problem][language === 'en' ? 'en' : 'vi']
