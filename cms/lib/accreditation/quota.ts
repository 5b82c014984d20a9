/**
 * Quota places. An approved request holds one numbered place for its event, outlet and role; the
 * place key is unique in the database, so two approvals racing for the last place cannot both win.
 */
export const ROLES = ['reporter', 'photographer', 'camera-operator', 'technician'] as const
export type PressRole = (typeof ROLES)[number]

export const quotaPlaceKey = (
  eventId: string | number,
  outletId: string | number,
  role: PressRole,
  place: number,
): string => `${eventId}:${outletId}:${role}:${place}`

/** The lowest free place, or null when every place of the quota is taken. */
export function firstFreePlace(
  takenKeys: readonly string[],
  eventId: string | number,
  outletId: string | number,
  role: PressRole,
  quota: number,
): string | null {
  const taken = new Set(takenKeys)
  for (let place = 1; place <= quota; place++) {
    const key = quotaPlaceKey(eventId, outletId, role, place)
    if (!taken.has(key)) return key
  }
  return null
}

export type EventQuotaRow = {
  outlet?: number | string | { id: number | string } | null
  role: PressRole | string
  max: number
}

const idOf = (outlet: EventQuotaRow['outlet']) =>
  outlet == null ? null : typeof outlet === 'object' ? outlet.id : outlet

/**
 * An outlet's quota for a role at one event: the event's row for this outlet and role, else its
 * row for the role at every outlet, else the outlet's own quota.
 */
export function quotaFor(
  eventQuotas: readonly EventQuotaRow[] | null | undefined,
  outletId: number | string,
  role: PressRole,
  outletQuota: number,
): number {
  const rows = (eventQuotas ?? []).filter((row) => row.role === role)
  const own = rows.find(
    (row) => idOf(row.outlet) != null && String(idOf(row.outlet)) === String(outletId),
  )
  if (own) return own.max
  const everyOutlet = rows.find((row) => idOf(row.outlet) == null)
  return everyOutlet ? everyOutlet.max : outletQuota
}
