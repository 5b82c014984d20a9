import type { APIRoute } from 'astro'

import { absoluteUrl } from '~/site/lib/absoluteUrl'
import { getEventFacts, listReleases } from '~/site/lib/cms'
import { xmlResponse } from '~/site/lib/feeds/feedResponse'
import { buildRss } from '~/site/lib/feeds/rss'
import { localePath } from '~/site/lib/i18n/locales'
import { createT } from '~/site/lib/i18n/t'

/** The press-release feed of one language: read as the public, so embargoed releases are never in it. */
export const GET: APIRoute = async ({ locals }) => {
  const { locale } = locals
  const base = new URL(absoluteUrl('/'))
  const [event, releases] = await Promise.all([getEventFacts(locale), listReleases(locale, 1, 30)])
  const at = (path: string) => new URL(localePath(locale, path), base).href
  const channel = {
    title: `${createT(locale)('releases.title')} · ${event?.shortName || event?.name || ''}`,
    description: event?.name ?? '',
    siteUrl: at('/releases/'),
    feedUrl: at('/rss/releases.xml'),
    language: locale,
  }
  const items = releases.items.map((item) => ({
    title: item.title,
    url: at(`/releases/${item.slug}/`),
    summary: item.summary,
    publishedAt: item.publishedAt ?? new Date(0).toISOString(),
    guid: `release:${item.slug}`,
  }))
  return xmlResponse(buildRss(channel, items))
}
