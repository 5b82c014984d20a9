import type { APIRoute } from 'astro'

import { readDocumentFile, viewerFrom } from '~/site/lib/cms'

/** A document's PDF, checked against the reader's access on every request (embargo, press only). */
export const GET: APIRoute = async ({ params, cookies }) => {
  const viewer = await viewerFrom(cookies)
  const file = await readDocumentFile(params.id ?? '', viewer)
  // The address names the file too: /documents/1/anything-else is not a document.
  if (file && file.filename !== params.file) await file.body.cancel()
  if (!file || file.filename !== params.file)
    return new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  return new Response(file.body, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Length': String(file.size),
      'Content-Disposition': `inline; filename="${file.filename.replace(/[^\w.-]/g, '_')}"`,
      // An embargoed file must not sit in a shared cache past the moment it was refused or allowed.
      'Cache-Control': viewer.user ? 'private, no-store' : 'public, max-age=60',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
