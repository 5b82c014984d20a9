/**
 * Identity documents. A Vietnamese citizen ID (CCCD) has 12 digits: a 3-digit province code,
 * one digit for sex and century, the last two digits of the birth year, then 6 digits — so it
 * can be checked against the date of birth. A Vietnamese passport is one letter and 7 digits;
 * foreign passports vary.
 */
export type IdType = 'cccd' | 'passport'

export type IdProblem = 'cccd_format' | 'cccd_birth_year' | 'passport_format'

export function normaliseIdNumber(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s.-]/g, '')
    .toUpperCase()
}

export function checkIdNumber(
  idType: IdType,
  raw: string,
  options: { nationality: string; dateOfBirth?: string | null },
): IdProblem | null {
  const id = normaliseIdNumber(raw)
  if (idType === 'cccd') {
    if (!/^\d{12}$/.test(id)) return 'cccd_format'
    const birth = options.dateOfBirth ? /^(\d{4})-\d{2}-\d{2}/.exec(options.dateOfBirth) : null
    if (birth) {
      const year = Number(birth[1])
      const centuryDigit = Number(id[3])
      const century = Math.floor(centuryDigit / 2) // 0–1: 1900s, 2–3: 2000s, 4–5: 2100s …
      if (
        1900 + century * 100 !== Math.floor(year / 100) * 100 ||
        id.slice(4, 6) !== String(year % 100).padStart(2, '0')
      ) {
        return 'cccd_birth_year'
      }
    }
    return null
  }
  if (options.nationality === 'VN') return /^[A-Z]\d{7}$/.test(id) ? null : 'passport_format'
  return /^[A-Z0-9]{5,15}$/.test(id) ? null : 'passport_format'
}

/** The key that makes "one application per person": same document, same number. */
export const identityKey = (idType: IdType, raw: string): string =>
  `${idType}:${normaliseIdNumber(raw)}`

/**
 * "One application per person and event": the person's key within one event, so a returning
 * journalist can apply to the next event while a second form for the same event still clashes
 * at the unique index. Rows written before events existed keep the bare person key.
 */
export const applicationKey = (eventId: number | string, idType: IdType, raw: string): string =>
  `${String(eventId)}/${identityKey(idType, raw)}`
