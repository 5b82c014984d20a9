import { INERT_FILE_CSP } from './securityHeaders.mjs'

export { INERT_FILE_CSP }

/**
 * How an applicant's file (portrait, assignment letter) is sent, whichever route serves it: as a
 * download, never rendered as a document of ours. A letter is a PDF the applicant made; it may carry
 * JavaScript or open actions, so a browser must not open it in the officer's session. The sandbox
 * policy keeps scripts, forms, plugins and same-origin access off even if a browser ignores the
 * download. An `<img>` still shows a portrait: none of these headers apply to an image element.
 */
const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
}

/** `name` without its extension, reduced to characters safe in a header, with the extension of `contentType`. */
export function downloadName(name: string, contentType: string): string {
  const base =
    name
      .replace(/\.[^.]*$/, '')
      .replace(/[^\w-]/g, '_')
      .slice(0, 80) || 'file'
  const type = contentType.split(';')[0]!.trim().toLowerCase()
  return `${base}.${EXTENSIONS[type] ?? 'bin'}`
}

export function applicantFileHeaders(contentType: string, name?: string): Record<string, string> {
  return {
    'Content-Disposition': name
      ? `attachment; filename="${downloadName(name, contentType)}"`
      : 'attachment',
    'Content-Security-Policy': INERT_FILE_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
    'Cross-Origin-Resource-Policy': 'same-origin',
  }
}
