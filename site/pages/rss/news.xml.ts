import type { APIRoute } from 'astro'

import { absoluteUrl } from '~/site/lib/absoluteUrl'
import { getFeaturedEvent, listNews } from '~/site/lib/cms'
import { xmlResponse } from '~/site/lib/feeds/feedResponse'
import { buildRss } from '~/site/lib/feeds/rss'
import { localePath } from '~/site/lib/i18n/locales'
import { createT } from '~/site/lib/i18n/t'

/** The news feed of one language (/rss/news.xml, /en/rss/news.xml). */
export const GET: APIRoute = async ({ locals }) => {
  const { locale } = locals
  const t = createT(locale)
  const base = new URL(absoluteUrl('/'))
  const [event, news] = await Promise.all([getFeaturedEvent(locale), listNews(locale, 1, 30)])
  const at = (path: string) => new URL(localePath(locale, path), base).href
  const channel = {
    title: `${t('news.title')} · ${event?.organiser || t('site.title')}`,
    description: event?.organiser || t('site.title'),
    siteUrl: at('/news/'),
    feedUrl: at('/rss/news.xml'),
    language: locale,
  }
  const items = news.items.map((item) => ({
    title: item.title,
    url: at(`/news/${item.slug}/`),
    summary: item.summary,
    publishedAt: item.publishedAt ?? new Date(0).toISOString(),
    guid: `news:${item.slug}`,
  }))
  return xmlResponse(buildRss(channel, items))
}
