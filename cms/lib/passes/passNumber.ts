import { passNumberFor } from './zones'

/**
 * A pass number typed by hand at the door, read the way staff type it: any case, with or without
 * the dash (or a space), with or without leading zeros, and the bare number when the list's event
 * prefix is implied: for an event numbered "P", `p17`, `P0017`, `p 0017`, `P-17` and `0017` are all
 * P-0017. Another event's prefix is read too ("HB 42" is HB-0042) so the door can say whose it is.
 * Returns null for what is not a pass number (a QR code's token, a typo with letters in the number).
 *
 * Pure and free of Node modules: the server (recordScan) and the offline scanner in the browser
 * call this same function. It is the one place the door's pass-number rule lives.
 */
export function readTypedPassNumber(
  typed: string,
  eventPrefix?: string | null,
): { passNumber: string; prefix: string; sequence: number } | null {
  const text = typed.normalize('NFKC').trim().toUpperCase()
  if (!text || text.length > 24) return null
  const compact = text.replace(SEPARATORS, '')
  const prefix = eventPrefix?.toUpperCase() || null
  const make = (prefix: string, digits: string) => {
    const sequence = Number.parseInt(digits, 10)
    return sequence > 0 ? { passNumber: passNumberFor(prefix, sequence), prefix, sequence } : null
  }
  // The list's own prefix, which may end in a digit (DH1: "dh10017" is DH1-0017).
  if (prefix && compact.startsWith(prefix) && DIGITS.test(compact.slice(prefix.length)))
    return make(prefix, compact.slice(prefix.length))
  // The bare number: the list's event is implied.
  if (DIGITS.test(compact)) return prefix ? make(prefix, compact) : null
  // Another prefix, separated from the number ("DH1-17", "hb 0042")…
  const separated = /^([A-Z0-9]{1,8})[\s\-‐‑–—_.]+(\d{1,7})$/.exec(text)
  if (separated) return make(separated[1]!, separated[2]!)
  // …or joined to it when the prefix is letters only ("hb42").
  const joined = /^([A-Z]{1,8})(\d{1,7})$/.exec(compact)
  return joined ? make(joined[1]!, joined[2]!) : null
}

const SEPARATORS = /[\s\-‐‑–—_.]+/g
const DIGITS = /^\d{1,7}$/
