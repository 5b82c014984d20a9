import type { ServerResponse } from 'node:http'

import type { Locale } from '~/site/lib/i18n/locales'
import type { LiveUpdateView } from '~/site/lib/live/liveView'
import { HEARTBEAT_FRAME, HEARTBEAT_MS, shutdownFrame, updateFrame } from '~/site/lib/live/sse'

/** What the hub reads: the live-updates reader of site/lib/cms/live.ts. */
export type LiveSource = {
  latestLiveSeq(): Promise<number>
  liveChangesSince(
    after: number,
    options?: { session?: string; limit?: number },
  ): Promise<LiveUpdateView[]>
}

/** One change as the hub keeps it: its frame rendered at most once per language. */
class Change {
  private readonly frames = new Map<Locale, Buffer>()

  constructor(readonly update: LiveUpdateView) {}

  get seq(): number {
    return this.update.seq
  }

  frame(locale: Locale): Buffer {
    let frame = this.frames.get(locale)
    if (!frame) {
      frame = Buffer.from(updateFrame(this.update, locale))
      this.frames.set(locale, frame)
    }
    return frame
  }
}

type Reader = { res: ServerResponse; locale: Locale; lastSeq: number }

/** The readers of one session and its recent changes (for readers who reconnect). */
type Channel = { readers: Set<Reader>; recent: Change[]; coveredFrom: number }

/** Changes kept per session for reconnecting readers; older ones are read from the database. */
const RECENT_PER_SESSION = 300
/** A reader whose socket holds this much unsent is too slow to follow: it is dropped (it reconnects). */
const MAX_BUFFERED_BYTES = 1024 * 1024
/** Polling stops this long after the last reader leaves. */
const IDLE_STOP_MS = 30_000

/**
 * One per site process: polls the database for changes after the last one it saw (one cheap query,
 * every `pollMs`, only while someone listens), renders each change once per language into an SSE
 * frame and writes that same buffer to every reader of its session. A reader who reconnects with
 * a Last-Event-ID first gets what it missed: from the recent changes kept here, or, further back,
 * from one database read shared by every reader asking for the same thing at once.
 */
export class LiveHub {
  private readonly channels = new Map<string, Channel>()
  private readers = 0
  private cursor: number | null = null
  private starting: Promise<void> | null = null
  private pollTimer: NodeJS.Timeout | null = null
  private heartbeatTimer: NodeJS.Timeout | null = null
  private idleTimer: NodeJS.Timeout | null = null
  private readonly backlogs = new Map<string, Promise<Change[]>>()
  private closed = false
  /** Per poll: when it ended and how many changes it delivered (for the bench and tests). */
  onDelivered: ((changes: number, writes: number) => void) | null = null

  constructor(
    private readonly source: LiveSource,
    private readonly pollMs = 100,
  ) {}

  get readerCount(): number {
    return this.readers
  }

  get isClosed(): boolean {
    return this.closed
  }

  /**
   * Adds a reader (its answer's headers already sent). It first gets what it missed after
   * `lastEventId`, then every change of its session as it comes.
   */
  async subscribe(
    res: ServerResponse,
    session: string,
    locale: Locale,
    lastEventId: number | null,
  ): Promise<void> {
    await this.start()
    const missed = lastEventId === null ? [] : await this.missed(session, lastEventId)
    // The reader may have gone while its backlog was read: then there is nobody to add.
    if (this.closed || res.closed || res.destroyed || res.writableEnded) return
    const reader: Reader = { res, locale, lastSeq: lastEventId ?? this.cursor ?? 0 }
    for (const change of missed) this.write(reader, change)
    const channel = this.channel(session)
    channel.readers.add(reader)
    this.readers += 1
    if (this.idleTimer) clearTimeout(this.idleTimer)
    this.idleTimer = null
    res.once('close', () => {
      if (!channel.readers.delete(reader)) return
      this.readers -= 1
      if (this.readers === 0 && !this.closed) this.stopWhenIdle()
    })
  }

  /** Changes of a session after `after`, oldest first (what a one-off request gets). */
  async snapshot(session: string, after: number, locale: Locale): Promise<Buffer[]> {
    const changes = await this.source.liveChangesSince(after, { session, limit: 500 })
    return changes.map((update) => new Change(update).frame(locale))
  }

  /** Ends every stream with a frame that tells the browser to come back later, and stops. */
  close(): number {
    this.closed = true
    for (const timer of [this.pollTimer, this.heartbeatTimer, this.idleTimer])
      if (timer) clearTimeout(timer)
    let ended = 0
    for (const channel of this.channels.values()) {
      for (const reader of channel.readers) {
        if (!reader.res.writableEnded) {
          reader.res.end(shutdownFrame(reader.locale))
          ended += 1
        }
      }
      channel.readers.clear()
    }
    this.readers = 0
    return ended
  }

  private channel(session: string): Channel {
    let channel = this.channels.get(session)
    if (!channel) {
      channel = { readers: new Set(), recent: [], coveredFrom: this.cursor ?? 0 }
      this.channels.set(session, channel)
    }
    return channel
  }

  private start(): Promise<void> {
    this.starting ??= this.source.latestLiveSeq().then(
      (seq) => {
        this.cursor = seq
        this.schedulePoll()
        this.heartbeatTimer = setInterval(() => this.heartbeat(), HEARTBEAT_MS)
        this.heartbeatTimer.unref()
      },
      (error: unknown) => {
        this.starting = null
        throw error
      },
    )
    return this.starting
  }

  private stopWhenIdle(): void {
    this.idleTimer = setTimeout(() => {
      if (this.readers > 0) return
      for (const timer of [this.pollTimer, this.heartbeatTimer]) if (timer) clearTimeout(timer)
      this.pollTimer = this.heartbeatTimer = null
      // What happened while nobody listened is not followed: the next start reads from the database.
      this.channels.clear()
      this.cursor = null
      this.starting = null
    }, IDLE_STOP_MS)
    this.idleTimer.unref()
  }

  private schedulePoll(): void {
    if (this.closed) return
    this.pollTimer = setTimeout(() => {
      this.poll()
        .catch((error: unknown) => console.error('[live] polling the updates failed:', error))
        .finally(() => {
          if (this.cursor !== null) this.schedulePoll()
        })
    }, this.pollMs)
  }

  /** One read of every change after the cursor, each delivered to its session's readers. */
  async poll(): Promise<void> {
    if (this.cursor === null) return
    const updates = await this.source.liveChangesSince(this.cursor, { limit: 200 })
    if (this.cursor === null || this.closed) return
    let writes = 0
    for (const update of updates) {
      if (update.seq <= this.cursor) continue
      this.cursor = update.seq
      const change = new Change(update)
      const channel = this.channel(update.session)
      channel.recent.push(change)
      if (channel.recent.length > RECENT_PER_SESSION)
        channel.coveredFrom = channel.recent.shift()!.seq
      for (const reader of channel.readers) writes += this.write(reader, change) ? 1 : 0
    }
    if (updates.length) this.onDelivered?.(updates.length, writes)
  }

  /** What a reader missed after `after`: kept here when recent enough, else read once for all. */
  private async missed(session: string, after: number): Promise<Change[]> {
    const channel = this.channel(session)
    let older: Change[] = []
    if (after < channel.coveredFrom) {
      const key = `${session}:${after}`
      let read = this.backlogs.get(key)
      if (!read) {
        read = this.source
          .liveChangesSince(after, { session, limit: 500 })
          .then((updates) => updates.map((update) => new Change(update)))
          .finally(() => this.backlogs.delete(key))
        this.backlogs.set(key, read)
      }
      older = await read
    }
    const last = older.reduce((max, change) => Math.max(max, change.seq), after)
    return [...older, ...channel.recent.filter((change) => change.seq > last)]
  }

  private write(reader: Reader, change: Change): boolean {
    if (change.seq <= reader.lastSeq) return false
    reader.lastSeq = change.seq
    const { res } = reader
    if (res.writableEnded || res.destroyed) return false
    if (res.writableLength > MAX_BUFFERED_BYTES) {
      res.destroy()
      return false
    }
    res.write(change.frame(reader.locale))
    return true
  }

  private heartbeat(): void {
    for (const channel of this.channels.values())
      for (const reader of channel.readers)
        if (!reader.res.writableEnded) reader.res.write(HEARTBEAT_FRAME)
  }
}
