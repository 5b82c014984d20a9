import type { PressRole } from '~/cms/lib/accreditation/quota'
import type { PoolQuotas } from '~/cms/lib/pool/rotation'
import type { Session } from '~/cms/payload-types'

/** The session's quota field of each role (a field name cannot hold the role's hyphen). */
export const POOL_QUOTA_FIELDS = [
  { role: 'reporter', name: 'reporter' },
  { role: 'photographer', name: 'photographer' },
  { role: 'camera-operator', name: 'cameraOperator' },
  { role: 'technician', name: 'technician' },
] as const satisfies readonly { role: PressRole; name: string }[]

export type QuotaFieldName = (typeof POOL_QUOTA_FIELDS)[number]['name']
type StoredQuotas = Partial<Record<QuotaFieldName, number | null>> | null | undefined

/** The session's stored quotas as the rotation reads them (by role). */
export function quotasOf(session: Pick<Session, 'id'> & { poolQuotas?: StoredQuotas }): PoolQuotas {
  const stored = session.poolQuotas ?? {}
  return Object.fromEntries(POOL_QUOTA_FIELDS.map(({ role, name }) => [role, stored[name] ?? null]))
}

/** Quotas by role as the session stores them. */
export const storedQuotas = (quotas: PoolQuotas): Record<QuotaFieldName, number | null> =>
  Object.fromEntries(
    POOL_QUOTA_FIELDS.map(({ role, name }) => [name, quotas[role] ?? null]),
  ) as Record<QuotaFieldName, number | null>
