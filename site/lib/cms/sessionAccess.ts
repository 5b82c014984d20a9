import { APIError, createLocalReq } from 'payload'

import {
  readSessionAccess,
  readTodaysSessions,
  type SessionAccessRow,
  type StaffSession,
} from '~/cms/checkin/operations/readSessionAccess'
import { switchSessionAccess } from '~/cms/sessions/operations/switchSessionAccess'
import type { User } from '~/cms/payload-types'
import { payloadClient } from './payload'

export type { SessionAccessRow, StaffSession }

const asStaff = async (staff: User, locale: 'vi' | 'en' = 'vi') => {
  const req = await createLocalReq({ user: staff }, await payloadClient())
  req.i18n = { ...req.i18n, language: locale } as typeof req.i18n
  return req
}

/** The press access of each session of a scanner's list (its event and day), for its poll. */
export async function sessionAccessOfList(
  staff: User,
  list: { event?: string; day?: string; grant?: string },
): Promise<Awaited<ReturnType<typeof readSessionAccess>>> {
  return readSessionAccess(await asStaff(staff), list)
}

/** Today's sessions of the door's events, with their access, for the staff phone page. */
export async function todaysSessions(
  staff: User,
  locale: 'vi' | 'en',
): Promise<Awaited<ReturnType<typeof readTodaysSessions>>> {
  return readTodaysSessions(await asStaff(staff, locale), { locale })
}

/** An officer's or admin's switch of a session's access from the phone page; a refusal as a 4xx sentence. */
export async function switchAccessFromPhone(
  staff: User,
  input: { session: string; access: string },
  locale: 'vi' | 'en',
): Promise<{ ok: true; changed: boolean } | { ok: false; status: number; message: string }> {
  try {
    const { changed } = await switchSessionAccess(await asStaff(staff, locale), input)
    return { ok: true, changed }
  } catch (error) {
    if (error instanceof APIError && error.status >= 400 && error.status < 500)
      return { ok: false, status: error.status, message: error.message }
    throw error
  }
}
