import { escapeXml } from './xml'

export type SitemapEntry = {
  url: string
  lastModified?: string | null
  alternates?: { hreflang: string; url: string }[]
}

/** A sitemap with the other-language address of each page (xhtml:link). */
export function buildSitemap(entries: readonly SitemapEntry[]): string {
  const urls = entries
    .map((entry) => {
      const alternates = (entry.alternates ?? [])
        .map(
          (alt) =>
            `\n    <xhtml:link rel="alternate" hreflang="${alt.hreflang}" href="${escapeXml(alt.url)}"/>`,
        )
        .join('')
      const lastmod = entry.lastModified
        ? `\n    <lastmod>${new Date(entry.lastModified).toISOString()}</lastmod>`
        : ''
      return `  <url>\n    <loc>${escapeXml(entry.url)}</loc>${lastmod}${alternates}\n  </url>`
    })
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls}
</urlset>
`
}
