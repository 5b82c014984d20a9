import { type Locale, splitLocale } from '../i18n/locales'
import { createT } from '../i18n/t'
import { renderLiveUpdate } from './renderUpdate'
import type { LiveUpdateView } from './liveView'

/**
 * The Server-Sent Events protocol of a live page's stream (`/live/<session>/events`), pure so it is
 * unit-tested: the frames the hub writes (site/serve/live/) and the fallback endpoint
 * (site/pages/live/[id]/events.ts) both come from here.
 */

/** How long a browser waits before reconnecting after the stream ends or drops. */
export const RETRY_MS = 2000
/** After a shutdown the browser waits longer: the site is restarting. */
export const SHUTDOWN_RETRY_MS = 10_000
/** A comment line every so often keeps proxies and browsers from closing an idle stream. */
export const HEARTBEAT_MS = 15_000
/** The headers of every stream answer: never stored, never compressed, never buffered by a proxy. */
export const STREAM_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-store, no-transform',
  'X-Accel-Buffering': 'no',
} as const

/** What a stream frame carries as `data`: the update's markup rendered once, and where it goes. */
export type UpdateData = {
  id: string
  seq: number
  state: LiveUpdateView['state']
  pinned: boolean
  postedAt: string
  html: string
}

/** One change of one update as an SSE frame: `id` is its change number (the Last-Event-ID). */
export function updateFrame(update: LiveUpdateView, locale: Locale): string {
  const data: UpdateData = {
    id: update.id,
    seq: update.seq,
    state: update.state,
    pinned: update.pinned,
    postedAt: update.postedAt,
    html: renderLiveUpdate(update, locale),
  }
  // JSON never holds a raw line break, so one `data:` line carries it whole.
  return `id: ${update.seq}\nevent: update\ndata: ${JSON.stringify(data)}\n\n`
}

export const retryFrame = (ms = RETRY_MS): string => `retry: ${ms}\n\n`
export const HEARTBEAT_FRAME = ': keep-alive\n\n'

/** The last frame before the site stops: the browser reconnects later by itself (`retry`). */
export function shutdownFrame(locale: Locale): string {
  const message = createT(locale)('coverage.state.ended')
  return `retry: ${SHUTDOWN_RETRY_MS}\nevent: shutdown\ndata: ${JSON.stringify({ message, retryMs: SHUTDOWN_RETRY_MS })}\n\n`
}

/**
 * Where a reader's stream resumes: the `Last-Event-ID` header (sent by the browser when it
 * reconnects) wins over `?lastEventId=` (the change number the page was rendered at). Anything
 * but a whole number ≥ 0 means "nothing missed".
 */
export function parseLastEventId(
  header: string | string[] | undefined | null,
  query: string | null | undefined,
): number | null {
  for (const raw of [Array.isArray(header) ? header[0] : header, query]) {
    const value = raw?.trim()
    if (value && /^\d{1,15}$/.test(value)) return Number(value)
  }
  return null
}

/** The session and language of a stream address, or null when the address is not a stream's. */
export function liveStreamTarget(pathname: string): { locale: Locale; session: string } | null {
  const { locale, path } = splitLocale(pathname)
  const match = /^\/live\/([A-Za-z0-9]{1,32})\/events\/?$/.exec(path)
  return match ? { locale, session: match[1]! } : null
}

/**
 * Only an EventSource (or a client that says it reads event streams) is held open. Anyone else — a
 * crawler, a link checker, curl without the header — gets what is there now and the end, so no
 * stray request holds a connection.
 */
export const wantsEventStream = (accept: string | null | undefined): boolean =>
  /\btext\/event-stream\b/i.test(accept ?? '')

/** The refusal of one stream too many from one client, in the reader's language. */
export const tooManyStreamsMessage = (locale: Locale, max: number): string =>
  createT(locale)('coverage.tooMany', { max })

/**
 * How many streams each client holds: the next one past `max` is refused (429). A client is an
 * address (the socket's, or the forwarded one behind a trusted proxy).
 */
export class StreamLimit {
  private readonly open = new Map<string, number>()

  constructor(readonly max: number) {}

  /** Counts a new stream of `client`, or says no when it already holds `max`. */
  tryOpen(client: string): boolean {
    const held = this.open.get(client) ?? 0
    if (held >= this.max) return false
    this.open.set(client, held + 1)
    return true
  }

  /** One stream of `client` ended. */
  release(client: string): void {
    const held = this.open.get(client) ?? 0
    if (held <= 1) this.open.delete(client)
    else this.open.set(client, held - 1)
  }

  held(client: string): number {
    return this.open.get(client) ?? 0
  }

  get clients(): number {
    return this.open.size
  }
}
