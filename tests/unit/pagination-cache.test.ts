import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { cached, clearCache, setCacheSeconds } from '~/site/lib/cms/cache'
import { pageLinks, parsePage } from '~/site/lib/pagination'

describe('page numbers', () => {
  it('accepts positive whole numbers only', () => {
    assert.equal(parsePage(null), 1)
    assert.equal(parsePage('3'), 3)
    for (const bad of ['0', '-1', '1.5', 'abc', '1e3', '9999999', ' 2'])
      assert.equal(parsePage(bad), null, bad)
  })

  it('links to the previous and next page only where they exist', () => {
    assert.deepEqual(pageLinks('/news/', 1, 3), { previous: null, next: '/news/?page=2' })
    assert.deepEqual(pageLinks('/news/', 2, 3), { previous: '/news/', next: '/news/?page=3' })
    assert.deepEqual(pageLinks('/en/news/', 3, 3), { previous: '/en/news/?page=2', next: null })
  })
})

describe('public read cache', () => {
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))

  it('loads once for many concurrent readers', async () => {
    clearCache()
    setCacheSeconds(5)
    let loads = 0
    const loader = async () => (loads++, await wait(20), 'page')
    const values = await Promise.all(Array.from({ length: 20 }, () => cached('same', loader)))
    assert.deepEqual(new Set(values), new Set(['page']))
    assert.equal(loads, 1)
  })

  it('a refresh reads what it nests afresh: staleness does not add up level by level', async () => {
    clearCache()
    setCacheSeconds(0.05)
    let event = 'open'
    const inner = () => cached('event', async () => event)
    const outer = () => cached('home', async () => `home: ${await inner()}`)
    assert.equal(await outer(), 'home: open')
    event = 'closed'
    await wait(60)
    // The first reader after expiry gets the stale page at once; its background refresh reads
    // the (also stale) event afresh, so the very next reader sees the change.
    assert.equal(await outer(), 'home: open')
    await wait(10)
    assert.equal(await outer(), 'home: closed')
  })

  it('serves the stale value at once and refreshes it in the background', async () => {
    clearCache()
    setCacheSeconds(0.05)
    let version = 1
    const loader = async () => `v${version}`
    assert.equal(await cached('k', loader), 'v1')
    version = 2
    await wait(80)
    assert.equal(await cached('k', loader), 'v1', 'stale value served while refreshing')
    await wait(10)
    assert.equal(await cached('k', loader), 'v2')
  })

  it('keeps serving the last good value when a refresh fails', async () => {
    clearCache()
    setCacheSeconds(0.01)
    assert.equal(await cached('e', async () => 'good'), 'good')
    await wait(30)
    const failing = async (): Promise<string> => {
      throw new Error('database down')
    }
    const original = console.error
    console.error = () => undefined
    try {
      assert.equal(await cached('e', failing), 'good')
      await wait(10)
      assert.equal(await cached('e', failing), 'good')
    } finally {
      console.error = original
    }
  })
})
