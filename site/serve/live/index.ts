import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Locale } from '~/site/lib/i18n/locales'
import { createT } from '~/site/lib/i18n/t'
import {
  liveStreamTarget,
  parseLastEventId,
  retryFrame,
  STREAM_HEADERS,
  StreamLimit,
  tooManyStreamsMessage,
  wantsEventStream,
} from '~/site/lib/live/sse'
import { LiveHub, type LiveSource } from './hub'

/** The reader the streams use: site/lib/cms/live.ts (the one gateway to Payload), loaded on demand. */
type Reader = LiveSource & {
  getLiveSession(locale: Locale, id: string): Promise<{ liveState: string } | null>
}

export type LiveStreams = {
  /** Answers the request when it is a live stream's (`/live/<id>/events`, `/en/live/<id>/events`). */
  answers(req: IncomingMessage, res: ServerResponse): boolean
  /** Loads the reader ahead of the first reader (the server calls it once it listens). */
  warm(): void
  /** Ends every stream with a "come back later" frame; later requests get 503. */
  close(): number
  readonly hub: Promise<LiveHub>
}

/** The client a stream counts against: the socket's address, or the forwarded one behind a trusted proxy. */
export function streamClient(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const header = req.headers['x-forwarded-for']
    const forwarded = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim()
    if (forwarded) return forwarded
  }
  return req.socket.remoteAddress ?? 'unknown'
}

function plain(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  })
  res.end(text)
}

/**
 * The live streams of the site process, answered before Astro: thousands of readers cost one
 * database poll and one rendering per change, not a page render each (see hub.ts). A client holds
 * at most `maxPerClient` streams; an unknown session, or one never covered live, is a 404.
 */
export function liveStreams(options: {
  trustProxy: boolean
  maxPerClient: number
  pollMs?: number
  reader?: () => Promise<Reader>
}): LiveStreams {
  const load = options.reader ?? (() => import('~/site/lib/cms/live'))
  let reader: Promise<Reader> | null = null
  const readerOnce = () =>
    (reader ??= load().catch((error: unknown) => {
      reader = null
      throw error
    }))
  let hubCreated: LiveHub | null = null
  let hubLoading: Promise<LiveHub> | null = null
  const hub = () =>
    (hubLoading ??= readerOnce().then(
      (source) => (hubCreated = new LiveHub(source, options.pollMs)),
      (error: unknown) => {
        hubLoading = null
        throw error
      },
    ))
  const limit = new StreamLimit(options.maxPerClient)
  let closed = false

  async function open(
    req: IncomingMessage,
    res: ServerResponse,
    target: { locale: Locale; session: string },
  ): Promise<void> {
    const t = createT(target.locale)
    const session = await (await readerOnce()).getLiveSession(target.locale, target.session)
    if (!session) return plain(res, 404, t('coverage.notFound'))
    const live = await hub()
    if (live.isClosed) return plain(res, 503, t('coverage.state.ended'), { 'Retry-After': '10' })
    const url = new URL(req.url ?? '/', 'http://site.invalid')
    const lastEventId = parseLastEventId(
      req.headers['last-event-id'],
      url.searchParams.get('lastEventId'),
    )
    // The socket closes with the stream: nothing keeps a finished stream's connection (or a shutdown) waiting.
    res.writeHead(200, { ...STREAM_HEADERS, Connection: 'close' })
    req.socket.setNoDelay(true)
    req.socket.setTimeout(0)
    if (req.method === 'HEAD') return void res.end()
    res.write(retryFrame())
    if (!wantsEventStream(req.headers.accept)) {
      // Not an EventSource: what is there now, then the end (see wantsEventStream).
      const frames =
        lastEventId === null ? [] : await live.snapshot(target.session, lastEventId, target.locale)
      return void res.end(Buffer.concat(frames))
    }
    await live.subscribe(res, target.session, target.locale, lastEventId)
  }

  return {
    get hub() {
      return hub()
    },
    warm() {
      void readerOnce().catch((error: unknown) =>
        console.error('[live] the live-updates reader did not load:', error),
      )
    },
    close() {
      closed = true
      return hubCreated?.close() ?? 0
    },
    answers(req, res) {
      const pathname = (req.url ?? '/').split('?')[0] ?? '/'
      const target = liveStreamTarget(pathname)
      if (!target) return false
      const t = createT(target.locale)
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        plain(res, 405, 'Method not allowed. A live stream answers GET only.', {
          Allow: 'GET, HEAD',
        })
        return true
      }
      if (closed) {
        plain(res, 503, t('coverage.state.ended'), { 'Retry-After': '10' })
        return true
      }
      const client = streamClient(req, options.trustProxy)
      if (!limit.tryOpen(client)) {
        plain(res, 429, tooManyStreamsMessage(target.locale, limit.max), { 'Retry-After': '10' })
        return true
      }
      // Counted from now until the answer ends, whatever its outcome.
      res.once('close', () => limit.release(client))
      open(req, res, target).catch((error: unknown) => {
        console.error('[live] a stream failed:', error)
        if (!res.headersSent) plain(res, 503, t('coverage.state.retry'), { 'Retry-After': '5' })
        else res.end()
      })
      return true
    },
  }
}
