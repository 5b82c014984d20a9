import type { APIRoute } from 'astro'

import { absoluteUrl } from '../lib/absoluteUrl'
import { publicContent } from '../lib/cms'
import { xmlResponse } from '../lib/feeds/feedResponse'
import { buildSitemap, type SitemapEntry } from '../lib/feeds/sitemap'
import { EVENT_SECTIONS } from '../lib/events/eventDisplay'
import { alternatePath, LOCALES } from '../lib/i18n/locales'

const SECTIONS = [
  '/',
  '/news/',
  '/releases/',
  '/galleries/',
  '/schedule/',
  '/documents/',
  '/rules/',
  '/accreditation/',
  '/search/',
  '/events/',
]

/** Every public address in both languages, every public event's pages included,, made from the same anonymous read as the search index. */
export const GET: APIRoute = async () => {
  const base = new URL(absoluteUrl('/'))
  const entries: SitemapEntry[] = []
  const withAlternates = (path: string, lastModified?: string) =>
    LOCALES.map((locale) => ({
      url: new URL(alternatePath(path, locale), base).href,
      lastModified,
      alternates: LOCALES.map((other) => ({
        hreflang: other,
        url: new URL(alternatePath(path, other), base).href,
      })),
    }))
  for (const section of SECTIONS) entries.push(...withAlternates(section))
  const content = await publicContent('vi')
  const items = content.filter(
    (doc) => doc.kind === 'news' || doc.kind === 'release' || doc.kind === 'gallery',
  )
  for (const item of items) entries.push(...withAlternates(item.url, item.updatedAt))
  // Every public event's own page and its sections (drafts are never in the public content).
  for (const event of content.filter((doc) => doc.kind === 'event')) {
    entries.push(...withAlternates(event.url, event.updatedAt))
    for (const section of EVENT_SECTIONS) entries.push(...withAlternates(`${event.url}${section}/`))
  }
  return xmlResponse(buildSitemap(entries), 'application/xml')
}
