/** What is wrong with a new press-area password, or null. Length is what counts (NIST 800-63B). */
export type PasswordProblem = 'password_short' | 'password_long' | 'password_mismatch'

export const PASSWORD_MIN = 10
export const PASSWORD_MAX = 200

export function newPasswordProblem(password: string, confirmation: string): PasswordProblem | null {
  const length = [...password].length
  if (length < PASSWORD_MIN) return 'password_short'
  if (length > PASSWORD_MAX) return 'password_long'
  if (password !== confirmation) return 'password_mismatch'
  return null
}
