/**
 * A small in-memory stale-while-revalidate cache for public reads. A fresh entry is served as is;
 * a stale one is served at once while one background load refreshes it; when that load fails,
 * the stale value keeps being served (stale-if-error). Never used for personal data.
 *
 * Bounded and least-recently-used: a read a page keeps making stays. A read that found nothing
 * (an article slug that does not exist: a 404) is not kept, so a flood of random addresses can
 * neither grow the cache nor push out the reads readers' pages need.
 *
 * Within one page render (`withinRender`, entered by the site's middleware), a read is made once
 * whatever the cache says: the layout, the page and its lists all ask for the events, and with the
 * cache off (PUBLIC_CACHE_SECONDS=0) or cold they share one read instead of making eight.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

type Entry = { value: unknown; freshUntil: number; refreshing?: Promise<unknown> }

const MAX_ENTRIES = 1000
const store = new Map<string, Entry>()
const inflight = new Map<string, Promise<unknown>>()
/**
 * Set while a loader runs. Reads nest (the home page's lists read the featured event, which reads
 * the events): a loader that took a stale inner value would keep it fresh for another period, so
 * staleness would add up level by level. Inside a loader, a stale inner value is read afresh.
 */
const loading = new AsyncLocalStorage<true>()
/** The reads of the page render under way, by key. */
const render = new AsyncLocalStorage<Map<string, Promise<unknown>>>()

let freshMs = Number(process.env.PUBLIC_CACHE_SECONDS ?? 5) * 1000

export function setCacheSeconds(seconds: number): void {
  freshMs = seconds * 1000
}

export function clearCache(): void {
  store.clear()
}

/** How many reads are kept (for tests). */
export const cacheSize = (): number => store.size

/** Runs one page render: inside it, each public read (by its key) is made once. */
export function withinRender<T>(work: () => T): T {
  return render.run(new Map(), work)
}

function remember(key: string, value: unknown): void {
  if (value === null || value === undefined) {
    store.delete(key)
    return
  }
  store.delete(key)
  if (store.size >= MAX_ENTRIES) store.delete(store.keys().next().value!)
  store.set(key, { value, freshUntil: Date.now() + freshMs })
}

function load<T>(key: string, loader: () => Promise<T>): Promise<T> {
  const running = inflight.get(key)
  if (running) return running as Promise<T>
  const promise = loading
    .run(true, loader)
    .then((value) => {
      if (freshMs > 0) remember(key, value)
      return value
    })
    .finally(() => inflight.delete(key))
  inflight.set(key, promise)
  return promise
}

/**
 * `mayServeStale` says whether an expired value is still good enough to answer with while it is
 * refreshed. A value that would turn the reader away (a list page past the last one: a 404) is
 * not: the list may have grown since, so that reader waits for the fresh read instead.
 */
export function cached<T>(
  key: string,
  loader: () => Promise<T>,
  mayServeStale: (value: T) => boolean = () => true,
): Promise<T> {
  const reads = render.getStore()
  if (!reads) return read(key, loader, mayServeStale)
  // A loader reads afresh what the page itself may have taken stale: a slot of its own.
  const slot = freshMs > 0 && loading.getStore() ? `${key}\u0000fresh` : key
  const known = reads.get(slot)
  if (known) return known as Promise<T>
  const value = read(key, loader, mayServeStale)
  reads.set(slot, value)
  return value
}

async function read<T>(
  key: string,
  loader: () => Promise<T>,
  mayServeStale: (value: T) => boolean,
): Promise<T> {
  if (freshMs <= 0) return load(key, loader)
  const hit = store.get(key)
  if (!hit) return load(key, loader)
  // Read again: the most recently used (a Map keeps insertion order; the oldest goes first).
  store.delete(key)
  store.set(key, hit)
  if (Date.now() >= hit.freshUntil && (loading.getStore() || !mayServeStale(hit.value as T)))
    return load(key, loader)
  if (Date.now() >= hit.freshUntil && !inflight.has(key)) {
    load(key, loader).catch((error: unknown) =>
      console.error(`[cache] refresh of ${key} failed, serving stale:`, error),
    )
  }
  return hit.value as T
}

/** For a numbered list page: served stale only while the page it asked for still exists. */
export const pageStillExists =
  (page: number) =>
  (list: { totalPages: number }): boolean =>
    page <= list.totalPages
