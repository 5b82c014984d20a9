import type { APIRoute } from 'astro'

import { getLiveSession, isSessionId, liveChangesSince } from '~/site/lib/cms/live'
import { createT } from '~/site/lib/i18n/t'
import { parseLastEventId, retryFrame, STREAM_HEADERS, updateFrame } from '~/site/lib/live/sse'

/**
 * The live stream's address as Astro knows it. In production the site's serving layer answers it
 * before Astro (site/serve/live/: one hub per process holds the streams open). This route answers
 * only where that layer is absent (`astro dev`): what changed since Last-Event-ID, then the end,
 * and the browser asks again after `retry` — the same frames, polled.
 */
export const GET: APIRoute = async ({ params, request, locals, url }) => {
  const { locale } = locals
  const session = isSessionId(params.id) ? await getLiveSession(locale, params.id) : null
  if (!session)
    return new Response(createT(locale)('coverage.notFound'), {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  const after = parseLastEventId(
    request.headers.get('last-event-id'),
    url.searchParams.get('lastEventId'),
  )
  const changes = after === null ? [] : await liveChangesSince(after, { session: session.id })
  const body = retryFrame() + changes.map((update) => updateFrame(update, locale)).join('')
  return new Response(body, { headers: STREAM_HEADERS })
}
