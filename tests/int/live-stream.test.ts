import assert from 'node:assert/strict'
import { createServer, get, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'

import type { Payload } from 'payload'

import type { LiveUpdate, Session } from '~/cms/payload-types'
import { setCacheSeconds } from '~/site/lib/cms/cache'
import { liveStreams, type LiveStreams } from '~/site/serve/live'
import { congressEvent } from './fixtures/application'
import { startTestPayload } from './harness'

/**
 * The live streams of the site's serving layer (site/serve/live/) on a real HTTP server, reading a
 * real SQLite database through site/lib/cms/live.ts. Updates are written with the Local API as
 * the live slice's operations would (each change takes the next seq).
 */
let payload: Payload
let cleanup: () => Promise<void>
let server: Server
let streams: LiveStreams
let base: string
let live: Session
let quiet: Session
let seq = 1000

type Frame = { id?: string; event?: string; data?: string; retry?: string }
type Stream = {
  status: number
  headers: IncomingMessage['headers']
  frames: Frame[]
  text: () => string
  ended: Promise<void>
  waitFor: (test: (frames: Frame[]) => boolean, ms?: number) => Promise<number>
  close: () => void
}

/** Opens a stream as an EventSource would (or, with `accept`, as another client) and reads its frames. */
function open(path: string, headers: Record<string, string> = {}): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const request = get(
      `${base}${path}`,
      { headers: { Accept: 'text/event-stream', 'X-Forwarded-For': '203.0.113.9', ...headers } },
      (res) => {
        let raw = ''
        const frames: Frame[] = []
        const waiters = new Set<() => void>()
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => {
          raw += chunk
          let end: number
          while ((end = raw.indexOf('\n\n')) >= 0) {
            const block = raw.slice(0, end)
            raw = raw.slice(end + 2)
            const frame: Frame = {}
            for (const line of block.split('\n')) {
              if (line.startsWith(':')) continue
              const colon = line.indexOf(':')
              frame[line.slice(0, colon) as keyof Frame] = line.slice(colon + 1).trimStart()
            }
            if (Object.keys(frame).length) frames.push(frame)
          }
          waiters.forEach((wake) => wake())
        })
        const ended = new Promise<void>((done) => res.once('close', done))
        let body = ''
        if (res.statusCode !== 200) res.on('data', (chunk: string) => (body += chunk))
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          frames,
          text: () => body,
          ended,
          waitFor: (test, ms = 5000) => {
            const started = performance.now()
            return new Promise((done, fail) => {
              const check = () => {
                if (!test(frames)) return
                waiters.delete(check)
                clearTimeout(timer)
                done(performance.now() - started)
              }
              const timer = setTimeout(() => {
                waiters.delete(check)
                fail(new Error(`not seen within ${ms} ms: ${JSON.stringify(frames)}`))
              }, ms)
              waiters.add(check)
              check()
            })
          },
          close: () => request.destroy(),
        })
      },
    )
    request.on('error', reject)
  })
}

const updates = (frames: Frame[]) =>
  frames
    .filter((frame) => frame.event === 'update')
    .map((frame) => ({
      ...(JSON.parse(frame.data!) as { id: string; html: string }),
      seq: Number(frame.id),
    }))

/** Posts an update (or changes one) as the live slice's operations would: the next seq. */
async function post(data: Partial<LiveUpdate> & { text: string }, session = live) {
  seq += 1
  return payload.create({
    collection: 'live-updates',
    overrideAccess: true,
    data: {
      session: session.id,
      kind: 'text',
      state: 'published',
      postedAt: new Date().toISOString(),
      seq,
      ...data,
    },
  })
}

async function change(id: LiveUpdate['id'], data: Partial<LiveUpdate>) {
  seq += 1
  return payload.update({
    collection: 'live-updates',
    id,
    overrideAccess: true,
    data: { ...data, seq, changedAt: new Date().toISOString() },
  })
}

before(async () => {
  ;({ payload, cleanup } = await startTestPayload())
  setCacheSeconds(0)
  const event = await congressEvent(payload)
  const session = (title: string, liveState: Session['liveState']) =>
    payload.create({
      collection: 'sessions',
      overrideAccess: true,
      data: {
        event: event.id,
        title,
        type: 'plenary',
        pressAccess: 'open',
        startsAt: '2025-10-16T01:00:00.000Z',
        endsAt: '2025-10-16T04:00:00.000Z',
        liveState,
      },
    })
  live = await session('Phiên khai mạc', 'live')
  quiet = await session('Phiên không tường thuật', 'none')
  // An update from before any reader: a reader that missed everything gets it from the database.
  await post({ text: 'Đại biểu bắt đầu vào hội trường' })
  streams = liveStreams({ trustProxy: true, maxPerClient: 4, pollMs: 100 })
  server = createServer((req, res) => {
    if (!streams.answers(req, res)) res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

after(async () => {
  streams.close()
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  await cleanup()
})

describe('live streams', () => {
  it('answers 404 for an unknown session and one never covered live', async () => {
    for (const path of ['/live/999999/events', `/live/${quiet.id}/events`]) {
      const stream = await open(path)
      assert.equal(stream.status, 404, path)
      await stream.ended
      assert.match(stream.text(), /Không có tường thuật trực tiếp/)
    }
    const english = await open(`/en/live/${quiet.id}/events`)
    await english.ended
    assert.match(english.text(), /no live coverage/)
  })

  it('delivers a new update to every reader of the session within 2 s, in each reader’s language', async () => {
    const vi = await open(`/live/${live.id}/events`, { 'X-Forwarded-For': '198.51.100.1' })
    const en = await open(`/en/live/${live.id}/events`, { 'X-Forwarded-For': '198.51.100.2' })
    assert.equal(vi.status, 200)
    assert.match(String(vi.headers['content-type']), /^text\/event-stream/)
    assert.equal(vi.headers['cache-control'], 'no-store, no-transform')
    assert.equal(vi.headers['x-accel-buffering'], 'no')
    await vi.waitFor((frames) => frames.some((frame) => frame.retry))
    await new Promise((resolve) => setTimeout(resolve, 300))
    const posted = await post({ text: 'Khai mạc Đại hội', kind: 'key-point', pinned: true })
    const ms = await vi.waitFor((frames) => updates(frames).some((u) => u.seq === posted.seq))
    await en.waitFor((frames) => updates(frames).some((u) => u.seq === posted.seq))
    assert.ok(ms < 2000, `seen after ${ms.toFixed(0)} ms`)
    const [viUpdate] = updates(vi.frames)
    assert.match(viUpdate!.html, /Khai mạc Đại hội/)
    assert.match(viUpdate!.html, /Điểm nhấn/)
    assert.match(updates(en.frames)[0]!.html, /Key point/)
    assert.equal(updates(vi.frames).length, 1, 'nothing missed, nothing sent twice')
    vi.close()
    en.close()
  })

  it('gives a reader who reconnects with Last-Event-ID what it missed, in order, then what comes', async () => {
    const first = await post({ text: 'Bầu đoàn chủ tịch' })
    const missed = [await post({ text: 'Báo cáo chính trị' }), await post({ text: 'Thảo luận' })]
    await new Promise((resolve) => setTimeout(resolve, 300))
    const back = await open(`/live/${live.id}/events?lastEventId=1`, {
      'Last-Event-ID': String(first.seq),
    })
    await back.waitFor((frames) => updates(frames).length === 2)
    assert.deepEqual(
      updates(back.frames).map((u) => u.seq),
      missed.map((m) => m.seq),
    )
    const next = await post({ text: 'Giải lao' })
    await back.waitFor((frames) => updates(frames).some((u) => u.seq === next.seq))
    back.close()
    // From the page's change number (the query), further back than the hub remembers: read from the database.
    const fresh = await open(`/live/${live.id}/events?lastEventId=0`)
    await fresh.waitFor((frames) => updates(frames).length >= 6)
    assert.match(updates(fresh.frames)[0]!.html, /Đại biểu bắt đầu vào hội trường/)
    fresh.close()
  })

  it('shows a correction and a deletion as such, in place of the update', async () => {
    const reader = await open(`/live/${live.id}/events`, { 'X-Forwarded-For': '198.51.100.3' })
    await new Promise((resolve) => setTimeout(resolve, 300))
    const wrong = await post({ text: 'Có 405 đại biểu có mặt' })
    await change(wrong.id, {
      text: 'Có 450 đại biểu có mặt',
      state: 'corrected',
      correction: 'Ghi nhầm số đại biểu',
    })
    const gone = await post({ text: 'Tin đăng nhầm' })
    await change(gone.id, { state: 'deleted' })
    await reader.waitFor((frames) =>
      updates(frames).some((u) => /Cập nhật đã được gỡ/.test(u.html)),
    )
    const html = updates(reader.frames).map((u) => u.html)
    assert.ok(html.some((h) => /Có 450 đại biểu[\s\S]*Đã đính chính lúc \d\d:\d\d/.test(h)))
    const removal = html.find((h) => /Cập nhật đã được gỡ lúc \d\d:\d\d/.test(h))!
    assert.doesNotMatch(removal, /Tin đăng nhầm/)
    assert.match(removal, new RegExp(`id="update-${gone.id}"`))
    reader.close()
  })

  it('refuses a client’s fifth stream with 429 and a message in its language; other clients pass', async () => {
    const client = { 'X-Forwarded-For': '192.0.2.44' }
    const held = await Promise.all(
      Array.from({ length: 4 }, () => open(`/live/${live.id}/events`, client)),
    )
    assert.deepEqual(
      held.map((s) => s.status),
      [200, 200, 200, 200],
    )
    const fifth = await open(`/live/${live.id}/events`, client)
    assert.equal(fifth.status, 429)
    await fifth.ended
    assert.match(fifth.text(), /quá nhiều luồng tường thuật trực tiếp cùng lúc \(tối đa 4\)/)
    const fifthEn = await open(`/en/live/${live.id}/events`, client)
    await fifthEn.ended
    assert.match(fifthEn.text(), /Too many live streams/)
    const other = await open(`/live/${live.id}/events`, { 'X-Forwarded-For': '192.0.2.45' })
    assert.equal(other.status, 200)
    other.close()
    held[0]!.close()
    await held[0]!.ended
    await new Promise((resolve) => setTimeout(resolve, 50))
    const again = await open(`/live/${live.id}/events`, client)
    assert.equal(again.status, 200, 'one ended, one more may open')
    for (const stream of [...held, again]) stream.close()
  })

  it('answers a client that does not read event streams with what is there, then the end', async () => {
    const once = await open(`/live/${live.id}/events?lastEventId=0`, { Accept: '*/*' })
    assert.equal(once.status, 200)
    await once.ended
    assert.ok(updates(once.frames).length >= 6)
  })

  it('ends every stream on shutdown with a frame that says to come back later', async () => {
    const readers = await Promise.all(
      ['198.51.100.10', '198.51.100.11', '198.51.100.12'].map((ip) =>
        open(`/live/${live.id}/events`, { 'X-Forwarded-For': ip }),
      ),
    )
    await new Promise((resolve) => setTimeout(resolve, 300))
    assert.equal(await streams.hub.then((hub) => hub.readerCount), 3)
    assert.equal(streams.close(), 3)
    await Promise.all(readers.map((reader) => reader.ended))
    for (const reader of readers) {
      const last = reader.frames.at(-1)!
      assert.equal(last.event, 'shutdown')
      assert.equal(last.retry, '10000')
    }
    const late = await open(`/live/${live.id}/events`, { 'X-Forwarded-For': '198.51.100.13' })
    assert.equal(late.status, 503)
  })
})
