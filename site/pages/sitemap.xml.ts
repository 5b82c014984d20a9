import type { APIRoute } from 'astro'

import { absoluteUrl } from '../lib/absoluteUrl'
import { publicContent } from '../lib/cms'
import { xmlResponse } from '../lib/feeds/feedResponse'
import { buildSitemap, type SitemapEntry } from '../lib/feeds/sitemap'
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
]

/** Every public address in both languages, made from the same anonymous read as the search index. */
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
  const items = (await publicContent('vi')).filter(
    (doc) => doc.kind === 'news' || doc.kind === 'release' || doc.kind === 'gallery',
  )
  for (const item of items) entries.push(...withAlternates(item.url, item.updatedAt))
  return xmlResponse(buildSitemap(entries), 'application/xml')
}
