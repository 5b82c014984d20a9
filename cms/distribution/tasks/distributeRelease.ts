import type { TaskConfig } from 'payload'

import {
  DISTRIBUTION_COPIES,
  type DistributionCopy,
} from '~/cms/lib/distribution/distributionRules'
import { distributeRelease } from '../operations/distributeRelease'
import { DISTRIBUTE_RELEASE_TASK } from '../queue'

/**
 * Finds a release copy's recipients and queues their messages (cms/distribution/operations).
 * Retried a few times if the database fails; a release deleted meanwhile is simply not sent.
 */
export const distributeReleaseTask: TaskConfig<'distributeRelease'> = {
  slug: DISTRIBUTE_RELEASE_TASK,
  label: 'Distribute a press release by e-mail',
  inputSchema: [
    { name: 'release', type: 'text', required: true },
    { name: 'copy', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'queued', type: 'number', required: true }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 10_000 } },
  handler: async ({ input, req }) => {
    const copy = (DISTRIBUTION_COPIES as readonly string[]).includes(input.copy)
      ? (input.copy as DistributionCopy)
      : 'public'
    const id = req.payload.db.defaultIDType === 'number' ? Number(input.release) : input.release
    const { queued } = await distributeRelease(req, { release: id, copy })
    return { output: { queued } }
  },
}
