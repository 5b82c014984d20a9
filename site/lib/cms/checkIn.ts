import { createLocalReq } from 'payload'

import { readOfflineData } from '~/cms/checkin/operations/readOfflineData'
import { recordScan, type Scan, type ScanResult } from '~/cms/checkin/operations/recordScan'
import { viewPassPortrait } from '~/cms/checkin/operations/viewPassPortrait'
import { eventDays } from '~/cms/lib/accreditation/eventDays'
import type { OfflineCheckInData } from '~/cms/lib/passes/admission'
import type { User } from '~/cms/payload-types'
import { applicantFilePath } from './accreditationStatus'
import { type MediaFile, openFile } from './media'
import { getFeaturedEvent } from './events'
import { payloadClient } from './payload'

export type { OfflineCheckInData, Scan, ScanResult }

const asStaff = async (staff: User) => createLocalReq({ user: staff }, await payloadClient())

/** One scan at the door, recorded for this staff member. */
export async function scanPass(staff: User, scan: Scan): Promise<ScanResult> {
  return recordScan(await asStaff(staff), scan)
}

/** The congress days, for choosing the check-in list. */
export async function checkInDays(): Promise<string[]> {
  const event = await getFeaturedEvent('vi')
  return event ? eventDays(event.startDate, event.endDate) : []
}

/** A scanned holder's portrait, with the portrait token of this staff member's scan; null otherwise. */
export async function passPortrait(staff: User, token: string): Promise<MediaFile | null> {
  const portrait = await viewPassPortrait(await asStaff(staff), { token })
  return portrait ? openFile(applicantFilePath(portrait.filename), 'image/jpeg') : null
}

/** The revocation list and admissions a scanner phone caches to keep working through a network loss. */
export async function offlineCheckInData(staff: User): Promise<OfflineCheckInData> {
  return readOfflineData(await asStaff(staff))
}
