/**
 * The door's shared vocabulary, used by the server and by the offline scanner in the browser (so
 * nothing here may import Node modules).
 */

/**
 * One admission on one check-in list (day and zone, and the session of a per-session list). Keyed
 * on the pass's random serial, never on its row id: a pass issued after another was deleted can
 * never inherit its admissions. A whole day's list keeps its key of before sessions.
 */
export const admissionKey = (
  serial: string,
  day: string,
  zone: string,
  session?: string | number | null,
): string => `${serial}:${day}:${zone}${session != null && session !== '' ? `:s${session}` : ''}`

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
  /**
   * The event's sessions of the day (per-session lists): each one's press access as last known and
   * its pool's pass serials, so that an offline scan decides as the server would. Refreshed every
   * few seconds from /checkin/session-access while the network holds.
   */
  sessions?: OfflineSession[]
}

/** A session of the list's day as the offline scanner keeps it. */
export type OfflineSession = {
  id: string
  title: string
  startsAt: string
  endsAt: string
  access: 'open' | 'pool' | 'closed'
  accessChangedAt: string | null
  /** The serials of the passes in its press pool. */
  pool: string[]
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
