/**
 * A small in-memory stale-while-revalidate cache for public reads. A fresh entry is served as is;
 * a stale one is served at once while one background load refreshes it; when that load fails,
 * the stale value keeps being served (stale-if-error). Never used for personal data.
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

let freshMs = Number(process.env.PUBLIC_CACHE_SECONDS ?? 5) * 1000

export function setCacheSeconds(seconds: number): void {
  freshMs = seconds * 1000
}

export function clearCache(): void {
  store.clear()
}

function remember(key: string, value: unknown): void {
  if (store.size >= MAX_ENTRIES && !store.has(key)) store.delete(store.keys().next().value!)
  store.set(key, { value, freshUntil: Date.now() + freshMs })
}

function load<T>(key: string, loader: () => Promise<T>): Promise<T> {
  const running = inflight.get(key)
  if (running) return running as Promise<T>
  const promise = loading
    .run(true, loader)
    .then((value) => {
      remember(key, value)
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
export async function cached<T>(
  key: string,
  loader: () => Promise<T>,
  mayServeStale: (value: T) => boolean = () => true,
): Promise<T> {
  if (freshMs <= 0) return loader()
  const hit = store.get(key)
  if (!hit) return load(key, loader)
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
