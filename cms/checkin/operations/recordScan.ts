import type { PayloadRequest } from 'payload'

import type { EarlierAdmission } from '~/cms/lib/passes/admission'
import { checkInVerdict, type Verdict } from '~/cms/lib/passes/checkInVerdict'
import { signPortraitToken } from '~/cms/lib/passes/portraitToken'
import type { Zone } from '~/cms/lib/passes/zones'
import type { PressAccess } from '~/cms/lib/schedule/sessionTypes'
import { canCheckIn } from '~/cms/lib/roles'
import { passRefusal } from '~/cms/passes/refusals'
import { resolveList } from '../checkInList'
import { reentryZones } from '../checkInRules'
import { findScannedPass } from '../scan/findScannedPass'
import { holderAtDoor } from '../scan/holderAtDoor'
import { logScan } from '../scan/logScan'
import { findReplayedScan } from '../scan/replayedScan'
import { sessionAtDoor } from '../scan/sessionAtDoor'

export type Scan = {
  /**
   * The QR token, or a pass number typed by hand in any of the forms readTypedPassNumber reads
   * (HB-0042, hb42, 0042 for the list's own event…).
   */
  code: string
  /** The list's event (its id); when absent, the event with a list on `day` (the featured first). */
  event?: number | string | null
  day: string
  zone: Zone
  /** An admin's grant to scan another day's list (openCheckInList); today needs none. */
  grant?: string | null
  /** Set by a phone that scanned while offline and syncs later: the scan's own time and id. */
  scannedAt?: string
  scanId?: string
  offline?: boolean
  /**
   * A per-session list's session (its id: one of the programme's sessions of the list's event and
   * day); none for the whole day's list. Its press access applies as it is at the scan.
   */
  session?: number | string | null
}

export type ScanResult = {
  verdict: Verdict
  passNumber: string | null
  /** Shown to check-in staff for a visual match; never to anyone else. */
  holder: { name: string; outlet: string; role: string } | null
  /**
   * Lets this staff member open this holder's portrait for two minutes (see viewPassPortrait);
   * null when there is no pass or it is revoked.
   */
  portraitToken: string | null
  replayed: boolean
  /** Admitted again on a list that allows re-entry (the pass was already checked in today). */
  reentry: boolean
  /** For "already checked in": when the pass was admitted on this list, and the list (day, zone). */
  earlier: EarlierAdmission | null
  /** A per-session list's session and its press access as the door applied it. */
  session: { id: string; access: PressAccess } | null
}

/** A signed pass code (cms/lib/passes/passToken: "P1.<claims>.<signature>"), not something typed. */
const looksLikeToken = (code: string) => /^P1\.[\w-]+\.[\w-]+$/.test(code)

const replayed = (earlier: { verdict: Verdict; passNumber: string | null }): ScanResult => ({
  ...earlier,
  holder: null,
  portraitToken: null,
  replayed: true,
  reentry: false,
  earlier: null,
  session: null,
})

/**
 * One scan at the door, by the staff member in `req.user`, on one list (an event's day and zone):
 * checks the code (signature or pass number), the pass's event, current version and status, the
 * day and zone, the session's access now on a per-session list, and whether the pass was already
 * admitted on this list; logs the scan whatever the verdict, with the list's event. Only check-in
 * staff and admins may scan, and only today's lists unless an admin opened another day's on purpose
 * (openCheckInList). A pass of another event is refused ("wrong-event") and its holder is not shown.
 * The pass is found by the serial its QR code names, and admissions are keyed on that serial.
 *
 * The reads are narrowed (only the fields the door uses, nothing populated) and the write is one
 * short transaction of its own (logScan): when two phones admit the same pass at the same moment,
 * one is admitted and the other logged as "already checked in".
 */
export async function recordScan(req: PayloadRequest, scan: Scan): Promise<ScanResult> {
  const { payload, user: staff } = req
  if (!canCheckIn(staff) || !staff) throw passRefusal(req, 'not-checkin-staff')
  const earlierScan = await findReplayedScan(payload, scan.scanId)
  if (earlierScan) return replayed(earlierScan)

  const list = await resolveList(req, scan)
  const listEvent = String(list.event.id)
  const allowReentry = (await reentryZones(payload)).includes(scan.zone)
  const code = scan.code.trim()
  const { pass, serial, passEvent, typedNumber, claims } = await findScannedPass(payload, code, {
    event: listEvent,
    passPrefix: list.event.passPrefix,
  })
  const session = list.session
  const atDoor = await sessionAtDoor(payload, session, pass)

  const { verdict, earlier } = await logScan(
    payload,
    staff,
    {
      event: list.event.id,
      pass: pass?.id ?? null,
      serial,
      passNumber: pass?.passNumber ?? typedNumber,
      // What staff typed, as typed (a signed QR code is not typing): the log shows what was tried.
      typed: looksLikeToken(code) ? null : code.slice(0, 100),
      day: scan.day,
      zone: scan.zone,
      session: session?.id ?? null,
      scannedAt: scan.scannedAt,
      scanId: scan.scanId,
      offline: scan.offline,
      allowReentry,
    },
    (alreadyCheckedIn) =>
      checkInVerdict({
        token: claims ?? { ok: false, problem: 'malformed' },
        pass:
          pass && serial
            ? { version: pass.version, revoked: pass.status === 'revoked', event: passEvent }
            : null,
        list: {
          event: listEvent,
          firstEvent: list.firstEvent,
          day: scan.day,
          zone: scan.zone,
          allowReentry,
        },
        alreadyCheckedIn,
        session: atDoor,
      }),
  )

  // The door of another event learns nothing about the holder: not their name, not their portrait.
  const ownEvent = verdict !== 'wrong-event'
  return {
    verdict,
    passNumber: ownEvent ? (pass?.passNumber ?? null) : null,
    holder: pass && ownEvent ? await holderAtDoor(payload, pass) : null,
    portraitToken:
      pass && serial && pass.status === 'active' && ownEvent
        ? signPortraitToken(payload.secret, { serial, staffId: staff.id })
        : null,
    replayed: false,
    reentry: verdict === 'valid' && earlier !== null,
    earlier: verdict === 'already-checked-in' ? earlier : null,
    session: session ? { id: String(session.id), access: session.pressAccess } : null,
  }
}
