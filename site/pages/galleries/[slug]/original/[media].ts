import type { APIRoute } from 'astro'

import { readOriginalPhoto, viewerFrom } from '~/site/lib/cms'

/** The original high-resolution photo, for accredited journalists only; 404 for everyone else. */
export const GET: APIRoute = async ({ params, cookies }) => {
  const file = await readOriginalPhoto(
    params.slug ?? '',
    params.media ?? '',
    await viewerFrom(cookies),
  )
  if (!file)
    return new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  return new Response(file.body, {
    headers: {
      'Content-Type': file.type,
      'Content-Length': String(file.size),
      'Content-Disposition': `attachment; filename="${file.filename.replace(/[^\w.-]/g, '_')}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
