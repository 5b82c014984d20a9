import { APIError, createLocalReq } from 'payload'

import { openCheckInList, type OpenedList } from '~/cms/checkin/operations/openCheckInList'
import { readCheckInLists, type CheckInLists } from '~/cms/checkin/operations/readCheckInLists'
import { readOfflineData } from '~/cms/checkin/operations/readOfflineData'
import { recordScan, type Scan, type ScanResult } from '~/cms/checkin/operations/recordScan'
import { viewPassPortrait } from '~/cms/checkin/operations/viewPassPortrait'
import type { OfflineCheckInData } from '~/cms/lib/passes/admission'
import type { User } from '~/cms/payload-types'
import { applicantFilePath } from './accreditationStatus'
import { type MediaFile, openFile } from './media'
import { payloadClient } from './payload'

export type { CheckInLists, OfflineCheckInData, OpenedList, Scan, ScanResult }

/** A refusal of the door's operations, for the page or endpoint to answer: its status and sentence. */
export type DoorRefusal = { ok: false; status: number; message: string }

const asStaff = async (staff: User, locale: 'vi' | 'en' = 'vi') => {
  const req = await createLocalReq({ user: staff }, await payloadClient())
  // The door's refusals answer in the page's language (its own copy: never the shared i18n object).
  req.i18n = { ...req.i18n, language: locale } as typeof req.i18n
  return req
}

async function refusable<T>(work: () => Promise<T>): Promise<{ ok: true; value: T } | DoorRefusal> {
  try {
    return { ok: true, value: await work() }
  } catch (error) {
    if (error instanceof APIError && error.status >= 400 && error.status < 500)
      return { ok: false, status: error.status, message: error.message }
    throw error
  }
}

/** One scan at the door, recorded for this staff member; a refusal (another day's list…) as a 4xx. */
export async function scanPass(
  staff: User,
  scan: Scan,
  locale: 'vi' | 'en' = 'vi',
): Promise<{ ok: true; value: ScanResult } | DoorRefusal> {
  return refusable(async () => recordScan(await asStaff(staff, locale), scan))
}

/** Today's check-in lists (and, for admins, the other days they may open). */
export async function checkInLists(staff: User, locale: 'vi' | 'en'): Promise<CheckInLists> {
  return readCheckInLists(await asStaff(staff, locale), { locale })
}

/** An admin's deliberate opening of another day's list: logged, and a grant for its scans. */
export async function openOtherDayList(
  staff: User,
  input: { event: string; day: string },
  locale: 'vi' | 'en',
): Promise<{ ok: true; value: OpenedList } | DoorRefusal> {
  return refusable(async () => openCheckInList(await asStaff(staff, locale), { ...input, locale }))
}

/** A scanned holder's portrait, with the portrait token of this staff member's scan; null otherwise. */
export async function passPortrait(staff: User, token: string): Promise<MediaFile | null> {
  const portrait = await viewPassPortrait(await asStaff(staff), { token })
  return portrait ? openFile(applicantFilePath(portrait.filename), 'image/jpeg') : null
}

/** What a scanner phone caches for one list's event to keep working through a network loss. */
export async function offlineCheckInData(
  staff: User,
  list: { event?: string | null; day?: string; grant?: string | null } = {},
): Promise<OfflineCheckInData> {
  return readOfflineData(await asStaff(staff), list)
}
