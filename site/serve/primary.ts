import cluster, { type Worker } from 'node:cluster'

/** A worker that lived this long was healthy: its death starts the back-off again. */
export const HEALTHY_MS = 60_000
/** How long the workers have to finish their answers and end their streams after a SIGTERM. */
const STOP_WITHIN_MS = 10_000

/**
 * The wait before a worker that stopped unexpectedly is replaced: 0.5 s after a first death, then
 * doubling with each death in a row of the same place (one that lived HEALTHY_MS does not count),
 * at most 30 s, so a worker that crashes as it starts does not spin the machine.
 */
export function restartDelay(deathsInARow: number): number {
  return Math.min(30_000, 500 * 2 ** Math.max(0, deathsInARow - 1))
}

type Place = {
  worker: Worker | null
  listening: boolean
  started: number
  deaths: number
  timer?: NodeJS.Timeout
}

const why = (code: number | null, signal: string | null) => signal ?? `exit ${code}`

/**
 * The site's primary process (SITE_PROCESSES > 1): forks that many site servers, which share the
 * listening port (node:cluster hands each new connection to the next worker in turn). A worker
 * that stops unexpectedly is replaced after restartDelay; one that stops before any worker ever
 * listened stops the site, as the single process would (a missing build, a bad setting). SIGTERM
 * and SIGINT are passed to every worker, which ends its live streams with their `shutdown`
 * frame and finishes its answers (site/serve/index.ts); the primary exits 0 once all have.
 * Each worker's pid is logged here when it listens, and nowhere public.
 */
export function runPrimary(processes: number): void {
  const places: Place[] = Array.from({ length: processes }, () => ({
    worker: null,
    listening: false,
    started: 0,
    deaths: 0,
  }))
  let listened = false
  let stopping = false
  let cleanStop = true

  const fork = (index: number) => {
    const place = places[index]!
    place.timer = undefined
    place.started = Date.now()
    place.listening = false
    place.worker = cluster.fork({ SITE_WORKER: `${index + 1}/${processes}` })
  }
  const placeOf = (worker: Worker) => places.findIndex((place) => place.worker === worker)
  const running = () => places.filter((place) => place.worker !== null).length

  const stop = (signal: NodeJS.Signals, code: number) => {
    if (stopping) return
    stopping = true
    if (code !== 0) cleanStop = false
    for (const place of places) {
      clearTimeout(place.timer)
      place.worker?.process.kill(signal)
    }
    if (running() === 0) process.exit(cleanStop ? 0 : 1)
    setTimeout(() => {
      console.error(
        `site: ${running()} worker(s) still running ${STOP_WITHIN_MS / 1000} s after ${signal}: killed.`,
      )
      for (const place of places) place.worker?.process.kill('SIGKILL')
      process.exit(1)
    }, STOP_WITHIN_MS).unref()
  }

  cluster.on('listening', (worker) => {
    listened = true
    places[placeOf(worker)]!.listening = true
    console.log(`site worker ${placeOf(worker) + 1} (pid ${worker.process.pid}) listening`)
  })

  cluster.on('exit', (worker, code, signal) => {
    const index = placeOf(worker)
    const place = places[index]
    if (!place) return
    place.worker = null
    if (stopping) {
      // One still starting has nothing to finish: the signal simply ends it.
      if (code !== 0 && place.listening) cleanStop = false
      if (running() === 0) process.exit(cleanStop ? 0 : 1)
      return
    }
    const pid = worker.process.pid
    if (!listened) {
      console.error(
        `site worker ${index + 1} (pid ${pid}) stopped before the site listened (${why(code, signal)}): stopping the site.`,
      )
      return stop('SIGTERM', 1)
    }
    place.deaths = Date.now() - place.started >= HEALTHY_MS ? 1 : place.deaths + 1
    const delay = restartDelay(place.deaths)
    console.error(
      `site worker ${index + 1} (pid ${pid}) stopped unexpectedly (${why(code, signal)}); another starts in ${delay / 1000} s.`,
    )
    place.timer = setTimeout(() => fork(index), delay)
  })

  process.on('SIGTERM', () => stop('SIGTERM', 0))
  process.on('SIGINT', () => stop('SIGINT', 0))
  console.log(`site: ${processes} processes on one port (primary pid ${process.pid})`)
  places.forEach((_, index) => fork(index))
}
