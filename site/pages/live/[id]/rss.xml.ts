import type { APIRoute } from 'astro'

import { absoluteUrl } from '~/site/lib/absoluteUrl'
import { getFeaturedEvent } from '~/site/lib/cms'
import { getLiveSession, isSessionId, listLiveUpdates } from '~/site/lib/cms/live'
import { xmlResponse } from '~/site/lib/feeds/feedResponse'
import { liveFeedItems } from '~/site/lib/feeds/liveFeed'
import { buildRss } from '~/site/lib/feeds/rss'
import { localePath } from '~/site/lib/i18n/locales'
import { createT } from '~/site/lib/i18n/t'

/** A session's live coverage as RSS (/live/<id>/rss.xml): every update, newest first; corrections and removals as such. */
export const GET: APIRoute = async ({ params, locals, rewrite }) => {
  const { locale } = locals
  const session = isSessionId(params.id) ? await getLiveSession(locale, params.id) : null
  if (!session) return rewrite('/404')
  const t = createT(locale)
  const [event, feed] = await Promise.all([getFeaturedEvent(locale), listLiveUpdates(session.id)])
  const page = new URL(localePath(locale, `/live/${session.id}/`), absoluteUrl('/')).href
  const channel = {
    title: `${t('coverage.feedTitle', { session: session.title })} · ${event?.organiser || t('site.title')}`,
    description: session.description || t('coverage.description', { session: session.title }),
    siteUrl: page,
    feedUrl: new URL(localePath(locale, `/live/${session.id}/rss.xml`), page).href,
    language: locale,
  }
  return xmlResponse(buildRss(channel, liveFeedItems(feed.updates, page, locale)))
}
