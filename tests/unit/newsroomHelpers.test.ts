import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { richText, paragraph, heading, list } from '~/cms/seed/richText'
import { formatBytes } from '~/site/lib/format/bytes'
import { formatTime } from '~/site/lib/format/date'
import { richTextToPlain } from '~/site/lib/cms/richText'
import { toPicture } from '~/site/lib/cms/images'
import { newsArticleJsonLd } from '~/site/lib/structuredData'
import type { Media } from '~/cms/payload-types'

describe('newsroom helpers', () => {
  it('reads rich text as plain words for search, blocks apart', () => {
    const value = richText(heading('Tiêu đề'), paragraph('Đoạn một.'), list(['mục a', 'mục b']))
    assert.equal(richTextToPlain(value), 'Tiêu đề Đoạn một. mục a mục b')
    assert.equal(richTextToPlain(null), '')
    assert.equal(richTextToPlain('not rich text'), '')
  })

  it('writes file sizes as people read them', () => {
    assert.equal(formatBytes(900), '900 B')
    assert.equal(formatBytes(11 * 1024), '11 KB')
    assert.equal(formatBytes(2.5 * 1024 * 1024), '2.5 MB')
    assert.equal(formatBytes(null), '—')
  })

  it('shows session times in Vietnam whatever the server’s zone', () => {
    assert.equal(formatTime('2025-10-16T00:30:00Z', 'vi'), '07:30')
    assert.equal(formatTime('2025-10-16T10:15:00Z', 'en'), '17:15')
  })

  it('offers AVIF first, then WebP, with a JPEG fallback, for cards and whole photos', () => {
    const size = (filename: string, width: number, height: number) => ({ filename, width, height })
    const media = {
      id: 1,
      alt: 'Hội trường',
      filename: 'hall.jpg',
      width: 2400,
      height: 1350,
      sizes: {
        card: size('hall-800x450.webp', 800, 450),
        cardAvif: size('hall-800x450.avif', 800, 450),
        cardJpeg: size('hall-800x450.jpg', 800, 450),
        hero: size('hall-1600x900.webp', 1600, 900),
        heroAvif: size('hall-1600x900.avif', 1600, 900),
        heroJpeg: size('hall-1600x900.jpg', 1600, 900),
      },
    } as unknown as Media
    const card = toPicture(media)!
    assert.deepEqual(
      card.sources.map((s) => s.type),
      ['image/avif', 'image/webp'],
    )
    assert.equal(card.fallback, '/media/hall-800x450.jpg')
    assert.match(
      card.sources[0]!.srcset,
      /hall-800x450\.avif 800w, \/media\/hall-1600x900\.avif 1600w/,
    )
    const whole = toPicture(media, 'whole')!
    assert.equal(whole.fallback, '/media/hall-1600x900.jpg')
    assert.equal(whole.width, 1600)
    assert.equal(toPicture(null), null)
  })

  it('describes an article as schema.org NewsArticle, headline cut to 110 characters', () => {
    const data = newsArticleJsonLd({
      headline: 'Đ'.repeat(200),
      url: 'https://portal.test/news/a/',
      publisher: 'Ban Tuyên giáo',
      inLanguage: 'vi',
      datePublished: '2025-10-16T00:30:00Z',
    })
    assert.equal(data['@type'], 'NewsArticle')
    assert.equal((data.headline as string).length, 110)
    assert.equal(data.datePublished, '2025-10-16T00:30:00Z')
    assert.ok(!('image' in data))
  })
})
