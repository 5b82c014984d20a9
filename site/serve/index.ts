import '~/cms/scripts/requireNode'

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'
import type { Duplex } from 'node:stream'
import { pathToFileURL } from 'node:url'

import { getEnv } from '~/cms/env'
import { ROOT } from '~/cms/paths'
import { isPreviewPath } from '~/cms/lib/preview/previewToken'
import { answerClientError, answerSocket, refuseMethod } from '~/cms/serve/answers'
import { splitLocale } from '../lib/i18n/locales'
import {
  isAllowedMethod,
  isBehindTls,
  methodNotAllowedHeaders,
  securityHeaders,
  SITE_METHODS,
} from '../lib/securityHeaders'
import {
  ResponseCache,
  requestMayUseCache,
  responseMayBeCached,
  type StoredResponse,
} from './responseCache'
import { liveStreams } from './live'

/**
 * The site process: Astro's built handler behind an in-memory cache of whole public responses.
 * Listens on PORT / HOST like Astro's own standalone server, which it replaces.
 */
process.env.ASTRO_NODE_AUTOSTART = 'disabled'
type Handler = (req: import('node:http').IncomingMessage, res: ServerResponse) => Promise<void>
const { handler } = (await import(
  pathToFileURL(path.join(ROOT, 'dist/site/server/entry.mjs')).href
)) as { handler: Handler }

const env = getEnv()
// One second is enough to turn a news spike into one render per page per second; the data below
// is itself cached PUBLIC_CACHE_SECONDS, and the two delays add up before a change is visible.
const cache = new ResponseCache(Math.min(1, env.PUBLIC_CACHE_SECONDS) * 1000, 10 * 60 * 1000)
// Live coverage streams (Server-Sent Events), answered here before the cache and Astro.
const live = liveStreams({ trustProxy: env.TRUST_PROXY, maxPerClient: env.LIVE_STREAMS_PER_CLIENT })

function send(
  res: ServerResponse,
  stored: StoredResponse,
  how: string,
  ageSeconds: number,
  headOnly: boolean,
): void {
  const { 'transfer-encoding': _chunked, ...headers } = stored.headers
  res.writeHead(stored.status, {
    ...headers,
    'content-length': String(stored.body.length),
    age: String(ageSeconds),
    'x-cache': how,
  })
  res.end(headOnly ? undefined : stored.body)
}

/** Lets the response go out as Astro writes it, keeping a copy of the bytes for the cache. */
function copyAsWritten(res: ServerResponse, done: (body: Buffer) => void): void {
  const chunks: Buffer[] = []
  const write = res.write.bind(res) as (...args: unknown[]) => boolean
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
  const keep = (chunk: unknown) => {
    if (typeof chunk === 'string') chunks.push(Buffer.from(chunk))
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk))
  }
  res.write = ((chunk: unknown, ...rest: unknown[]) => (
    keep(chunk),
    write(chunk, ...rest)
  )) as ServerResponse['write']
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== 'function') keep(chunk)
    const result = end(chunk, ...rest)
    done(Buffer.concat(chunks))
    return result
  }) as ServerResponse['end']
}

/** The security headers of this request, whatever answers it. */
function headersFor(req: IncomingMessage): Record<string, string> {
  const proto = req.headers['x-forwarded-proto']
  const headers = securityHeaders(
    isBehindTls(env.SITE_URL, env.TRUST_PROXY, (Array.isArray(proto) ? proto[0] : proto) ?? null),
  )
  // A preview may be framed by the admin's live-preview pane: its policy names the admin's origin
  // (site/middleware.ts), and X-Frame-Options, which cannot name one, is left out.
  const { pathname } = new URL(req.url ?? '/', 'http://site.invalid')
  if (isPreviewPath(splitLocale(pathname).path)) delete headers['X-Frame-Options']
  return headers
}

/**
 * Every answer starts with the security headers, before Astro sees the request: static files
 * (/_astro/, favicon, fonts), Astro's own errors (its 403 for a cross-site form post) and pages
 * alike. A page's own policy replaces the default one (site/middleware.ts merges them).
 */
function refuseOrPrepare(req: IncomingMessage, res: ServerResponse): boolean {
  const headers = headersFor(req)
  if (!isAllowedMethod(SITE_METHODS, req.method)) {
    refuseMethod(res, headers, SITE_METHODS)
    return false
  }
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
  return true
}

const server = createServer((req, res) => {
  if (!refuseOrPrepare(req, res)) return
  if (live.answers(req, res)) return
  if (
    !requestMayUseCache(req.method, req.url, req.headers.cookie) ||
    env.PUBLIC_CACHE_SECONDS === 0
  ) {
    void handler(req, res)
    return
  }
  const key = req.url!
  const found = cache.lookup(key)
  if (found.kind !== 'render')
    return send(
      res,
      found.entry,
      found.kind === 'fresh' ? 'HIT' : 'STALE',
      found.ageSeconds,
      req.method === 'HEAD',
    )
  copyAsWritten(res, (body) => {
    const headers = res.getHeaders() as Record<string, string | string[]>
    if (req.method === 'GET' && responseMayBeCached(res.statusCode, headers, body.length))
      cache.store(key, { status: res.statusCode, headers, body })
    else cache.release(key)
  })
  res.setHeader('x-cache', 'MISS')
  void handler(req, res)
})

// Node answers CONNECT and requests it cannot parse outside the handler above: with the same headers.
server.on('connect', (req: IncomingMessage, socket: Duplex) =>
  answerSocket(socket, 405, { ...headersFor(req), ...methodNotAllowedHeaders(SITE_METHODS) }),
)
server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) =>
  answerClientError(
    error,
    socket,
    securityHeaders(env.SITE_URL.startsWith('https:')),
    SITE_METHODS,
  ),
)
server.keepAliveTimeout = 65_000
server.listen(Number(process.env.PORT ?? env.SITE_PORT), process.env.HOST ?? env.SITE_HOST, () => {
  setTimeout(() => live.warm(), 1000).unref()
  console.log(
    `site listening on http://${process.env.HOST ?? env.SITE_HOST}:${process.env.PORT ?? env.SITE_PORT}`,
  )
})
const stop = () => (live.close(), server.close(() => process.exit(0)))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
