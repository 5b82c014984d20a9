import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'

/**
 * Holds back what Astro writes to a response until the end, when its headers say it may be kept
 * (cached, or compressed whole): then `held` receives status, headers and body and answers itself.
 * Anything else goes out as written, at once: a Server-Sent Events stream, a large file, a
 * redirect. A held answer that grows past `maxBytes` is let go as it is.
 */
export type HoldOptions = {
  /** Decided when the headers are written (explicitly or by the first write). */
  mayHold(status: number, headers: OutgoingHttpHeaders): boolean
  maxBytes: number
  /** The whole answer; it is the callee's to send (the response's own methods are back). */
  held(status: number, headers: OutgoingHttpHeaders, body: Buffer): void
  /** The answer went out as written. */
  passed(): void
  /**
   * For an answer not held (a large file): true when the client's copy is still good. Then a 304
   * goes out with the validators and cache headers, and the body written after it is dropped.
   */
  unchanged?(status: number, headers: OutgoingHttpHeaders): boolean
}

/** Headers a 304 does not carry (RFC 9110 15.4.5). */
const BODY_HEADERS = ['content-length', 'content-type', 'content-encoding', 'transfer-encoding']

type Write = (chunk: unknown, encoding?: unknown, callback?: unknown) => boolean
type End = (chunk?: unknown, encoding?: unknown, callback?: unknown) => ServerResponse
type WriteHead = (status: number, ...rest: unknown[]) => ServerResponse

export function holdResponse(res: ServerResponse, options: HoldOptions): void {
  const writeHead = res.writeHead.bind(res) as WriteHead
  const write = res.write.bind(res) as Write
  const own = res as unknown as { writeHead: WriteHead; write: Write; end: End }
  let mode: 'undecided' | 'hold' | 'pass' | 'drop' = 'undecided'
  let chunks: Buffer[] = []
  let size = 0

  const restore = () => {
    delete (res as unknown as Record<string, unknown>).writeHead
    delete (res as unknown as Record<string, unknown>).write
    delete (res as unknown as Record<string, unknown>).end
  }
  const pass = () => {
    mode = 'pass'
    restore()
    writeHead(res.statusCode)
    for (const chunk of chunks) write(chunk)
    chunks = []
    options.passed()
  }
  const decide = () => {
    const headers = res.getHeaders()
    if (options.mayHold(res.statusCode, headers)) mode = 'hold'
    else if (options.unchanged?.(res.statusCode, headers)) {
      mode = 'drop'
      for (const name of BODY_HEADERS) res.removeHeader(name)
      writeHead(304)
      options.passed()
    } else pass()
  }
  const keep = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return
    const buffer =
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : Buffer.from(chunk as Uint8Array)
    chunks.push(buffer)
    size += buffer.length
  }
  const callbackOf = (...args: unknown[]) =>
    args.find((arg) => typeof arg === 'function') as (() => void) | undefined

  own.writeHead = (status, ...rest) => {
    if (mode !== 'undecided') return writeHead(status, ...rest)
    res.statusCode = status
    const headers = rest.find((arg) => arg !== null && typeof arg === 'object')
    if (typeof rest[0] === 'string') res.statusMessage = rest[0]
    if (Array.isArray(headers)) {
      // Raw header lists are not ours to reorder: this answer goes out as written.
      mode = 'pass'
      restore()
      options.passed()
      return writeHead(status, ...rest)
    }
    for (const [name, value] of Object.entries((headers ?? {}) as OutgoingHttpHeaders))
      if (value !== undefined) res.setHeader(name, value)
    decide()
    return res
  }
  own.write = (chunk, encoding, callback) => {
    if (mode === 'undecided') decide()
    if (mode === 'pass') return res.write(chunk as never, encoding as never, callback as never)
    if (mode === 'drop') {
      const done = callbackOf(encoding, callback)
      if (done) process.nextTick(done)
      return true
    }
    keep(chunk, encoding)
    if (size > options.maxBytes) pass()
    const done = callbackOf(encoding, callback)
    if (done) process.nextTick(done)
    return true
  }
  own.end = (chunk, encoding, callback) => {
    if (mode === 'undecided') decide()
    if (mode === 'pass') return res.end(chunk as never, encoding as never, callback as never)
    if (mode === 'drop') {
      restore()
      return res.end(callbackOf(chunk, encoding, callback))
    }
    keep(chunk, encoding)
    restore()
    const body = Buffer.concat(chunks)
    chunks = []
    options.held(res.statusCode, res.getHeaders(), body)
    const done = callbackOf(chunk, encoding, callback)
    if (done) process.nextTick(done)
    return res
  }
}
