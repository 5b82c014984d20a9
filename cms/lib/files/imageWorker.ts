import { readdirSync } from 'node:fs'
import { setPriority } from 'node:os'

/**
 * One process of the image pool (imagePool.ts): it normalises one photo at a time and answers over
 * the IPC channel. Its priority is lowered (every thread it has; threads started later inherit it),
 * so on a busy core the process that serves pages runs first and the photos take the time left.
 */
// IMAGE_WORKER_NICE, checked by the pool's process (cms/env.ts) and passed as the argument.
const nice = Number(process.argv[2] ?? 5)
try {
  const threads = process.platform === 'linux' ? readdirSync('/proc/self/task').map(Number) : [0]
  for (const thread of threads) setPriority(thread, nice)
} catch {
  // Not allowed here (some containers): the pool still keeps the work off the site's threads.
}

// Listening before the modules load: a job sent meanwhile would otherwise be lost.
const operations = Promise.all([
  import('sharp'),
  import('./normaliseImages'),
  import('./normalisePoolPhoto'),
]).then(([{ default: sharp }, images, pool]) => {
  // One photo at a time, on one thread: the pool decides how many run at once (one per core).
  // Every photo is distinct, so sharp's operation cache would only hold memory.
  sharp.concurrency(1)
  sharp.cache(false)
  return {
    portrait: images.normalisePortrait,
    letter: images.normaliseLetterImage,
    poolPhoto: pool.normalisePoolPhoto,
  } satisfies Record<ImageKind, (bytes: Uint8Array) => Promise<unknown>>
})

export type ImageKind = 'portrait' | 'letter' | 'poolPhoto'
export type ImageJob = { id: number; kind: ImageKind; bytes: Uint8Array }

process.on('message', (job: ImageJob) => {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength)
  const work = operations.then((operation) => operation[job.kind](bytes))
  void work.then(
    (result) => process.send?.({ id: job.id, result }),
    (error: unknown) => process.send?.({ id: job.id, error: String(error) }),
  )
})
// The site went away: nothing left to do.
process.on('disconnect', () => process.exit(0))
