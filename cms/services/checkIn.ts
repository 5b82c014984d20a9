import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest, type Where } from 'payload'

import { checkInVerdict, type Verdict } from '../lib/passes/checkInVerdict'
import { verifyPassToken } from '../lib/passes/passToken'
import type { Zone } from '../lib/passes/zones'
import { hasRole } from '../lib/roles'
import { loadPassKeys } from '../passKeys'
import type { AccreditationRequest, Outlet, User } from '../payload-types'

export type Scan = {
  /** The QR token, or a pass number typed by hand (P-0042). */
  code: string
  day: string
  zone: Zone
  /** Set by a phone that scanned while offline and syncs later: the scan's own time and id. */
  scannedAt?: string
  scanId?: string
  offline?: boolean
}

export type ScanResult = {
  verdict: Verdict
  passNumber: string | null
  /** Shown to check-in staff for a visual match; never to anyone else. */
  holder: { name: string; outlet: string; role: string; passId: number | string } | null
  replayed: boolean
  /** Admitted again on a list that allows re-entry (the pass was already checked in today). */
  reentry: boolean
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

const PASS_NUMBER = /^P-\d{4,}$/i

/**
 * One scan at the door: checks the code (signature or pass number), the pass's current version
 * and status, the day and zone, and whether it was already admitted on this list; logs the scan
 * whatever the verdict. Only check-in staff and admins may scan.
 */
export async function recordScan(payload: Payload, staff: User, scan: Scan): Promise<ScanResult> {
  if (!hasRole(staff, 'checkin-staff', 'admin')) throw Object.assign(new Error('Only check-in staff can record check-ins.'), { status: 403 })
  if (scan.scanId) {
    const { docs } = await payload.find({ collection: 'check-ins', where: { scanId: { equals: scan.scanId } }, limit: 1, depth: 0, overrideAccess: true })
    if (docs[0]) return { verdict: docs[0].verdict, passNumber: docs[0].passNumber ?? null, holder: null, replayed: true, reentry: false }
  }
  const allowReentry = (await reentryZones(payload)).includes(scan.zone)

  const code = scan.code.trim()
  const byNumber = PASS_NUMBER.test(code)
  const token = byNumber ? null : verifyPassToken(loadPassKeys().publicKey, code)
  const where: Where | null = byNumber ? { passNumber: { equals: code.toUpperCase() } } : token?.ok ? { id: { equals: token.claims.p } } : null
  const pass = where ? (await payload.find({ collection: 'passes', where, limit: 1, depth: 0, overrideAccess: true })).docs[0] : undefined
  // A number typed by hand stands for the pass as it is now: same checks, current version.
  const claims = byNumber && pass ? { ok: true as const, claims: { p: String(pass.id), v: pass.version, d: pass.days ?? [], z: pass.zones ?? [] } } : token

  const decide = (alreadyCheckedIn: boolean) =>
    checkInVerdict({
      token: claims ?? { ok: false, problem: 'malformed' },
      pass: pass ? { version: pass.version, revoked: pass.status === 'revoked' } : null,
      list: { day: scan.day, zone: scan.zone, allowReentry },
      alreadyCheckedIn,
    })
  const record = (req: PayloadRequest, verdict: Verdict) =>
    payload.create({
      collection: 'check-ins',
      overrideAccess: true,
      req,
      data: {
        pass: pass?.id,
        passNumber: pass?.passNumber ?? (byNumber ? code.toUpperCase() : null),
        day: scan.day,
        zone: scan.zone,
        verdict,
        staff: staff.id,
        scannedAt: scan.scannedAt ?? new Date().toISOString(),
        offline: Boolean(scan.offline),
        scanId: scan.scanId,
        admissionKey: verdict === 'valid' && !allowReentry && pass ? `${pass.id}:${scan.day}:${scan.zone}` : null,
      },
    })

  // The look-up and the log entry share one transaction, and an admission is unique in the
  // database: two phones scanning the same pass at the same moment admit it once.
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  let verdict: Verdict
  let already = false
  try {
    already = pass
      ? (await payload.count({ collection: 'check-ins', where: { and: [{ pass: { equals: pass.id } }, { day: { equals: scan.day } }, { zone: { equals: scan.zone } }, { verdict: { equals: 'valid' } }] }, overrideAccess: true, req })).totalDocs > 0
      : false
    verdict = decide(already)
    await record(req, verdict)
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    if (!(error as { data?: { errors?: { path?: string }[] } }).data?.errors?.some((e) => e.path === 'admissionKey')) throw error
    verdict = 'already-checked-in'
    const retry = await createLocalReq({}, payload)
    await record(retry, verdict)
  }

  let holder: ScanResult['holder'] = null
  if (pass) {
    const request = (await payload.findByID({ collection: 'accreditation-requests', id: pass.request as number, depth: 1, overrideAccess: true })) as AccreditationRequest
    holder = { name: request.fullName, outlet: (request.outlet as Outlet | null)?.name ?? request.outletOther ?? '', role: request.role, passId: pass.id }
  }
  return { verdict, passNumber: pass?.passNumber ?? null, holder, replayed: false, reentry: verdict === 'valid' && already }
}
