import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

import type { AstroIntegration } from 'astro'

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file of the site's client build
 * (scripts, styles, SVG, fonts other than woff/woff2), at the best settings, once per build:
 * site/serve/staticFiles.ts sends them as they are. A compressed copy not smaller than the file
 * itself is not written.
 */
const COMPRESSIBLE = /\.(?:js|mjs|css|svg|json|map|txt|xml|html|ttf|otf|eot|ico)$/i

/** Below this, not worth a second file (site/serve/encoding.ts MIN_COMPRESS_BYTES). */
const MIN_BYTES = 1024

export function precompressDirectory(root: string): { files: number; bytes: number; br: number } {
  let files = 0
  let bytes = 0
  let br = 0
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue
    const file = path.join(entry.parentPath, entry.name)
    if (statSync(file).size < MIN_BYTES) continue
    const body = readFileSync(file)
    const text = !/\.(?:ttf|otf|eot|ico)$/i.test(entry.name)
    const brotli = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        [constants.BROTLI_PARAM_MODE]: text
          ? constants.BROTLI_MODE_TEXT
          : constants.BROTLI_MODE_GENERIC,
      },
    })
    const gzip = gzipSync(body, { level: 9 })
    if (brotli.length < body.length) writeFileSync(`${file}.br`, brotli)
    if (gzip.length < body.length) writeFileSync(`${file}.gz`, gzip)
    files++
    bytes += body.length
    br += Math.min(brotli.length, body.length)
  }
  return { files, bytes, br }
}

/** The Astro integration: precompresses the client build when `astro build` is done. */
export function precompress(): AstroIntegration {
  let client: URL | undefined
  return {
    name: 'portal-precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        client = config.build.client
      },
      'astro:build:done': ({ logger }) => {
        if (!client) return
        const { files, bytes, br } = precompressDirectory(fileURLToPath(client))
        logger.info(
          `precompressed ${files} files: ${Math.round(bytes / 1024)} KB → ${Math.round(br / 1024)} KB brotli`,
        )
      },
    },
  }
}
