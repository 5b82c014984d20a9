import type { TaskConfig } from 'payload'

import { followUpInterviewRequests } from '../operations/followUpInterviewRequests'

export const FOLLOW_UP_INTERVIEWS_TASK = 'followUpInterviews'

/**
 * The press centre's follow-up of forwarded interview requests, on the jobs queue's `default`
 * queue (run every minute by the admin process): forwarding queues one job for the reminder's
 * moment and one for the link's expiry; each sweeps every request then due, so a missed run is
 * made up by the next.
 */
export const followUpInterviewsTask: TaskConfig<'followUpInterviews'> = {
  slug: FOLLOW_UP_INTERVIEWS_TASK,
  label: 'Follow up interview requests (reminder, no answer)',
  inputSchema: [{ name: 'request', type: 'text' }],
  outputSchema: [
    { name: 'reminded', type: 'number' },
    { name: 'expired', type: 'number' },
  ],
  retries: 3,
  handler: async ({ req }) => ({ output: await followUpInterviewRequests(req) }),
}
