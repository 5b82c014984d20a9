import type { APIRoute } from 'astro'

import { readMediaFile } from '~/site/lib/cms'

/** Public uploads (news and gallery images), cached for an hour by browsers and proxies. */
export const GET: APIRoute = async ({ params }) => {
  const file = await readMediaFile(params.file ?? '')
  if (!file) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  return new Response(file.body, {
    headers: {
      'Content-Type': file.type,
      'Content-Length': String(file.size),
      'Last-Modified': file.modified.toUTCString(),
      'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
