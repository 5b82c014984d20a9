/**
 * Quota places. An approved request holds one numbered place for its outlet and role; the place
 * key is unique in the database, so two approvals racing for the last place cannot both win.
 */
export const ROLES = ['reporter', 'photographer', 'camera-operator', 'technician'] as const
export type PressRole = (typeof ROLES)[number]

export const quotaPlaceKey = (outletId: string | number, role: PressRole, place: number): string =>
  `${outletId}:${role}:${place}`

/** The lowest free place, or null when every place of the quota is taken. */
export function firstFreePlace(
  takenKeys: readonly string[],
  outletId: string | number,
  role: PressRole,
  quota: number,
): string | null {
  const taken = new Set(takenKeys)
  for (let place = 1; place <= quota; place++) {
    const key = quotaPlaceKey(outletId, role, place)
    if (!taken.has(key)) return key
  }
  return null
}
