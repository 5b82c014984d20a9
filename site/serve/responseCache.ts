/**
 * Whole public responses kept in memory in front of the site, so a reader's page is a map lookup
 * and a socket write, not a render. Only what the site itself marked `Cache-Control: public` (see
 * the middleware) is kept, never anything for a request carrying a session cookie. An expired
 * entry is still served while one request renders its replacement (stale-while-revalidate).
 *
 * Bounded by bytes, in two parts (a segmented LRU): an address seen for the first time goes to a
 * small probation part (PROBATION_SHARE of the bytes); only one asked for again while it is there
 * moves to the protected part. A flood of distinct addresses (random search words, page numbers)
 * churns the probation part only; the pages readers keep asking for stay, and leave the protected
 * part only for pages asked for more recently.
 *
 * Only answers that may be kept take room: a 404 (a flood of random paths), a redirect, a private
 * page is rendered for its request and forgotten, so it can neither grow the cache nor push a page
 * out. Requests for an address that is being rendered wait for that one render (`joinRender`)
 * instead of starting their own: a HEAD and a GET, a conditional and a plain request, or a crowd
 * arriving together on a cold page all get the answer of one render.
 */
export type Lookup<T> =
  { kind: 'fresh' | 'stale'; value: T; ageSeconds: number } | { kind: 'render' }

type Entry<T> = {
  value: T
  bytes: number
  storedAt: number
  refreshing: boolean
  protected: boolean
}

/** Largest body kept (pages, feeds, calendars, small images; larger files are streamed). */
export const MAX_CACHED_BYTES = 1024 * 1024

/** How long requests wait for another's render before they render themselves. */
export const JOIN_TIMEOUT_MS = 10_000

/** The share of the byte budget for addresses seen once. */
export const PROBATION_SHARE = 0.125

const SESSION_COOKIE = /(?:^|;\s*)portal_[a-z]+=/

export function requestMayUseCache(
  method: string | undefined,
  url: string | undefined,
  cookie: string | undefined,
): boolean {
  return (
    (method === 'GET' || method === 'HEAD') &&
    typeof url === 'string' &&
    url.length <= 2048 &&
    !SESSION_COOKIE.test(cookie ?? '')
  )
}

export function responseMayBeCached(
  status: number,
  headers: Record<string, unknown>,
  bytes: number,
): boolean {
  const control = String(headers['cache-control'] ?? '')
  return (
    status === 200 &&
    /\bpublic\b/.test(control) &&
    !/no-store|no-cache|private/.test(control) &&
    headers['set-cookie'] === undefined &&
    !/^text\/event-stream/i.test(String(headers['content-type'] ?? '')) &&
    bytes <= MAX_CACHED_BYTES
  )
}

export type CacheOptions = {
  /** How long an entry is served as it is. */
  freshMs: number
  /** How long after that it is still served while one request renders its replacement. */
  staleMs: number
  /** The budget of all entries (their `bytes`, as the caller counts them). */
  maxBytes?: number
  now?: () => number
}

export class ResponseCache<T> {
  private readonly probation = new Map<string, Entry<T>>()
  private readonly kept = new Map<string, Entry<T>>()
  private probationBytes = 0
  private keptBytes = 0
  private readonly freshMs: number
  private readonly staleMs: number
  private readonly maxProbation: number
  private readonly maxKept: number
  private readonly now: () => number
  /** Keys being rendered, with what their waiters are given when the render is done. */
  private readonly rendering = new Map<string, (value: T | undefined) => void>()
  private readonly waiting = new Map<string, Promise<T | undefined>>()

  constructor(options: CacheOptions) {
    this.freshMs = options.freshMs
    this.staleMs = options.staleMs
    const max = options.maxBytes ?? 64 * 1024 * 1024
    this.maxProbation = Math.floor(max * PROBATION_SHARE)
    this.maxKept = max - this.maxProbation
    this.now = options.now ?? Date.now
  }

  /** Fresh or stale: answer with it. Render: this request renders, and `store` or `release` follows. */
  lookup(key: string): Lookup<T> {
    const entry = this.touch(key)
    if (!entry) return { kind: 'render' }
    const age = this.now() - entry.storedAt
    const ageSeconds = Math.floor(age / 1000)
    if (age < this.freshMs) return { kind: 'fresh', value: entry.value, ageSeconds }
    if (age < this.freshMs + this.staleMs) {
      if (entry.refreshing) return { kind: 'stale', value: entry.value, ageSeconds }
      entry.refreshing = true
      return { kind: 'render' }
    }
    this.remove(key)
    return { kind: 'render' }
  }

  /** The value kept for a key, whatever its age, without counting it as a reader's request. */
  peek(key: string): T | undefined {
    return (this.kept.get(key) ?? this.probation.get(key))?.value
  }

  /**
   * After `lookup` said render: when another request is already rendering this key, the promise of
   * its answer (undefined when it was not kept: render yourself); else undefined, and this request
   * is the one that renders, its `store` or `release` answering the others.
   */
  joinRender(key: string): Promise<T | undefined> | undefined {
    const pending = this.waiting.get(key)
    if (pending) return pending
    let settle!: (value: T | undefined) => void
    const promise = new Promise<T | undefined>((resolve) => (settle = resolve))
    // A render that never ends (a client gone, a stuck read) keeps no one waiting for long.
    const timer = setTimeout(() => this.settle(key, undefined), JOIN_TIMEOUT_MS)
    timer.unref?.()
    this.waiting.set(key, promise)
    this.rendering.set(key, (value) => {
      clearTimeout(timer)
      settle(value)
    })
    return undefined
  }

  /** Renders under way that other requests may join (for tests). */
  get rendersUnderWay(): number {
    return this.rendering.size
  }

  store(key: string, value: T, bytes: number): void {
    this.settle(key, value)
    const wasKept = this.kept.has(key)
    this.remove(key)
    if (bytes > this.maxProbation && !wasKept) return
    const entry: Entry<T> = {
      value,
      bytes,
      storedAt: this.now(),
      refreshing: false,
      protected: wasKept,
    }
    this.insert(key, entry)
  }

  /** The render did not give a cacheable answer: keep serving the old one until it is too old. */
  release(key: string): void {
    this.settle(key, undefined)
    const entry = this.kept.get(key) ?? this.probation.get(key)
    if (entry) entry.refreshing = false
  }

  get size(): number {
    return this.kept.size + this.probation.size
  }

  get bytes(): number {
    return this.keptBytes + this.probationBytes
  }

  /** Whether a key made it to the protected part (for tests and the report). */
  isProtected(key: string): boolean {
    return this.kept.has(key)
  }

  /** A reader asked for it: the most recently used of its part, or promoted out of probation. */
  private touch(key: string): Entry<T> | undefined {
    const kept = this.kept.get(key)
    if (kept) {
      this.kept.delete(key)
      this.kept.set(key, kept)
      return kept
    }
    const trial = this.probation.get(key)
    if (!trial) return undefined
    this.probation.delete(key)
    this.probationBytes -= trial.bytes
    trial.protected = true
    this.insert(key, trial)
    return trial
  }

  private insert(key: string, entry: Entry<T>): void {
    if (entry.protected) {
      this.kept.set(key, entry)
      this.keptBytes += entry.bytes
      // The least recently read protected entries go back on probation: one more chance.
      while (this.keptBytes > this.maxKept && this.kept.size > 1) {
        const [oldKey, old] = this.kept.entries().next().value!
        this.kept.delete(oldKey)
        this.keptBytes -= old.bytes
        old.protected = false
        this.probation.set(oldKey, old)
        this.probationBytes += old.bytes
      }
    } else {
      this.probation.set(key, entry)
      this.probationBytes += entry.bytes
    }
    while (this.probationBytes > this.maxProbation && this.probation.size > 0) {
      const [oldKey, old] = this.probation.entries().next().value!
      this.probation.delete(oldKey)
      this.probationBytes -= old.bytes
    }
  }

  private settle(key: string, value: T | undefined): void {
    const settle = this.rendering.get(key)
    if (!settle) return
    this.rendering.delete(key)
    this.waiting.delete(key)
    settle(value)
  }

  private remove(key: string): void {
    const kept = this.kept.get(key)
    if (kept) {
      this.kept.delete(key)
      this.keptBytes -= kept.bytes
    }
    const trial = this.probation.get(key)
    if (trial) {
      this.probation.delete(key)
      this.probationBytes -= trial.bytes
    }
  }
}
