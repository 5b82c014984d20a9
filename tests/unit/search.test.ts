import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { buildSearchIndex, search, type SearchDoc } from '~/site/lib/search/searchIndex'
import { highlightSnippet } from '~/site/lib/search/snippet'
import { queryWords } from '~/site/lib/search/normalise'

const docs: SearchDoc[] = [
  {
    id: 'news:1',
    kind: 'news',
    url: '/news/a/',
    title: 'Khai mạc Đại hội',
    text: 'Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I khai mạc.',
  },
  {
    id: 'news:2',
    kind: 'news',
    url: '/news/b/',
    title: 'Đài phát thanh đưa tin',
    text: 'Đài hội nghị truyền hình trực tiếp, dai hoi viết không dấu.',
  },
  {
    id: 'session:3',
    kind: 'session',
    url: '/schedule/#s3',
    title: 'Họp báo',
    text: 'Họp báo sau phiên bế mạc tại Trung tâm Báo chí.',
  },
  {
    id: 'release:4',
    kind: 'release',
    url: '/releases/c/',
    title: 'Press release on the opening',
    text: 'The Congress opens with 450 delegates.',
  },
]
const index = buildSearchIndex(docs)

describe('search', () => {
  it('finds "Đại hội" when the reader types "dai hoi" without accents', () => {
    const ids = search(index, 'dai hoi').map((hit) => hit.id)
    assert.ok(ids.includes('news:1'))
  })

  it('folds đ/Đ to d in both the text and the query', () => {
    assert.ok(search(index, 'dang bo').some((hit) => hit.id === 'news:1'))
    assert.ok(search(index, 'ĐẢNG').some((hit) => hit.id === 'news:1'))
  })

  it('ranks the exact accented spelling above accent-insensitive matches', () => {
    const hits = search(index, 'Đại hội')
    assert.equal(hits[0]?.id, 'news:1')
    assert.ok(
      hits.some((hit) => hit.id === 'news:2'),
      'the unaccented text still matches',
    )
  })

  it('needs every word, and lets the last be the start of a word', () => {
    assert.deepEqual(
      search(index, 'hop bao trung').map((h) => h.id),
      ['session:3'],
    )
    assert.deepEqual(search(index, 'hop xyzzy'), [])
    assert.ok(search(index, 'deleg').some((h) => h.id === 'release:4'))
  })

  it('answers any query without an error: empty, 1,000 characters, lunr syntax', () => {
    const nasty = [
      '',
      '   ',
      'a'.repeat(1000),
      'Đại '.repeat(250),
      '*',
      'title:foo',
      '+dai -hoi',
      'foo~2',
      'bar^10',
      ':',
      '~',
      '^',
      '"',
      '\\',
      '()[]{}',
      'dai*hoi',
      '%00',
      '<script>alert(1)</script>',
    ]
    for (const query of nasty) assert.doesNotThrow(() => search(index, query), query)
    assert.deepEqual(search(index, ''), [])
  })

  it('keeps a query to a sane number of words', () => {
    assert.ok(queryWords('x '.repeat(500)).length <= 10)
  })
})

describe('snippets', () => {
  it('marks the matched words, accents ignored, and escapes the rest', () => {
    const html = highlightSnippet('Tin <b>nóng</b>: Đại hội khai mạc', ['dai', 'hoi'])
    assert.equal(
      html,
      'Tin &#60;b&#62;nóng&#60;/b&#62;: <mark>Đại</mark> <mark>hội</mark> khai mạc',
    )
  })

  it('cuts long text around the first match', () => {
    const text = `${'mở đầu '.repeat(60)}Đại hội ${'kết thúc '.repeat(60)}`
    const html = highlightSnippet(text, ['dai'])
    assert.ok(html.startsWith('… ') && html.endsWith(' …'))
    assert.ok(html.includes('<mark>Đại</mark>'))
  })
})
