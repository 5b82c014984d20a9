import { escapeXml } from './xml'

export type FeedItem = {
  title: string
  url: string
  summary: string
  publishedAt: string
  guid: string
}
export type FeedChannel = {
  title: string
  description: string
  siteUrl: string
  feedUrl: string
  language: 'vi' | 'en'
}

/** An RSS 2.0 feed with an atom:link to itself; dates in RFC 822 as RSS readers expect. */
export function buildRss(channel: FeedChannel, items: readonly FeedItem[]): string {
  const latest = items[0]?.publishedAt
  const entries = items
    .map(
      (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(item.url)}</link>
      <guid isPermaLink="false">${escapeXml(item.guid)}</guid>
      <pubDate>${new Date(item.publishedAt).toUTCString()}</pubDate>
      <description>${escapeXml(item.summary)}</description>
    </item>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(channel.title)}</title>
    <link>${escapeXml(channel.siteUrl)}</link>
    <description>${escapeXml(channel.description)}</description>
    <language>${channel.language}</language>
    <atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>
${latest ? `    <lastBuildDate>${new Date(latest).toUTCString()}</lastBuildDate>\n` : ''}${entries}
  </channel>
</rss>
`
}
