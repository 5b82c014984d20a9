import { splitLocale } from '~/site/lib/i18n/locales'

/**
 * The query parameters each page reads, by route (the path without /en, as the file sits in
 * site/pages). Every other parameter (`utm_source`, `fbclid`, a random cache-buster) is dropped
 * before the page sees the request, and the rest are put in name order: so the cache key is the
 * address the page actually renders, and a tracking or random query string is answered from the
 * cache. A page that starts reading a parameter must be named here
 * (tests/unit/cacheKey.test.ts reads site/pages and fails otherwise).
 *
 * Only anonymous GET and HEAD requests are normalised (site/serve/index.ts): a signed-in reader's
 * request, and every form post, reach the page untouched.
 */
export const PAGE_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  '/search': ['q'],
  '/news': ['page'],
  '/releases': ['page'],
  '/galleries': ['page'],
  '/events/[slug]/releases': ['page'],
  '/events/[slug]/galleries': ['page'],
  // The application form pre-selects an event.
  '/accreditation': ['event'],
  // Private pages (never cached), but anonymous GETs: their links carry these.
  '/accreditation/status/[token]': ['answered', 'withdrawn'],
  '/press/password': ['token', 'welcome'],
  '/outlet/password': ['token'],
  '/outlet': ['event', 'done'],
  '/preview/[collection]/[id]': ['t'],
  '/checkin/offline-data': ['event', 'day', 'grant'],
  '/checkin/session-access': ['event', 'day', 'grant'],
  '/checkin/sessions': ['switched'],
  // The editor's live desk (never cached: signed in); its answers after a post.
  '/live/[id]/post': ['done', 'seq'],
  // The live stream (answered before the cache by site/serve/live; this is its `astro dev` twin).
  '/live/[id]/events': ['lastEventId'],
}

type Route = { pattern: RegExp; params: ReadonlySet<string> }

const ROUTES: Route[] = Object.entries(PAGE_PARAMETERS).map(([route, params]) => ({
  pattern: new RegExp(
    `^${route.replace(/[.]/g, '\\.').replace(/\[[^\]]+\]/g, '[^/]+')}(?:/|/index\\.html)?$`,
  ),
  params: new Set(params),
}))

/** Every parameter some page reads: a query string naming none of them is dropped whole, at once. */
const READ_ANYWHERE: ReadonlySet<string> = new Set(Object.values(PAGE_PARAMETERS).flat())

/**
 * Whether the query string (from `from` on) names a parameter some page reads. Most do not (a
 * tracking parameter, a random cache-buster): then no route is matched, nothing is decoded.
 */
function namesAnyRead(url: string, from: number): boolean {
  for (let start = from; start <= url.length;) {
    let end = url.indexOf('&', start)
    if (end === -1) end = url.length
    let equals = url.indexOf('=', start)
    if (equals === -1 || equals > end) equals = end
    const raw = url.slice(start, equals)
    const name = raw.includes('%') || raw.includes('+') ? decoded(raw) : raw
    if (name !== undefined && READ_ANYWHERE.has(name)) return true
    start = end + 1
  }
  return false
}

/** The parameters the page at this path reads (none for most pages). */
export function parametersRead(pathname: string): ReadonlySet<string> | undefined {
  let decoded = pathname
  try {
    decoded = decodeURI(pathname)
  } catch {
    // Not valid percent-encoding: the page will not be found either.
  }
  const { path } = splitLocale(decoded)
  return ROUTES.find((route) => route.pattern.test(path))?.params
}

/**
 * `/news/?utm_source=x&page=2&fbclid=y` → `/news/?page=2`; `/?utm_source=x` → `/`. Values are
 * kept as given (several of one name in their order), re-encoded the one way URLSearchParams does,
 * so `q=a b` and `q=a+b` and `q=a%20b` are one key. A kept value that is not valid
 * percent-encoding is kept as it came, so the page still refuses it (400). The fragment never
 * reaches a server.
 */
export function normaliseUrl(url: string): string {
  const mark = url.indexOf('?')
  if (mark === -1) return url
  const pathname = url.slice(0, mark)
  if (!namesAnyRead(url, mark + 1)) return pathname
  const read = parametersRead(pathname)
  if (!read) return pathname
  const kept: [string, string][] = []
  for (const part of url.slice(mark + 1).split('&')) {
    const equals = part.indexOf('=')
    const name = decoded(equals === -1 ? part : part.slice(0, equals))
    if (name === undefined || !read.has(name)) continue
    const raw = equals === -1 ? '' : part.slice(equals + 1)
    const value = decoded(raw)
    const encodedName = new URLSearchParams([[name, '']]).toString().slice(0, -1)
    kept.push([
      name,
      value === undefined
        ? `${encodedName}=${raw}`
        : new URLSearchParams([[name, value]]).toString(),
    ])
  }
  if (kept.length === 0) return pathname
  // Array sort is stable: values of one name keep their order (the page reads the first).
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `${pathname}?${kept.map(([, part]) => part).join('&')}`
}

function decoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '))
  } catch {
    return undefined
  }
}
