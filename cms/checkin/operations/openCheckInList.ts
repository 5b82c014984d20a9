import type { PayloadRequest } from 'payload'

import { inTransaction } from '~/cms/db/inTransaction'
import { logStaffAccess } from '~/cms/hooks/logStaffAccess'
import { eventZones, hasListOn } from '~/cms/lib/passes/checkInLists'
import { signListGrant } from '~/cms/lib/passes/listGrant'
import { canOpenAnyCheckInList } from '~/cms/lib/roles'
import { localDate, now } from '~/cms/lib/time'
import { doorEvents } from '../checkInList'
import { checkInRefusal } from '../refusals'
import type { DoorList } from './readCheckInLists'

export type OpenedList = { grant: string; list: DoorList }

/**
 * An admin deliberately opens the door's list of a day that is not today (a rehearsal, a late
 * re-scan): refused to anyone else; the opening is written to the access log (who, which event and
 * day, when) before the grant is handed out. The grant lets this admin's scans on that list through
 * recordScan for twelve hours.
 */
export async function openCheckInList(
  req: PayloadRequest,
  input: { event: number | string; day: string; locale?: 'vi' | 'en' },
): Promise<OpenedList> {
  const admin = req.user
  if (!admin || !canOpenAnyCheckInList(admin)) throw checkInRefusal(req, 'not-admin')
  const event = (await doorEvents(req, input.locale)).find(
    (candidate) => String(candidate.id) === String(input.event),
  )
  if (!event || !hasListOn(event, input.day)) throw checkInRefusal(req, 'no-list')
  const at = now()
  if (input.day === localDate(at)) throw checkInRefusal(req, 'same-day')
  await inTransaction(req, (req) =>
    logStaffAccess(req, {
      action: 'opened-checkin-list',
      collectionSlug: 'events',
      documentId: String(event.id),
      referenceCode: input.day,
    }),
  )
  return {
    grant: signListGrant(
      req.payload.secret,
      { event: event.id, day: input.day, staffId: admin.id },
      at.getTime(),
    ),
    list: {
      event: { id: event.id, name: event.shortName || event.name, passPrefix: event.passPrefix },
      day: input.day,
      zones: eventZones(event),
    },
  }
}
