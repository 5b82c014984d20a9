import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import Parser from 'rss-parser'

import { buildRss } from '~/site/lib/feeds/rss'
import { buildSitemap } from '~/site/lib/feeds/sitemap'

describe('RSS', () => {
  it('is read by rss-parser with titles, links and dates intact, markup and control characters made safe', async () => {
    const xml = buildRss(
      {
        title: 'Thông cáo <báo chí>',
        description: 'Đại hội & báo chí',
        siteUrl: 'https://portal.test/',
        feedUrl: 'https://portal.test/rss/releases.xml',
        language: 'vi',
      },
      [
        {
          title: 'Khai mạc Đại hội <b>',
          url: 'https://portal.test/releases/khai-mac/',
          summary: 'Tóm tắt "đặc biệt" & \u0007 ký tự',
          publishedAt: '2025-10-16T01:00:00Z',
          guid: 'release:1',
        },
        {
          title: 'Second',
          url: 'https://portal.test/releases/two/?a=1&b=2',
          summary: '',
          publishedAt: '2025-10-15T01:00:00Z',
          guid: 'release:2',
        },
      ],
    )
    const feed = await new Parser().parseString(xml)
    assert.equal(feed.title, 'Thông cáo <báo chí>')
    assert.equal(feed.items.length, 2)
    assert.equal(feed.items[0]!.title, 'Khai mạc Đại hội <b>')
    assert.equal(feed.items[0]!.link, 'https://portal.test/releases/khai-mac/')
    assert.equal(new Date(feed.items[0]!.pubDate!).toISOString(), '2025-10-16T01:00:00.000Z')
    assert.equal(feed.items[1]!.link, 'https://portal.test/releases/two/?a=1&b=2')
  })
})

describe('sitemap', () => {
  it('lists each address with its other-language version', () => {
    const xml = buildSitemap([
      {
        url: 'https://portal.test/news/a/',
        lastModified: '2025-10-16T01:00:00Z',
        alternates: [{ hreflang: 'en', url: 'https://portal.test/en/news/a/' }],
      },
    ])
    assert.match(xml, /<loc>https:\/\/portal.test\/news\/a\/<\/loc>/)
    assert.match(xml, /hreflang="en" href="https:\/\/portal.test\/en\/news\/a\/"/)
  })
})
