import { purposeMac, sameSignature } from '../signing'

/**
 * The door's permission to see one holder's portrait: given with a scan's answer, bound to the
 * staff member who scanned and to the pass's serial, valid for two minutes. Without one the
 * portrait route answers 404. Format: `<serial>.<staff id>.<expiry, epoch s>.<HMAC-SHA256>`.
 */
export const PORTRAIT_TOKEN_SECONDS = 120

const mac = (secret: string, body: string) => purposeMac(secret, 'checkin-portrait-token')(body)

export function signPortraitToken(
  secret: string,
  grant: { serial: string; staffId: number | string },
  now = Date.now(),
): string {
  const body = `${grant.serial}.${grant.staffId}.${Math.floor(now / 1000) + PORTRAIT_TOKEN_SECONDS}`
  return `${body}.${mac(secret, body)}`
}

/** The pass serial a genuine, unexpired token grants this staff member; null for anything else. */
export function verifyPortraitToken(
  secret: string,
  token: string,
  staffId: number | string,
  now = Date.now(),
): string | null {
  if (typeof token !== 'string' || token.length > 200) return null
  const match = /^([A-Za-z0-9_-]{22})\.([0-9a-f]{1,24})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(
    token,
  )
  if (!match) return null
  const [, serial, staff, expiry, signature] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
  ]
  if (!sameSignature(mac(secret, `${serial}.${staff}.${expiry}`), signature)) return null
  if (staff !== String(staffId) || Number(expiry) * 1000 < now) return null
  return serial
}
