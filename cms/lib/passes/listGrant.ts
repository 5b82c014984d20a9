import { purposeMac, sameSignature } from '../signing'

/**
 * An admin's deliberate opening of another day's check-in list (a rehearsal, a late re-scan):
 * given by openCheckInList after it has written the access log, bound to that admin, that event and
 * that day, valid for twelve hours. recordScan admits scans on a day that is not today only with
 * one. Format: `<event id>.<day>.<staff id>.<expiry, epoch s>.<HMAC-SHA256>`.
 */
export const LIST_GRANT_SECONDS = 12 * 3600

const mac = (secret: string, body: string) => purposeMac(secret, 'checkin-list-grant')(body)

export function signListGrant(
  secret: string,
  grant: { event: number | string; day: string; staffId: number | string },
  now = Date.now(),
): string {
  const body = `${grant.event}.${grant.day}.${grant.staffId}.${Math.floor(now / 1000) + LIST_GRANT_SECONDS}`
  return `${body}.${mac(secret, body)}`
}

/** Whether a genuine, unexpired grant opens this event's list on this day to this staff member. */
export function verifyListGrant(
  secret: string,
  token: string | undefined | null,
  expected: { event: number | string; day: string; staffId: number | string },
  now = Date.now(),
): boolean {
  if (typeof token !== 'string' || token.length > 200) return false
  const match =
    /^([A-Za-z0-9_-]{1,40})\.(\d{4}-\d{2}-\d{2})\.([0-9a-f]{1,24})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(
      token,
    )
  if (!match) return false
  const [, event, day, staff, expiry, signature] = match as unknown as string[]
  if (!sameSignature(mac(secret, `${event}.${day}.${staff}.${expiry}`), signature!)) return false
  return (
    event === String(expected.event) &&
    day === expected.day &&
    staff === String(expected.staffId) &&
    Number(expiry) * 1000 >= now
  )
}
