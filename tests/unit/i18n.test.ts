import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { formatDate, formatDateRange } from '~/site/lib/format/date'
import { alternatePath, localePath, splitLocale } from '~/site/lib/i18n/locales'
import { messages } from '~/site/lib/i18n/messages/index'
import { createT } from '~/site/lib/i18n/t'
import { isUnwritten, shownLanguage } from '~/site/lib/i18n/translation'

describe('addresses per language', () => {
  it('reads the language from the address', () => {
    assert.deepEqual(splitLocale('/'), { locale: 'vi', path: '/' })
    assert.deepEqual(splitLocale('/news/abc/'), { locale: 'vi', path: '/news/abc/' })
    assert.deepEqual(splitLocale('/en'), { locale: 'en', path: '/' })
    assert.deepEqual(splitLocale('/en/news/abc/'), { locale: 'en', path: '/news/abc/' })
    assert.deepEqual(splitLocale('/english/'), { locale: 'vi', path: '/english/' })
  })

  it('gives Vietnamese no prefix and English /en/', () => {
    assert.equal(localePath('vi', '/news/'), '/news/')
    assert.equal(localePath('en', '/news/'), '/en/news/')
    assert.equal(localePath('en', '/'), '/en/')
  })

  it('keeps the reader on the same item when switching language', () => {
    assert.equal(alternatePath('/news/hop-bao/', 'en'), '/en/news/hop-bao/')
    assert.equal(alternatePath('/en/news/hop-bao/', 'vi'), '/news/hop-bao/')
  })

  it('keeps the query across the language switch (a search, a page number)', () => {
    assert.equal(
      alternatePath('/search/', 'en', '?q=b%E1%BA%A7u+c%E1%BB%AD'),
      '/en/search/?q=b%E1%BA%A7u+c%E1%BB%AD',
    )
    assert.equal(alternatePath('/en/news/', 'vi', '?page=2'), '/news/?page=2')
    assert.equal(alternatePath('/en/news/', 'vi', 'page=2'), '/news/?page=2')
    assert.equal(alternatePath('/news/', 'en', ''), '/en/news/')
    assert.equal(alternatePath('/news/', 'en', '?'), '/en/news/')
  })
})

describe('translations', () => {
  it('has every key in both languages', () => {
    assert.deepEqual(Object.keys(messages.en).sort(), Object.keys(messages.vi).sort())
    for (const [key, text] of Object.entries(messages.en))
      assert.ok(text.trim(), `empty English text for ${key}`)
  })

  it('fills in parameters', () => {
    assert.equal(createT('en')('pagination.page', { page: 2, total: 5 }), 'Page 2 of 5')
    assert.equal(createT('vi')('pagination.page', { page: 2, total: 5 }), 'Trang 2 / 5')
  })
})

describe('dates', () => {
  it('are shown in Vietnam time whatever the server time zone', () => {
    // 17:30 UTC on the 15th is 00:30 on the 16th in Hanoi.
    assert.equal(formatDate('2025-10-15T17:30:00.000Z', 'en'), '16 October 2025')
    assert.match(formatDate('2025-10-15T17:30:00.000Z', 'vi', 'dateTime'), /00:30/)
  })

  it('shows a two-day congress as one span', () => {
    // Intl puts thin spaces around the dash; compare the words.
    const range = (locale: 'vi' | 'en') =>
      formatDateRange('2025-10-16T00:30:00.000Z', '2025-10-17T00:30:00.000Z', locale).replace(
        /\s+/g,
        ' ',
      )
    assert.equal(range('en'), '16 – 17 October 2025')
    assert.equal(range('vi'), '16 – 17 tháng 10, 2025')
  })
})

describe('an item not yet translated', () => {
  const body = (text: string) => ({
    root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] },
  })

  it('is shown to English readers as the Vietnamese it falls back to, and said so', () => {
    assert.equal(shownLanguage(null, 'en'), 'vi')
    assert.equal(shownLanguage('  ', 'en'), 'vi')
    assert.equal(shownLanguage(body(''), 'en'), 'vi')
    assert.equal(shownLanguage('Press conference', 'en'), 'en')
    assert.equal(shownLanguage(body('The session opens.'), 'en'), 'en')
    assert.equal(shownLanguage(undefined, 'vi'), 'vi')
  })

  it('counts only text a reader could read as written', () => {
    assert.ok(isUnwritten({ root: { type: 'root', children: [] } }))
    assert.ok(!isUnwritten(body('x')))
  })
})
