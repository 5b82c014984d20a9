import { randomBytes } from 'node:crypto'

/**
 * A pass's serial: 16 random bytes, base64url (22 characters). It names the pass in its QR code
 * and in its admissions; unlike a row id it is never given to another pass, even after a delete.
 */
export const newPassSerial = (): string => randomBytes(16).toString('base64url')

export const isPassSerial = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{22}$/.test(value)
