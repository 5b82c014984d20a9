/**
 * Whole public responses kept in memory in front of the site, so a reader's page is a map lookup
 * and a socket write, not a render. Only what the site itself marked `Cache-Control: public` (see
 * the middleware) is kept, never anything for a request carrying a session cookie. An expired
 * entry is still served while one request renders its replacement (stale-while-revalidate).
 */
export type StoredResponse = {
  status: number
  headers: Record<string, string | string[]>
  body: Buffer
  storedAt: number
}

type Entry = StoredResponse & { refreshing: boolean }

export type Lookup =
  { kind: 'fresh' | 'stale'; entry: StoredResponse; ageSeconds: number } | { kind: 'render' }

/** Largest body kept (pages and feeds; images are streamed from disk and cached by browsers). */
export const MAX_CACHED_BYTES = 1024 * 1024

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
    !/no-store|private/.test(control) &&
    headers['set-cookie'] === undefined &&
    bytes <= MAX_CACHED_BYTES
  )
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>()

  constructor(
    private readonly freshMs: number,
    private readonly staleMs: number,
    private readonly maxEntries = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Fresh or stale: answer with it. Render: this request renders, and `store` or `release` follows. */
  lookup(key: string): Lookup {
    const entry = this.entries.get(key)
    if (!entry) return { kind: 'render' }
    const age = this.now() - entry.storedAt
    const ageSeconds = Math.floor(age / 1000)
    if (age < this.freshMs) return { kind: 'fresh', entry, ageSeconds }
    if (age < this.freshMs + this.staleMs) {
      if (entry.refreshing) return { kind: 'stale', entry, ageSeconds }
      entry.refreshing = true
      return { kind: 'render' }
    }
    this.entries.delete(key)
    return { kind: 'render' }
  }

  store(key: string, response: Omit<StoredResponse, 'storedAt'>): void {
    this.entries.delete(key)
    this.entries.set(key, { ...response, storedAt: this.now(), refreshing: false })
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!)
  }

  /** The render did not give a cacheable answer: keep serving the old one until it is too old. */
  release(key: string): void {
    const entry = this.entries.get(key)
    if (entry) entry.refreshing = false
  }

  get size(): number {
    return this.entries.size
  }
}
