/**
 * The readers of `npm run bench:live`, in a process of their own: N Server-Sent Events streams of
 * one live page, opened with raw HTTP from loopback source addresses 127.1.x.y (a few streams per
 * address, within the site's per-client limit). Driven by its parent over IPC:
 *   → { expect: seq, writtenAt }   answers { seq, latencies } once every reader has the frame
 *   → { watchShutdown: true }      answers { shutdown: { frames, ended, ms } } once all streams end
 */
import { request } from 'node:http'

const [url, countArg, perClientArg] = process.argv.slice(2)
const COUNT = Number(countArg ?? 5000)
const PER_CLIENT = Number(perClientArg ?? 4)
const target = new URL(url!)

type Reader = { arrivals: Map<number, number>; shutdown: boolean; ended: boolean }
const readers: Reader[] = []
let waiting: { seq: number; writtenAt: number } | null = null
let shutdownWatch: { started: number } | null = null

const send = (message: unknown) => process.send!(message)

function checkRound(): void {
  if (!waiting) return
  const { seq, writtenAt } = waiting
  if (readers.some((reader) => !reader.arrivals.has(seq) && !reader.ended)) return
  waiting = null
  send({
    seq,
    latencies: readers
      .filter((r) => r.arrivals.has(seq))
      .map((r) => r.arrivals.get(seq)! - writtenAt),
    missing: readers.filter((r) => !r.arrivals.has(seq)).length,
  })
}

function checkShutdown(): void {
  if (!shutdownWatch || readers.some((reader) => !reader.ended)) return
  send({
    shutdown: {
      frames: readers.filter((reader) => reader.shutdown).length,
      ended: readers.length,
      ms: Date.now() - shutdownWatch.started,
    },
  })
  shutdownWatch = null
}

function open(index: number): Promise<void> {
  const client = Math.floor(index / PER_CLIENT)
  const localAddress = `127.1.${Math.floor(client / 250)}.${(client % 250) + 1}`
  return new Promise((resolve, reject) => {
    const reader: Reader = { arrivals: new Map(), shutdown: false, ended: false }
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        localAddress,
        agent: false,
        headers: { Accept: 'text/event-stream' },
      },
      (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`reader ${index} from ${localAddress}: ${res.statusCode}`))
          res.resume()
          return
        }
        readers.push(reader)
        let buffered = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => {
          const now = Date.now()
          buffered += chunk
          let end: number
          while ((end = buffered.indexOf('\n\n')) >= 0) {
            const block = buffered.slice(0, end)
            buffered = buffered.slice(end + 2)
            const id = /^id: (\d+)$/m.exec(block)
            if (id && /^event: update$/m.test(block)) reader.arrivals.set(Number(id[1]), now)
            if (/^event: shutdown$/m.test(block)) reader.shutdown = true
            if (block.startsWith('retry:') && !id) resolve()
          }
          checkRound()
        })
        res.on('close', () => {
          reader.ended = true
          checkRound()
          checkShutdown()
        })
      },
    )
    req.on('error', reject)
    req.end()
  })
}

const started = Date.now()
// In batches, so the site's accept queue is not flooded at once.
for (let i = 0; i < COUNT; i += 250)
  await Promise.all(Array.from({ length: Math.min(250, COUNT - i) }, (_, k) => open(i + k)))
send({ ready: readers.length, ms: Date.now() - started })

process.on(
  'message',
  (message: { expect?: number; writtenAt?: number; watchShutdown?: boolean }) => {
    if (message.expect !== undefined) {
      waiting = { seq: message.expect, writtenAt: message.writtenAt! }
      checkRound()
    }
    if (message.watchShutdown) {
      shutdownWatch = { started: Date.now() }
      checkShutdown()
    }
  },
)
