import type { APIRoute } from 'astro'

import { absoluteUrl } from '~/site/lib/absoluteUrl'
import { getFeaturedEvent, listReleases } from '~/site/lib/cms'
import { xmlResponse } from '~/site/lib/feeds/feedResponse'
import { buildRss } from '~/site/lib/feeds/rss'
import { localePath } from '~/site/lib/i18n/locales'
import { createT } from '~/site/lib/i18n/t'

/** The press-release feed of one language: read as the public, so embargoed releases are never in it. */
export const GET: APIRoute = async ({ locals }) => {
  const { locale } = locals
  const t = createT(locale)
  const base = new URL(absoluteUrl('/'))
  const [event, releases] = await Promise.all([
    getFeaturedEvent(locale),
    listReleases(locale, 1, 30),
  ])
  const at = (path: string) => new URL(localePath(locale, path), base).href
  const channel = {
    title: `${t('releases.title')} · ${event?.organiser || t('site.title')}`,
    description: event?.organiser || t('site.title'),
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
