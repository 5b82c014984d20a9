import type { IncomingMessage, ServerResponse } from 'node:http'

import { compressQuickly, type Encoding, encodingFor, isCompressible } from './encoding'
import type { Representation, Served } from './representation'

// How the site process writes an answer: a kept one (any coding, or 304), a one-off one
// (compressed once), and whether a streamed file is unchanged since the client's copy.

/** A header's first value. */
export const one = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value[0] : value

export type KeptAnswer = (
  req: IncomingMessage,
  res: ServerResponse,
  kept: Representation,
  served: Served,
  ageSeconds: number,
  headOnly: boolean,
) => void

/**
 * Writes a kept answer, in the coding the client asked for, or 304 when its copy is still good,
 * with Strict-Transport-Security when `hstsFor` gives it for the request. The headers are a list
 * built once per kind of answer (Representation.head); the compressed body is made on the first
 * request that wants it and kept with the answer. A hit makes no promise and no copy: a Map lookup
 * (in encodingFor), the kept list, one write.
 */
export const keptAnswers =
  (hstsFor: (req: IncomingMessage) => string | undefined): KeptAnswer =>
  (req, res, kept, served, ageSeconds, headOnly) => {
    const hsts = hstsFor(req)
    const { headers } = req
    const coding = kept.coding(encodingFor(headers['accept-encoding']))
    const ifNoneMatch = headers['if-none-match']
    const ifModifiedSince = headers['if-modified-since']
    if (
      (ifNoneMatch !== undefined || ifModifiedSince !== undefined) &&
      kept.notModified(ifNoneMatch, ifModifiedSince)
    ) {
      res.writeHead(304, kept.head(coding, kept.body, hsts, true, served, ageSeconds))
      res.end()
      return
    }
    const body = kept.bodyIn(coding)
    if (Buffer.isBuffer(body)) {
      res.writeHead(kept.status, kept.head(coding, body, hsts, false, served, ageSeconds))
      res.end(headOnly ? undefined : body)
      return
    }
    const write = (sent: Buffer, sentCoding: Encoding) => {
      res.writeHead(kept.status, kept.head(sentCoding, sent, hsts, false, served, ageSeconds))
      res.end(headOnly ? undefined : sent)
    }
    body.then(
      (compressed) => write(compressed, coding),
      (error: unknown) => {
        console.error('compression failed', error)
        write(kept.body, 'identity')
      },
    )
  }

/**
 * An answer that is not kept (a private page, a form's page, a 404) but worth compressing: once,
 * for this request, at a quick setting.
 */
export function answerOnce(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: Record<string, unknown>,
  body: Buffer,
  headOnly: boolean,
): void {
  for (const name of ['content-length', 'transfer-encoding']) res.removeHeader(name)
  const type = headers['content-type']
  const compressible = isCompressible(typeof type === 'string' ? type : undefined, body.length)
  const coding = compressible ? encodingFor(one(req.headers['accept-encoding'])) : 'identity'
  const write = (sent: Buffer, sentCoding: typeof coding) => {
    if (sentCoding !== 'identity') res.setHeader('Content-Encoding', sentCoding)
    res.setHeader('Content-Length', String(sent.length))
    res.writeHead(status)
    res.end(headOnly ? undefined : sent)
  }
  if (compressible) {
    const vary = res.getHeader('vary')
    res.setHeader('Vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding')
  }
  if (coding === 'identity') return write(body, 'identity')
  compressQuickly(body, coding).then(
    (compressed) => write(compressed, coding),
    () => write(body, 'identity'),
  )
}

/**
 * For a large file streamed as it is (an upload's original): `If-Modified-Since` against its own
 * Last-Modified (whole seconds, as HTTP dates are). Without If-None-Match only (RFC 9110 13.2.2).
 */
export function unchangedSince(
  ifNoneMatch: string | undefined,
  ifModifiedSince: string | undefined,
  lastModified: unknown,
): boolean {
  if (ifNoneMatch !== undefined || !ifModifiedSince || typeof lastModified !== 'string')
    return false
  const since = Date.parse(ifModifiedSince)
  const modified = Date.parse(lastModified)
  return !Number.isNaN(since) && !Number.isNaN(modified) && modified <= since
}
