import type { Payload } from 'payload'

import type { AccessLog } from '../payload-types'

/** Who runs a lifecycle command: a staff account (admin endpoint) or a named operator (command line). */
export type Operator = { userId?: number | null; label: string }

/** The access log entry for an export or an erasure done by an operator. */
export async function recordOperatorAccess(
  payload: Payload,
  operator: Operator,
  entry: Pick<AccessLog, 'action' | 'collectionSlug' | 'documentId' | 'referenceCode'>,
): Promise<void> {
  await payload.create({
    collection: 'access-log',
    overrideAccess: true,
    data: { ...entry, staff: operator.userId ?? null, staffLabel: operator.label },
  })
}
