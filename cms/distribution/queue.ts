import type { PayloadRequest } from 'payload'

import { copyDueAt, type DistributionCopy } from '~/cms/lib/distribution/distributionRules'
import { now } from '~/cms/lib/time'

/** The jobs queue of `distributeRelease` (finding a release's recipients and queuing their messages). */
export const DISTRIBUTION_QUEUE = 'distribution'
export const DISTRIBUTE_RELEASE_TASK = 'distributeRelease'

type Release = {
  id: number | string
  _status?: 'draft' | 'published' | null
  publishedAt?: string | null
  embargoUntil?: string | null
}

/**
 * Queues the distribution of a copy of a release for when it is due (now, at its publication
 * time, or at the lift of its embargo), in the caller's transaction. Queuing twice is harmless:
 * the task sends each copy to each address once (the outbox's delivery key).
 */
export async function queueReleaseCopy(
  req: PayloadRequest,
  release: Release,
  copy: DistributionCopy,
): Promise<void> {
  const due = copyDueAt(release, copy, now())
  if (due === null) return
  await req.payload.jobs.queue({
    task: DISTRIBUTE_RELEASE_TASK,
    queue: DISTRIBUTION_QUEUE,
    input: { release: String(release.id), copy },
    ...(due === 'now' ? {} : { waitUntil: due }),
    req,
  })
}
