/**
 * The door's shared vocabulary, used by the server and by the offline scanner in the browser (so
 * nothing here may import Node modules).
 */

/**
 * One admission on one check-in list (day and zone). Keyed on the pass's random serial, never on
 * its row id: a pass issued after another was deleted can never inherit its admissions.
 */
export const admissionKey = (serial: string, day: string, zone: string): string =>
  `${serial}:${day}:${zone}`

/** A pass as the offline scanner knows it: its serial (named in the QR code), version and status. */
export type OfflinePass = { serial: string; version: number; revoked: boolean }

/** What a scanner phone caches to keep working through a network loss. No names, no photos. */
export type OfflineCheckInData = {
  publicKeyPem: string
  passes: OfflinePass[]
  /** Admission keys (see admissionKey) already used on lists that do not admit twice. */
  admissions: string[]
  /** Zones whose lists admit a pass again the same day. */
  reentryZones: string[]
}
