import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'

import { ROOT } from '~/cms/paths'
import { normaliseUrl, PAGE_PARAMETERS, parametersRead } from '~/site/serve/cacheKey'

describe('cache keys', () => {
  it('drops the parameters a page does not read', () => {
    assert.equal(normaliseUrl('/?utm_source=x&utm_medium=y'), '/')
    assert.equal(normaliseUrl('/news/some-article/?fbclid=abc'), '/news/some-article/')
    assert.equal(normaliseUrl('/en/?r=0.123456'), '/en/')
    assert.equal(normaliseUrl('/news/?utm_source=x&page=2&gclid=y'), '/news/?page=2')
    assert.equal(normaliseUrl('/en/news?page=3&x=1'), '/en/news?page=3')
    assert.equal(normaliseUrl('/rss/news.xml?nocache=1'), '/rss/news.xml')
    assert.equal(normaliseUrl('/schedule.ics?x'), '/schedule.ics')
    assert.equal(normaliseUrl('/'), '/')
    assert.equal(normaliseUrl('/?'), '/')
  })

  it('drops at once a query naming no parameter any page reads, and reads encoded names', () => {
    assert.equal(normaliseUrl('/news/?utm_source=123x4&&=&x='), '/news/')
    assert.equal(normaliseUrl('/?utm%5Fsource=1&a+b=2&%FF=3'), '/')
    // A name some page reads, on a page that does not read it: dropped all the same.
    assert.equal(normaliseUrl('/schedule/?page=2&q=x'), '/schedule/')
    assert.equal(normaliseUrl('/news/?utm=1&pa%67e=2'), '/news/?page=2')
    assert.equal(normaliseUrl('/en/search?%71=hello'), '/en/search?q=hello')
    assert.equal(normaliseUrl('/search/?q&utm=1'), '/search/?q=')
  })

  it('keeps the rest in a fixed order, one encoding', () => {
    assert.equal(
      normaliseUrl('/outlet/?utm=1&event=7&done=1'),
      normaliseUrl('/outlet/?done=1&event=7'),
    )
    assert.equal(normaliseUrl('/outlet/?event=7&done=1'), '/outlet/?done=1&event=7')
    assert.equal(normaliseUrl('/search/?q=a%20b'), '/search/?q=a+b')
    assert.equal(normaliseUrl('/search/?q=a+b&utm_source=z'), '/search/?q=a+b')
    assert.equal(normaliseUrl('/en/search?q=h%C3%B4m+nay'), '/en/search?q=h%C3%B4m+nay')
    // Not valid percent-encoding: kept as it came, for the page to refuse.
    assert.equal(normaliseUrl('/search/?utm=%FF&q=%FF%FE%25'), '/search/?q=%FF%FE%25')
    assert.equal(normaliseUrl('/search/?q'), '/search/?q=')
    // Several values of one name keep their order: the page reads the first.
    assert.equal(normaliseUrl('/news/?page=3&page=2'), '/news/?page=3&page=2')
  })

  it('matches routes with and without /en, a trailing slash or brackets', () => {
    assert.deepEqual([...(parametersRead('/events/dai-hoi/releases/') ?? [])], ['page'])
    assert.deepEqual([...(parametersRead('/en/events/dai-hoi/galleries') ?? [])], ['page'])
    assert.equal(parametersRead('/events/dai-hoi/'), undefined)
    assert.equal(parametersRead('/newsroom/'), undefined)
    assert.ok(parametersRead('/preview/news/12/')?.has('t'))
    assert.ok(parametersRead('/accreditation/status/abc.def/')?.has('answered'))
    assert.equal(parametersRead('/accreditation/status/abc/pass/'), undefined)
  })

  it('names every parameter every page reads (site/pages)', () => {
    const pages = path.join(ROOT, 'site/pages')
    const read = /searchParams\.(?:get|has|getAll)\(\s*'([^']+)'/g
    let checked = 0
    for (const entry of readdirSync(pages, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue
      const file = path.join(entry.parentPath, entry.name)
      const source = readFileSync(file, 'utf8')
      const names = [...source.matchAll(read)].map((match) => match[1]!)
      // A helper taking the name as an argument (checkin/offline-data: param('event', …)).
      if (/searchParams\.get\(name\)/.test(source))
        names.push(...[...source.matchAll(/param\('([^']+)'/g)].map((match) => match[1]!))
      if (names.length === 0) continue
      const route = `/${path.relative(pages, file)}`
        .replace(/\.(astro|ts)$/, '')
        .replace(/\/index$/, '')
      const declared = PAGE_PARAMETERS[route]
      assert.ok(declared, `${route} reads ${names.join(', ')}: add it to PAGE_PARAMETERS`)
      for (const name of names) assert.ok(declared.includes(name), `${route} reads ${name}`)
      checked++
    }
    assert.ok(checked >= 10, `${checked} pages read parameters`)
  })
})
