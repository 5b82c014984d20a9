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

/**
 * A pass as the offline scanner knows it: its serial (named in the QR code), number (typed by
 * hand), version, status, days and zones.
 */
export type OfflinePass = {
  serial: string
  passNumber?: string
  version: number
  revoked: boolean
  days?: string[]
  zones?: string[]
}

/**
 * What a scanner phone caches to keep working through a network loss, for one list's event only.
 * No names, no photos.
 */
export type OfflineCheckInData = {
  publicKeyPem: string
  /** The list's event (its id), null when the door has no list today. */
  event: string | null
  /** The first event: QR codes signed before passes named their event belong to it. */
  firstEvent: string | null
  /** The event's pass number prefix (HB in HB-0042). */
  passPrefix: string | null
  /** The list's day. */
  day: string
  passes: OfflinePass[]
  /** Admission keys (see admissionKey) already used on lists that do not admit twice. */
  admissions: string[]
  /** When each of those admissions happened (admission key → ISO time), for "already checked in at…". */
  admittedAt?: Record<string, string>
  /** Zones whose lists admit a pass again the same day. */
  reentryZones: string[]
}

/** The admission that makes a second scan "already checked in": when, and on which list. */
export type EarlierAdmission = { at: string; day: string; zone: string }

const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})
const calendar = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/**
 * When an earlier admission happened, as the door says it: "08:15" on the scanning day, "08:15
 * 01/12/2026" on another (24 hours, Vietnam time). Browser-safe, like the rest of this file.
 */
export function admittedWhen(at: string | Date, today: string): string {
  const moment = typeof at === 'string' ? new Date(at) : at
  const time = clock.format(moment)
  const day = calendar.format(moment)
  return day === today ? time : `${time} ${day.split('-').reverse().join('/')}`
}
