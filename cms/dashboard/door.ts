import { APIError, type PayloadRequest } from 'payload'

import { admissionsPerHour, type HourlyAdmissions } from '~/cms/lib/dashboard/figures'
import { canReadDoorFigures } from '~/cms/lib/roles'

/** One check-in list's day at the door: admissions and refusals (counts only). */
export type DoorListCount = { zone: string; admitted: number; refused: number }

export type DoorFigures = {
  day: string
  lists: DoorListCount[]
  admitted: number
  refused: number
  /** Admissions per list and hour (Vietnam time), for the chart and its table. */
  perHour: HourlyAdmissions
}

const REFUSAL = {
  vi: 'Chỉ nhân viên kiểm soát ra vào và bộ phận cấp thẻ xem được số liệu cửa kiểm soát.',
  en: 'Only check-in staff and the accreditation office can see the door’s figures.',
}

/**
 * The door's figures of one event's day: admissions and refusals per check-in list, and
 * admissions per list and hour. The one place both the check-in lead's and the officer's
 * dashboards read them. A narrow aggregate: check-in staff may not read the check-in log, so the
 * log is read here on the server (zone, verdict and time only, never a pass, a name or a staff
 * member) and only the counts leave this function.
 */
export async function doorFigures(
  req: PayloadRequest,
  list: { event: number | string; day: string; zones: readonly string[] },
): Promise<DoorFigures> {
  if (!canReadDoorFigures(req.user))
    throw new APIError(REFUSAL[req.i18n?.language === 'en' ? 'en' : 'vi'], 403, null, true)
  const { docs } = await req.payload.find({
    collection: 'check-ins',
    where: { and: [{ event: { equals: list.event } }, { day: { equals: list.day } }] },
    pagination: false,
    depth: 0,
    select: { zone: true, verdict: true, scannedAt: true },
    overrideAccess: true,
    req,
  })
  const perZone = new Map<string, DoorListCount>(
    list.zones.map((zone) => [zone, { zone, admitted: 0, refused: 0 }]),
  )
  const admissions: { zone: string; scannedAt: string }[] = []
  for (const { zone, verdict, scannedAt } of docs) {
    const row = perZone.get(zone) ?? { zone, admitted: 0, refused: 0 }
    perZone.set(zone, row)
    if (verdict === 'valid') {
      row.admitted++
      admissions.push({ zone, scannedAt })
    } else row.refused++
  }
  const lists = [...perZone.values()]
  return {
    day: list.day,
    lists,
    admitted: admissions.length,
    refused: lists.reduce((sum, row) => sum + row.refused, 0),
    perHour: admissionsPerHour(admissions, list.zones),
  }
}
