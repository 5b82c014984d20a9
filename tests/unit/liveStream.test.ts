import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import Parser from 'rss-parser'

import { liveFeedItems } from '~/site/lib/feeds/liveFeed'
import { buildRss } from '~/site/lib/feeds/rss'
import type { LiveUpdateView } from '~/site/lib/live/liveView'
import { renderLiveUpdate } from '~/site/lib/live/renderUpdate'
import {
  liveStreamTarget,
  parseLastEventId,
  shutdownFrame,
  StreamLimit,
  tooManyStreamsMessage,
  updateFrame,
  wantsEventStream,
} from '~/site/lib/live/sse'
import { liveBlogJsonLd } from '~/site/lib/structuredData'

const update = (over: Partial<LiveUpdateView> = {}): LiveUpdateView => ({
  id: '7',
  session: '3',
  seq: 41,
  kind: 'text',
  state: 'published',
  text: 'Đại hội biểu quyết <thông qua> nghị quyết\ndòng hai',
  picture: null,
  credit: '',
  speaker: '',
  pinned: false,
  language: 'vi',
  correction: '',
  // 02:05 UTC is 09:05 in Asia/Ho_Chi_Minh.
  postedAt: '2025-10-16T02:05:00.000Z',
  changedAt: null,
  ...over,
})

/** The fields of an SSE frame, as an EventSource reads them. */
function readFrame(frame: string): Record<string, string> {
  assert.ok(frame.endsWith('\n\n'), 'a frame ends with a blank line')
  const fields: Record<string, string> = {}
  for (const line of frame.trimEnd().split('\n')) {
    const colon = line.indexOf(':')
    fields[line.slice(0, colon)] = line.slice(colon + 1).replace(/^ /, '')
  }
  return fields
}

describe('live update markup', () => {
  it('shows the time in Asia/Ho_Chi_Minh, the kind, and the words escaped with their line breaks', () => {
    const html = renderLiveUpdate(update(), 'vi')
    assert.match(html, /<time datetime="2025-10-16T02:05:00.000Z">09:05<\/time>/)
    assert.match(html, /Tin ngắn/)
    assert.match(html, /&#60;thông qua&#62; nghị quyết<br>dòng hai/)
    assert.match(html, /id="update-7"/)
    assert.doesNotMatch(html, /<thông qua>/)
    assert.match(renderLiveUpdate(update(), 'en'), /Update/)
  })

  it('quotes with the speaker, and a photo through the picture markup with its credit', () => {
    const quote = renderLiveUpdate(update({ kind: 'quote', speaker: 'Đồng chí Chủ tịch' }), 'vi')
    assert.match(quote, /<blockquote class="live-quote">.*<cite>Đồng chí Chủ tịch<\/cite>/)
    const photo = renderLiveUpdate(
      update({
        kind: 'photo',
        text: 'Toàn cảnh hội trường',
        credit: 'TTXVN',
        picture: {
          alt: 'Hội trường',
          width: 1600,
          height: 1067,
          fallback: '/media/a-1600.jpg',
          sources: [{ type: 'image/avif', srcset: '/media/a.avif 1600w' }],
        },
      }),
      'vi',
    )
    assert.match(photo, /<picture><source type="image\/avif" srcset="\/media\/a.avif 1600w"/)
    assert.match(
      photo,
      /<img src="\/media\/a-1600.jpg" alt="Hội trường" width="1600" height="1067"/,
    )
    assert.match(photo, /Ảnh: TTXVN/)
  })

  it('shows a correction as such, with its time and note', () => {
    const html = renderLiveUpdate(
      update({
        state: 'corrected',
        text: 'Có 450 đại biểu',
        correction: 'Trước đó ghi nhầm 405',
        changedAt: '2025-10-16T02:12:00.000Z',
      }),
      'vi',
    )
    assert.match(html, /live-corrected/)
    assert.match(html, /Đã đính chính lúc 09:12<\/strong>: Trước đó ghi nhầm 405/)
    assert.match(html, /Có 450 đại biểu/)
  })

  it('shows a deletion as such, with its time and none of the words', () => {
    const html = renderLiveUpdate(
      update({ state: 'deleted', text: '', changedAt: '2025-10-16T02:20:00.000Z' }),
      'vi',
    )
    assert.match(html, /Cập nhật đã được gỡ lúc 09:20/)
    assert.doesNotMatch(html, /live-text/)
    assert.match(renderLiveUpdate(update({ state: 'deleted', text: '' }), 'en'), /Update removed/)
  })

  it('marks an update in the other language', () => {
    assert.match(renderLiveUpdate(update({ language: 'en', text: 'Vote' }), 'vi'), /lang="en"/)
    assert.doesNotMatch(renderLiveUpdate(update(), 'vi'), /lang=/)
  })
})

describe('SSE frames', () => {
  it('carry the change number as id and the markup rendered once as JSON on one data line', () => {
    const frame = updateFrame(update({ pinned: true }), 'vi')
    const fields = readFrame(frame)
    assert.equal(fields.id, '41')
    assert.equal(fields.event, 'update')
    const data = JSON.parse(fields.data!) as {
      id: string
      seq: number
      pinned: boolean
      html: string
    }
    assert.deepEqual([data.id, data.seq, data.pinned], ['7', 41, true])
    assert.equal(data.html, renderLiveUpdate(update({ pinned: true }), 'vi'))
    assert.equal(
      frame.split('\n').length,
      5,
      'id, event, data, blank line: a newline in the text stays inside the JSON',
    )
  })

  it('end with a shutdown frame that tells the browser to come back later', () => {
    const fields = readFrame(shutdownFrame('en'))
    assert.equal(fields.event, 'shutdown')
    assert.equal(fields.retry, '10000')
    assert.match(JSON.parse(fields.data!).message as string, /restarting/)
  })
})

describe('Last-Event-ID', () => {
  it('takes the header (a reconnecting browser) over the query (the page’s change number)', () => {
    assert.equal(parseLastEventId('17', '5'), 17)
    assert.equal(parseLastEventId(undefined, '5'), 5)
    assert.equal(parseLastEventId(['9', '3'], null), 9)
    assert.equal(parseLastEventId(' 12 ', null), 12)
  })

  it('reads anything but a whole number as nothing missed', () => {
    for (const bad of ['', 'abc', '-1', '1.5', '1e3', '9'.repeat(20)])
      assert.equal(parseLastEventId(bad, null), null, bad)
    assert.equal(parseLastEventId('oops', '8'), 8)
    assert.equal(parseLastEventId(null, null), null)
  })
})

describe('stream addresses and clients', () => {
  it('finds the session and language of a stream address, and nothing else', () => {
    assert.deepEqual(liveStreamTarget('/live/12/events'), { locale: 'vi', session: '12' })
    assert.deepEqual(liveStreamTarget('/en/live/64f0a1/events/'), {
      locale: 'en',
      session: '64f0a1',
    })
    for (const other of ['/live/12/', '/live/12/rss.xml', '/live/../events', '/live/a b/events'])
      assert.equal(liveStreamTarget(other), null, other)
  })

  it('holds open only what asks for an event stream', () => {
    assert.equal(wantsEventStream('text/event-stream'), true)
    assert.equal(wantsEventStream('text/html, text/event-stream;q=0.9'), true)
    assert.equal(wantsEventStream('*/*'), false)
    assert.equal(wantsEventStream(undefined), false)
  })

  it('lets a client hold at most the limit, and one more once one ends', () => {
    const limit = new StreamLimit(4)
    for (let i = 0; i < 4; i++) assert.equal(limit.tryOpen('10.0.0.1'), true)
    assert.equal(limit.tryOpen('10.0.0.1'), false, 'the fifth is refused')
    assert.equal(limit.tryOpen('10.0.0.2'), true, 'another client is not')
    limit.release('10.0.0.1')
    assert.equal(limit.held('10.0.0.1'), 3)
    assert.equal(limit.tryOpen('10.0.0.1'), true)
    for (let i = 0; i < 4; i++) limit.release('10.0.0.1')
    limit.release('10.0.0.2')
    assert.equal(limit.clients, 0, 'nothing is kept for a client with no stream')
  })

  it('refuses one stream too many in the reader’s language', () => {
    assert.match(tooManyStreamsMessage('vi', 4), /quá nhiều luồng.*tối đa 4/)
    assert.match(tooManyStreamsMessage('en', 4), /Too many live streams.*at most 4/)
  })
})

describe('live structured data and feed', () => {
  const updates = [
    update({ id: '9', seq: 50, text: 'Bế mạc', postedAt: '2025-10-16T09:00:00.000Z' }),
    update({ id: '8', seq: 49, state: 'deleted', text: '', changedAt: '2025-10-16T08:00:00.000Z' }),
    update({
      id: '7',
      seq: 48,
      state: 'corrected',
      correction: 'sửa số liệu',
      changedAt: '2025-10-16T07:00:00.000Z',
    }),
  ]

  it('is a LiveBlogPosting with its coverage times and each update as a BlogPosting', () => {
    const json = liveBlogJsonLd({
      headline: 'Trực tiếp: Phiên khai mạc',
      url: 'https://portal.test/live/3/',
      coverageStartTime: '2025-10-16T01:00:00.000Z',
      coverageEndTime: '2025-10-16T10:00:00.000Z',
      publisher: 'Ban Tuyên giáo',
      inLanguage: 'vi',
      updates: [{ id: '9', text: 'Bế mạc', datePublished: '2025-10-16T09:00:00.000Z' }],
    })
    assert.equal(json['@type'], 'LiveBlogPosting')
    assert.equal(json.coverageStartTime, '2025-10-16T01:00:00.000Z')
    assert.equal(json.coverageEndTime, '2025-10-16T10:00:00.000Z')
    const items = json.liveBlogUpdate as Record<string, unknown>[]
    assert.equal(items[0]!['@type'], 'BlogPosting')
    assert.equal(items[0]!.url, 'https://portal.test/live/3/#update-9')
  })

  it('lists every update in RSS, a correction and a removal as such', async () => {
    const xml = buildRss(
      {
        title: 'Trực tiếp',
        description: 'Phiên khai mạc',
        siteUrl: 'https://portal.test/live/3/',
        feedUrl: 'https://portal.test/live/3/rss.xml',
        language: 'vi',
      },
      liveFeedItems(updates, 'https://portal.test/live/3/', 'vi'),
    )
    const feed = await new Parser().parseString(xml)
    assert.equal(feed.items.length, 3)
    assert.match(feed.items[0]!.title!, /^16:00 · Tin ngắn: Bế mạc$/)
    assert.match(feed.items[1]!.contentSnippet!, /Cập nhật đã được gỡ lúc 15:00/)
    assert.match(feed.items[2]!.contentSnippet!, /Đã đính chính lúc 14:00: sửa số liệu/)
    assert.equal(feed.items[2]!.link, 'https://portal.test/live/3/#update-7')
  })
})
