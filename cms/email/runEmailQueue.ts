import type { Payload, Where } from 'payload'

import { DISTRIBUTION_EMAIL_QUEUE, EMAIL_QUEUE } from './outbox'

/** A send gives up within a minute (cms/email.ts timeouts): a job claimed longer ago than this was orphaned. */
const STUCK_AFTER_MS = 10 * 60 * 1000

/**
 * Hands back e-mail jobs whose runner died mid-send (a process killed, a machine restarted):
 * Payload leaves them flagged `processing` for ever, and their message would never leave. Run by
 * the admin process before each of its queue runs. A message whose send had in fact gone through
 * before the crash is sent once more (at least once, never lost).
 */
export async function releaseStuckEmailJobs(payload: Payload): Promise<number> {
  const where: Where = {
    and: [
      { queue: { in: [EMAIL_QUEUE, DISTRIBUTION_EMAIL_QUEUE] } },
      { processing: { equals: true } },
      { completedAt: { exists: false } },
      { updatedAt: { less_than: new Date(Date.now() - STUCK_AFTER_MS).toISOString() } },
    ],
  }
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where,
    overrideAccess: true,
  })
  if (!totalDocs) return 0
  await payload.update({
    collection: 'payload-jobs',
    where,
    data: { processing: false },
    overrideAccess: true,
    depth: 0,
  })
  payload.logger.warn(`released ${totalDocs} e-mail job(s) left half-run by a stopped process`)
  return totalDocs
}

const inFlight = new Set<Promise<void>>()

/**
 * Sends every outbox message that is due, in this process. Each job is claimed by an atomic
 * update of the jobs table (`processing`), so the site and the admin process never send the
 * same message twice. Messages whose last attempt failed wait for their retry time. Quiet: the
 * task logs one line per failed attempt itself (Payload would log the whole job).
 */
export async function runEmailQueue(payload: Payload, limit = 20): Promise<void> {
  for (let round = 0; round < 50; round += 1) {
    const result = await payload.jobs.run({ queue: EMAIL_QUEUE, limit, silent: true })
    if (result.noJobsRemaining || Object.keys(result.jobStatus ?? {}).length === 0) return
  }
}

/**
 * Runs the e-mail queue once the caller's transaction is over: with SQLite, the run's own write
 * transaction queues behind the open one (cms/db/serialiseSqliteWrites.ts), so it sees the
 * message only if that transaction committed. The admin process's 5-second autoRun catches
 * whatever this misses (MongoDB, a crash, a retry that is due).
 */
export function kickOutbox(payload: Payload): void {
  const run = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => runEmailQueue(payload))
    .catch((error: unknown) =>
      payload.logger.error(
        { err: error },
        'e-mail outbox run failed; the admin process will retry',
      ),
    )
  inFlight.add(run)
  void run.finally(() => inFlight.delete(run))
}

/**
 * Waits until every outbox run started in this process has finished; with `payload`, then also
 * sends whatever is still due. Tests call it before reading the caught mail; shutdown calls it so
 * no message is left half-sent.
 */
export async function drainOutbox(payload?: Payload): Promise<void> {
  while (inFlight.size) await Promise.all([...inFlight])
  if (payload) await runEmailQueue(payload)
}

/**
 * Sends the distribution messages that are due, paced: at most `perSecond` a second, each second's
 * batch in parallel. The admin process does the same with its per-second autoRun
 * (DISTRIBUTION_RATE); tests and scripts call this. Returns how many jobs ran.
 */
export async function runDistributionEmails(payload: Payload, perSecond: number): Promise<number> {
  let ran = 0
  for (;;) {
    const tick = Date.now()
    const result = await payload.jobs.run({
      queue: DISTRIBUTION_EMAIL_QUEUE,
      limit: perSecond,
      silent: true,
    })
    const count = Object.keys(result.jobStatus ?? {}).length
    ran += count
    if (result.noJobsRemaining || count === 0) return ran
    const rest = 1000 - (Date.now() - tick)
    if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest))
  }
}
