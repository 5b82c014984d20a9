import type { Payload } from 'payload'

import type { Verdict } from '~/cms/lib/passes/checkInVerdict'

/**
 * A scan the log already holds under this scan id (an offline phone syncing twice, a retry after a
 * lost answer): its verdict and pass number as recorded then, so the scan is never logged twice.
 * One read of a unique index.
 */
export async function findReplayedScan(
  payload: Payload,
  scanId: string | undefined,
): Promise<{ verdict: Verdict; passNumber: string | null } | null> {
  if (!scanId) return null
  const { docs } = await payload.find({
    collection: 'check-ins',
    where: { scanId: { equals: scanId } },
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { verdict: true, passNumber: true },
  })
  const earlier = docs[0]
  return earlier ? { verdict: earlier.verdict, passNumber: earlier.passNumber ?? null } : null
}
