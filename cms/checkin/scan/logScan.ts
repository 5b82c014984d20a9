import { createLocalReq, type Payload, type PayloadRequest, type TypedUser } from 'payload'

import { inTransaction } from '~/cms/db/inTransaction'
import { admissionKey, type EarlierAdmission } from '~/cms/lib/passes/admission'
import type { Verdict } from '~/cms/lib/passes/checkInVerdict'
import type { Zone } from '~/cms/lib/passes/zones'
import { now } from '~/cms/lib/time'

/** One scan as the log keeps it (the check-ins collection), whatever the verdict. */
export type ScanEntry = {
  event: number | string
  pass: number | string | null
  serial: string | null
  passNumber: string | null
  /** What staff typed by hand, as typed; null for a signed QR code. */
  typed: string | null
  day: string
  zone: Zone
  /** A per-session list's session; null for a whole day's list. */
  session: number | string | null
  scannedAt?: string
  scanId?: string
  offline?: boolean
  /** Whether the list admits a pass again the same day (then an admission has no unique key). */
  allowReentry: boolean
}

const clashOn = (error: unknown, field: string) =>
  Boolean(
    (error as { data?: { errors?: { path?: string }[] } }).data?.errors?.some(
      (e) => e.path === field,
    ),
  )

/** The pass's first admission on this list (day, zone and session), or null. */
async function findEarlierAdmission(
  req: PayloadRequest,
  entry: ScanEntry,
): Promise<EarlierAdmission | null> {
  if (!entry.serial) return null
  const { docs } = await req.payload.find({
    collection: 'check-ins',
    where: {
      and: [
        { passSerial: { equals: entry.serial } },
        { day: { equals: entry.day } },
        { zone: { equals: entry.zone } },
        // A per-session list counts its own admissions; the whole day's list those without a session.
        entry.session != null
          ? { session: { equals: entry.session } }
          : { or: [{ session: { exists: false } }, { session: { equals: null } }] },
        { verdict: { equals: 'valid' } },
      ],
    },
    sort: 'scannedAt',
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { scannedAt: true, day: true, zone: true },
  })
  return docs[0] ? { at: docs[0].scannedAt, day: docs[0].day, zone: docs[0].zone } : null
}

/** Writes one log entry; read back: its id and verdict only (no relation populated). */
function writeEntry(req: PayloadRequest, entry: ScanEntry, verdict: Verdict, staff: TypedUser) {
  return req.payload.create({
    collection: 'check-ins',
    overrideAccess: true,
    req,
    depth: 0,
    select: { verdict: true },
    data: {
      event: entry.event as number,
      pass: (entry.pass ?? undefined) as number | undefined,
      passSerial: entry.serial,
      passNumber: entry.passNumber,
      typed: entry.typed,
      day: entry.day,
      zone: entry.zone,
      // Left out (not null) on a whole day's list, as admissionKey below.
      ...(entry.session != null ? { session: entry.session as number } : {}),
      verdict,
      staff: staff.id as number,
      scannedAt: entry.scannedAt ?? now().toISOString(),
      offline: Boolean(entry.offline),
      scanId: entry.scanId,
      // Only an admission has a key: refused scans and re-entries leave it out (not null), as
      // MongoDB's sparse unique index would count every null as the same key.
      ...(verdict === 'valid' && !entry.allowReentry && entry.serial
        ? {
            admissionKey: admissionKey(
              entry.serial,
              entry.day,
              entry.zone,
              entry.session != null ? String(entry.session) : null,
            ),
          }
        : {}),
    },
  })
}

/**
 * Decides and logs one scan in one short write transaction: the pass's earlier admission on this
 * list is read, `decide` gives the verdict, and the entry (with its admission key when it admits)
 * is written. The admission key is unique in the database: when two phones admit the same pass at
 * the same moment, the loser's transaction is rolled back and its scan logged again as "already
 * checked in".
 */
export async function logScan(
  payload: Payload,
  staff: TypedUser,
  entry: ScanEntry,
  decide: (alreadyCheckedIn: boolean) => Verdict,
): Promise<{ verdict: Verdict; earlier: EarlierAdmission | null }> {
  let earlier: EarlierAdmission | null = null
  try {
    const verdict = await inTransaction(
      await createLocalReq({ user: staff }, payload),
      async (req) => {
        earlier = await findEarlierAdmission(req, entry)
        const decided = decide(earlier !== null)
        await writeEntry(req, entry, decided, staff)
        return decided
      },
    )
    return { verdict, earlier }
  } catch (error) {
    if (!clashOn(error, 'admissionKey')) throw error
    const req = await createLocalReq({ user: staff }, payload)
    earlier = await findEarlierAdmission(req, entry)
    await writeEntry(req, entry, 'already-checked-in', staff)
    return { verdict: 'already-checked-in', earlier }
  }
}
