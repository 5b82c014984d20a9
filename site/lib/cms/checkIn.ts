import { eventDays } from '../../../cms/lib/accreditation/eventDays'
import { loadPassKeys } from '../../../cms/passKeys'
import type { ApplicantFile, User } from '../../../cms/payload-types'
import { recordScan, reentryZones, type Scan, type ScanResult } from '../../../cms/services/checkIn'
import { applicantFilePath } from './accreditationStatus'
import { type MediaFile, openFile } from './media'
import { payloadClient } from './payload'

export type { Scan, ScanResult }

/** One scan at the door, recorded for this staff member. */
export async function scanPass(staff: User, scan: Scan): Promise<ScanResult> {
  return recordScan(await payloadClient(), staff, scan)
}

/** The congress days, for choosing the check-in list. */
export async function checkInDays(): Promise<string[]> {
  const payload = await payloadClient()
  const event = await payload.findGlobal({ slug: 'event', depth: 0, overrideAccess: false, user: null })
  return event.startDate && event.endDate ? eventDays(event.startDate, event.endDate) : []
}

/** The holder's portrait for a visual match at the door, read with the staff member's own access. */
export async function passPortrait(staff: User, passId: string): Promise<MediaFile | null> {
  if (!/^[0-9a-f]{1,24}$/.test(passId)) return null
  const payload = await payloadClient()
  // Check-in staff may not read applications; the door needs only this one photo of a pass holder.
  const pass = await payload.findByID({ collection: 'passes', id: passId, depth: 0, overrideAccess: true, disableErrors: true }).catch(() => null)
  if (!pass || !staff.roles?.some((r) => r === 'checkin-staff' || r === 'admin')) return null
  const request = await payload.findByID({ collection: 'accreditation-requests', id: pass.request as number, depth: 1, overrideAccess: true })
  const file = request.portrait as ApplicantFile | null
  return file?.filename ? openFile(applicantFilePath(file.filename), 'image/jpeg') : null
}

export type OfflineCheckInData = {
  publicKeyPem: string
  passes: { id: string; version: number; revoked: boolean }[]
  admissions: string[]
  /** Zones whose lists admit a pass again the same day. */
  reentryZones: string[]
}

/** The revocation list and admissions a scanner phone caches to keep working through a network loss. */
export async function offlineCheckInData(): Promise<OfflineCheckInData> {
  const payload = await payloadClient()
  const [passes, admissions, reentry] = await Promise.all([
    payload.find({ collection: 'passes', pagination: false, depth: 0, overrideAccess: true, select: { version: true, status: true } }),
    payload.find({ collection: 'check-ins', where: { admissionKey: { exists: true } }, pagination: false, depth: 0, overrideAccess: true, select: { admissionKey: true } }),
    reentryZones(payload),
  ])
  return {
    publicKeyPem: loadPassKeys().publicKeyPem,
    passes: passes.docs.map((pass) => ({ id: String(pass.id), version: pass.version, revoked: pass.status === 'revoked' })),
    admissions: admissions.docs.map((doc) => doc.admissionKey ?? '').filter(Boolean),
    reentryZones: reentry,
  }
}
