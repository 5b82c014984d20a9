import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { Representation } from './representation'

/**
 * The build's hashed assets (`/_astro/…`) and fonts, answered from memory with the brotli and gzip
 * files the build wrote beside them (site/serve/precompress.ts), a strong ETag and Last-Modified.
 * The list of files is read once at start: an address not in it costs a Set lookup, so a flood of
 * made-up asset names cannot fill memory; each file is read on its first request.
 */
const FONT = /\.(?:woff2?|ttf|otf|eot)$/i

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
}

/** Files larger than this are left to Astro's own static handler (streamed from disk). */
const MAX_FILE_BYTES = 4 * 1024 * 1024

/** Whether an address is one this module answers (the rest goes to Astro). */
export function isStaticAsset(pathname: string): boolean {
  if (pathname.startsWith('/_astro/')) return true
  // Only the text after the last dot can be a font's extension (asked on every request).
  const dot = pathname.lastIndexOf('.')
  return dot !== -1 && FONT.test(pathname.slice(dot))
}

export class StaticFiles {
  private readonly known = new Set<string>()
  private readonly loaded = new Map<string, Representation>()

  constructor(
    private readonly root: string,
    private readonly baseHeaders: Record<string, string>,
  ) {
    if (!existsSync(root)) return
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || /\.(?:br|gz)$/.test(entry.name)) continue
      const relative = path.relative(root, path.join(entry.parentPath, entry.name))
      const address = `/${relative.split(path.sep).join('/')}`
      if (isStaticAsset(address)) this.known.add(address)
    }
  }

  /** The file at an address (undecoded, without query), or undefined. */
  find(pathname: string): Representation | undefined {
    const cached = this.loaded.get(pathname)
    if (cached) return cached
    if (!this.known.has(pathname)) return undefined
    const file = path.join(this.root, pathname)
    const info = statSync(file)
    if (info.size > MAX_FILE_BYTES) return undefined
    const immutable = pathname.startsWith('/_astro/')
    const headers = {
      ...this.baseHeaders,
      'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=86400',
    }
    const representation = Representation.renew(
      200,
      headers,
      readFileSync(file),
      undefined,
      info.mtime,
    )
    if (representation.compressible) {
      for (const [coding, suffix] of [
        ['br', '.br'],
        ['gzip', '.gz'],
      ] as const) {
        if (existsSync(file + suffix)) representation.provide(coding, readFileSync(file + suffix))
      }
    }
    this.loaded.set(pathname, representation)
    return representation
  }
}
