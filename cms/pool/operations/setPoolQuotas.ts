import type { PayloadRequest } from 'payload'

import { inTransaction } from '~/cms/db/inTransaction'
import { ROLES } from '~/cms/lib/accreditation/quota'
import { isValidQuota, type PoolQuotas } from '~/cms/lib/pool/rotation'
import type { Session } from '~/cms/payload-types'
import { assertPoolOfficer, poolSessionFor } from '../poolSession'
import { POOL_QUOTA_FIELDS, storedQuotas } from '../quotaFields'
import { poolRefusal } from '../refusals'

/** Quotas as a caller sends them (numbers or the text of a form field), checked: whole numbers ≥ 0. */
export function readQuotas(req: PayloadRequest, raw: unknown): PoolQuotas {
  const given = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>
  const quotas: PoolQuotas = {}
  for (const { role, name } of POOL_QUOTA_FIELDS) {
    const value = given[role] ?? given[name]
    if (!isValidQuota(value)) throw poolRefusal(req, 'bad-quota', `poolQuotas.${name}`)
    quotas[role] = value === null || value === undefined || value === '' ? null : Number(value)
  }
  return quotas
}

/**
 * Sets a pool-only session's quotas per role (reporter, photographer, camera operator,
 * technician): the press office, before the session starts (an admin may force it).
 */
export async function setPoolQuotas(
  req: PayloadRequest,
  input: { session: number | string; quotas: unknown; force?: boolean },
): Promise<Session> {
  assertPoolOfficer(req)
  const quotas = readQuotas(req, input.quotas)
  return inTransaction(req, async (req) => {
    const session = await poolSessionFor(req, input)
    return req.payload.update({
      collection: 'sessions',
      id: session.id,
      data: { poolQuotas: storedQuotas(quotas) },
      depth: 0,
      overrideAccess: true,
      req,
    })
  })
}

/** Whether the quotas give the pool at least one place. */
export const hasPlaces = (quotas: PoolQuotas): boolean =>
  ROLES.some((role) => (quotas[role] ?? 0) > 0)
