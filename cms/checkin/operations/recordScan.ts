import { createLocalReq, type Payload, type PayloadRequest, type Where } from 'payload'
import { extractID } from 'payload/shared'

import { inTransaction } from '~/cms/db/inTransaction'
import { outletDisplayName } from '~/cms/lib/accreditation/outletName'
import { admissionKey, type EarlierAdmission } from '~/cms/lib/passes/admission'
import { checkInVerdict, type SessionAtDoor, type Verdict } from '~/cms/lib/passes/checkInVerdict'
import { verifyPassToken } from '~/cms/lib/passes/passToken'
import { signPortraitToken } from '~/cms/lib/passes/portraitToken'
import { readTypedPassNumber } from '~/cms/lib/passes/passNumber'
import type { Zone } from '~/cms/lib/passes/zones'
import type { PressAccess } from '~/cms/lib/schedule/sessionTypes'
import { canCheckIn } from '~/cms/lib/roles'
import { now } from '~/cms/lib/time'
import { loadPassKeys } from '~/cms/passKeys'
import { passRefusal } from '~/cms/passes/refusals'
import type { AccreditationRequest, Pass } from '~/cms/payload-types'
import { resolveList } from '../checkInList'

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

let knownRules: { zones: Zone[]; until: number } | null = null

/** Called when the press office saves the rules: this process reads them afresh (others within 5 s). */
export const forgetCheckInRules = (): void => {
  knownRules = null
}

/**
 * The zones whose lists admit a pass again the same day (the press office's check-in rules). Kept
 * for 5 s: the rules change once or twice an event, a door scan happens several times a second.
 */
export async function reentryZones(payload: Payload): Promise<Zone[]> {
  if (knownRules && knownRules.until > Date.now()) return knownRules.zones
  const rules = await payload.findGlobal({ slug: 'check-in-rules', depth: 0, overrideAccess: true })
  knownRules = { zones: (rules.reentryZones ?? []) as Zone[], until: Date.now() + 5000 }
  return knownRules.zones
}

const clashOn = (error: unknown, field: string) =>
  Boolean(
    (error as { data?: { errors?: { path?: string }[] } }).data?.errors?.some(
      (e) => e.path === field,
    ),
  )

/** A signed pass code (cms/lib/passes/passToken: "P1.<claims>.<signature>"), not something typed. */
const looksLikeToken = (code: string) => /^P1\.[\w-]+\.[\w-]+$/.test(code)

const idOf = (ref: Pass['event']): string | null =>
  ref == null ? null : String(typeof ref === 'object' ? ref.id : ref)

/**
 * One scan at the door, by the staff member in `req.user`, on one list (an event's day and zone):
 * checks the code (signature or pass number), the pass's event, current version and status, the
 * day and zone, and whether it was already admitted on this list; logs the scan whatever the
 * verdict, with the list's event. Only check-in staff and admins may scan, and only today's lists
 * unless an admin opened another day's on purpose (openCheckInList). A pass of another event is
 * refused ("wrong-event") and its holder is not shown. The pass is found by the serial its QR code
 * names, and admissions are keyed on that serial.
 *
 * Runs in its own transaction (not the caller's): when two phones admit the same pass at the same
 * moment, the loser's transaction is rolled back and the scan logged again as "already checked in".
 */
export async function recordScan(req: PayloadRequest, scan: Scan): Promise<ScanResult> {
  const { payload, user: staff } = req
  if (!canCheckIn(staff) || !staff) throw passRefusal(req, 'not-checkin-staff')
  if (scan.scanId) {
    const { docs } = await payload.find({
      collection: 'check-ins',
      where: { scanId: { equals: scan.scanId } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (docs[0])
      return {
        verdict: docs[0].verdict,
        passNumber: docs[0].passNumber ?? null,
        holder: null,
        portraitToken: null,
        replayed: true,
        reentry: false,
        earlier: null,
        session: null,
      }
  }
  const list = await resolveList(req, scan)
  const listEvent = String(list.event.id)
  const allowReentry = (await reentryZones(payload)).includes(scan.zone)

  const code = scan.code.trim()
  const typed = readTypedPassNumber(code, list.event.passPrefix)
  const byNumber = typed !== null
  const token = byNumber ? null : verifyPassToken(loadPassKeys().publicKey, code)
  const where: Where | null = typed
    ? { passNumber: { equals: typed.passNumber } }
    : token?.ok
      ? { serial: { equals: token.claims.p } }
      : null
  // Two events may share a pass prefix: a number typed by hand is this event's pass if it has one.
  const found = where
    ? (
        await payload.find({
          collection: 'passes',
          where,
          limit: 10,
          depth: 0,
          overrideAccess: true,
        })
      ).docs
    : []
  const pass = found.find((p) => idOf(p.event) === listEvent) ?? found[0]
  const serial = pass?.serial ?? null
  const passEvent = pass ? idOf(pass.event) : null
  // A number typed by hand stands for the pass as it is now: same checks, current version, its event.
  const claims =
    byNumber && pass && serial
      ? {
          ok: true as const,
          claims: {
            p: serial,
            v: pass.version,
            d: pass.days ?? [],
            z: pass.zones ?? [],
            e: passEvent ?? undefined,
          },
        }
      : token

  // A per-session list: the session's access as stored now (resolveList read it for this scan), and
  // for a pool-only session whether this pass is in its pool.
  const session = list.session
  const sessionId = session ? String(session.id) : null
  const inPool =
    session?.pressAccess === 'pool' && pass
      ? (
          await payload.count({
            collection: 'pool-members',
            where: {
              and: [{ session: { equals: session.id } }, { pass: { equals: pass.id } }],
            },
            overrideAccess: true,
          })
        ).totalDocs > 0
      : false
  const atDoor: SessionAtDoor = session ? { access: session.pressAccess, inPool } : null

  const decide = (alreadyCheckedIn: boolean) =>
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
    })
  const record = (req: PayloadRequest, verdict: Verdict) =>
    payload.create({
      collection: 'check-ins',
      overrideAccess: true,
      req,
      data: {
        event: list.event.id,
        pass: pass?.id,
        passSerial: serial,
        passNumber: pass?.passNumber ?? typed?.passNumber ?? null,
        // What staff typed, as typed (a signed QR code is not typing): the log shows what was tried.
        typed: looksLikeToken(code) ? null : code.slice(0, 100),
        day: scan.day,
        zone: scan.zone,
        // Left out (not null) on a whole day's list, as admissionKey below.
        ...(session ? { session: session.id } : {}),
        verdict,
        staff: staff.id as number,
        scannedAt: scan.scannedAt ?? now().toISOString(),
        offline: Boolean(scan.offline),
        scanId: scan.scanId,
        // Only an admission has a key: refused scans and re-entries leave it out (not null), as
        // MongoDB's sparse unique index would count every null as the same key.
        ...(verdict === 'valid' && !allowReentry && serial
          ? { admissionKey: admissionKey(serial, scan.day, scan.zone, sessionId) }
          : {}),
      },
    })

  // The look-up and the log entry share one transaction, and an admission is unique in the
  // database: two phones scanning the same pass at the same moment admit it once.
  let verdict: Verdict
  let already = false
  let earlier: EarlierAdmission | null = null
  const findEarlier = async (req: PayloadRequest) => {
    if (!serial) return null
    const { docs } = await payload.find({
      collection: 'check-ins',
      where: {
        and: [
          { passSerial: { equals: serial } },
          { day: { equals: scan.day } },
          { zone: { equals: scan.zone } },
          // A per-session list counts its own admissions; the whole day's list those without a session.
          session
            ? { session: { equals: session.id } }
            : { or: [{ session: { exists: false } }, { session: { equals: null } }] },
          { verdict: { equals: 'valid' } },
        ],
      },
      sort: 'scannedAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
      select: { scannedAt: true, day: true, zone: true },
    })
    return docs[0] ? { at: docs[0].scannedAt, day: docs[0].day, zone: docs[0].zone } : null
  }
  try {
    verdict = await inTransaction(await createLocalReq({ user: staff }, payload), async (req) => {
      earlier = await findEarlier(req)
      already = earlier !== null
      const decided = decide(already)
      await record(req, decided)
      return decided
    })
  } catch (error) {
    if (!clashOn(error, 'admissionKey')) throw error
    verdict = 'already-checked-in'
    const req = await createLocalReq({ user: staff }, payload)
    earlier = await findEarlier(req)
    await record(req, verdict)
  }

  // The door of another event learns nothing about the holder: not their name, not their portrait.
  const ownEvent = verdict !== 'wrong-event'
  let holder: ScanResult['holder'] = null
  if (pass && ownEvent) {
    const request = (await payload.findByID({
      collection: 'accreditation-requests',
      id: extractID(pass.request),
      depth: 1,
      overrideAccess: true,
    })) as AccreditationRequest
    holder = { name: request.fullName, outlet: outletDisplayName(request), role: request.role }
  }
  const portraitToken =
    pass && serial && pass.status === 'active' && ownEvent
      ? signPortraitToken(payload.secret, { serial, staffId: staff.id })
      : null
  return {
    verdict,
    passNumber: ownEvent ? (pass?.passNumber ?? null) : null,
    holder,
    portraitToken,
    replayed: false,
    reentry: verdict === 'valid' && already,
    earlier: verdict === 'already-checked-in' ? earlier : null,
    session: session && sessionId ? { id: sessionId, access: session.pressAccess } : null,
  }
}
