import type { ChildProcess } from 'node:child_process'
import path from 'node:path'

import { getEnv } from '~/cms/env'
import { ServerBusyError } from '~/cms/lib/overload'
import { ROOT } from '~/cms/paths'
import type { ImageJob, ImageKind } from './imageWorker'
import type { normaliseLetterImage, normalisePortrait } from './normaliseImages'
import type { normalisePoolPhoto } from './normalisePoolPhoto'

/**
 * Photos are normalised in a few child processes, not in the process that serves pages: decoding a
 * 12-megapixel JPEG takes a core for a good while, and in-process sharp would also take the
 * libuv threads that the site's file writes wait for. One photo per process at a time (a process
 * per core, `IMAGE_WORKERS`), first come first served; the processes run at a lower priority
 * (imageWorker.ts). A photo that waited longer than `IMAGE_QUEUE_WAIT_MS` (30 s) for its turn is
 * refused as an overload (ServerBusyError: the form answers 503 with Retry-After, nothing written).
 */
type Results = {
  portrait: Awaited<ReturnType<typeof normalisePortrait>>
  letter: Awaited<ReturnType<typeof normaliseLetterImage>>
  poolPhoto: Awaited<ReturnType<typeof normalisePoolPhoto>>
}
type Result = Results[ImageKind]

// Only a guard against a decoder that never returns: a loaded machine may take long for a photo.
const JOB_TIMEOUT_MS = 120_000
const WORKER = path.join(ROOT, 'cms/lib/files/imageWorker.ts')

type Job = Omit<ImageJob, 'id'> & {
  queuedAt: number
  resolve: (result: Result) => void
  reject: (error: Error) => void
}
type Worker = { child: ChildProcess; job: (Job & { id: number; timer: NodeJS.Timeout }) | null }

type Limits = { workers: number; queueWaitMs: number }
let limits: Limits | undefined
const settings = (): Limits =>
  (limits ??= { workers: getEnv().IMAGE_WORKERS, queueWaitMs: getEnv().IMAGE_QUEUE_WAIT_MS })
const size = () => settings().workers
const queueWaitMs = () => settings().queueWaitMs

/** Other limits from the next photo on (tests: a pool of one, a queue that cannot wait). */
export function setImagePoolLimits(next: Partial<Limits>): void {
  limits = { ...settings(), ...next }
}

const queue: Job[] = []
const workers: Worker[] = []
let nextId = 1

/** What normalisePortrait, normaliseLetterImage or normalisePoolPhoto answers, worked out in the pool. */
export function normaliseInPool<K extends ImageKind>(
  kind: K,
  bytes: Uint8Array,
): Promise<Results[K]> {
  return new Promise((resolve, reject) => {
    const settle = resolve as (result: Result) => void
    queue.push({ kind, bytes, queuedAt: Date.now(), resolve: settle, reject })
    while (workers.length < size()) workers.push(start())
    dispatch()
  })
}

// Taken at run time: the admin's bundler (Turbopack) tries to resolve a `fork(path)` it sees and
// fails the build on a path it cannot follow.
const { fork } = process.getBuiltinModule('node:child_process')

function start(): Worker {
  const child = fork(WORKER, [String(getEnv().IMAGE_WORKER_NICE)], {
    cwd: ROOT,
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const worker: Worker = { child, job: null }
  child.on('message', (message: { id?: number; result?: Result; error?: string }) => {
    const job = worker.job
    if (!job || message.id !== job.id) return
    finish(worker)
    if (message.error) job.reject(new Error(`normalising a photo failed: ${message.error}`))
    else job.resolve(withBuffer(message.result!))
  })
  // Not 'exit': the channel closes first, and an idle pool may by then have let the loop end.
  child.on('close', () => {
    if (workers.includes(worker)) workers.splice(workers.indexOf(worker), 1)
    const job = worker.job
    if (job) {
      finish(worker)
      // Nothing was written; the visitor may send again (a crash on every try is a bug to log).
      job.reject(new ServerBusyError('an image process stopped while normalising a photo'))
    }
    if (queue.length) workers.push(start())
    dispatch()
  })
  idle(child)
  return worker
}

function dispatch(): void {
  for (const worker of workers) {
    if (worker.job || !worker.child.connected) continue
    const job = queue.shift()
    if (!job) return
    if (Date.now() - job.queuedAt > queueWaitMs()) {
      job.reject(new ServerBusyError(`image queue: waited more than ${queueWaitMs()} ms`))
      dispatch()
      return
    }
    const id = nextId++
    // A photo that hangs the decoder costs its process, not the site.
    const timer = setTimeout(() => worker.child.kill('SIGKILL'), JOB_TIMEOUT_MS)
    worker.job = { ...job, id, timer }
    worker.child.ref()
    worker.child.channel?.ref()
    worker.child.send({ id, kind: job.kind, bytes: job.bytes } satisfies ImageJob)
  }
}

function finish(worker: Worker): void {
  clearTimeout(worker.job!.timer)
  worker.job = null
  idle(worker.child)
  // Next turn, so the answer just received is handled before more bytes are copied out.
  setImmediate(dispatch)
}

/** An idle pool never keeps the process alive (scripts and tests end as before). */
function idle(child: ChildProcess): void {
  child.unref()
  child.channel?.unref()
}

/** The IPC channel delivers a Buffer as a plain Uint8Array. */
function withBuffer<T extends Result>(result: T): T {
  if (!result.ok) return result
  const { jpeg } = result
  return { ...result, jpeg: Buffer.from(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength) }
}
