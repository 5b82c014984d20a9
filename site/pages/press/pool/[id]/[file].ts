import type { APIRoute } from 'astro'

import {
  isPoolFileKind,
  journalistFromToken,
  PRESS_COOKIE,
  readPoolPhotoFile,
} from '~/site/lib/cms'

/**
 * A pool photo's original (a download) or preview, for the accredited press of its event only:
 * checked on every request, never cached. Anyone else gets 404, as for a photo that does not exist.
 */
export const GET: APIRoute = async ({ params, cookies }) => {
  const journalist = await journalistFromToken(cookies.get(PRESS_COOKIE)?.value)
  const kind = params.file
  const file = isPoolFileKind(kind)
    ? await readPoolPhotoFile(journalist, params.id ?? '', kind)
    : null
  if (!file)
    return new Response(journalist ? 'Not found' : 'Not found: sign in to the press area', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  const download = kind === 'original' ? `pool-${params.id}.jpg` : null
  return new Response(file.body, {
    headers: {
      'Content-Type': file.type,
      'Content-Length': String(file.size),
      'Content-Disposition': download ? `attachment; filename="${download}"` : 'inline',
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      'X-Robots-Tag': 'noindex',
    },
  })
}
