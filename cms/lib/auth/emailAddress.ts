/** Whether a sign-in or reset form's address looks like an e-mail address at all (shape only, at most 254 characters). */
export const looksLikeEmailAddress = (value: string): boolean =>
  value.length <= 254 && /^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/.test(value)
