import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import {
  adminRedirectTarget,
  isLoopbackAlias,
  movedPage,
  needsDefaultLanguage,
} from '~/cms/lib/adminAddress'

const CMS = 'https://admin.press.example.vn'
const open = (host: string, extra: Partial<Parameters<typeof adminRedirectTarget>[0]> = {}) =>
  adminRedirectTarget(
    {
      method: 'GET',
      path: '/admin/collections/passes?page=2',
      host,
      fetchMode: 'navigate',
      ...extra,
    },
    CMS,
  )

describe('the admin at CMS_URL only', () => {
  it('sends a browser that opens the admin elsewhere to the same page at CMS_URL', () => {
    assert.equal(open('10.0.0.5:3000'), `${CMS}/admin/collections/passes?page=2`)
    assert.equal(
      adminRedirectTarget(
        { method: 'GET', path: '/admin', host: '127.0.0.1:3000', accept: 'text/html' },
        'http://localhost:3000',
      ),
      'http://localhost:3000/admin',
    )
  })

  it('leaves alone the right address, API calls, non-navigations, writes and a guarded return', () => {
    assert.equal(open('admin.press.example.vn'), null)
    assert.equal(open('ADMIN.press.example.vn'), null)
    // Behind a reverse proxy: the address the browser used is the forwarded one.
    assert.equal(
      open('127.0.0.1:3000', { forwardedHost: 'admin.press.example.vn', forwardedProto: 'https' }),
      null,
    )
    assert.equal(
      open('admin.press.example.vn', { forwardedProto: 'http' }),
      `${CMS}/admin/collections/passes?page=2`,
    )
    assert.equal(open('10.0.0.5', { path: '/api/passes' }), null)
    assert.equal(open('10.0.0.5', { path: '/administrator' }), null)
    assert.equal(open('10.0.0.5', { fetchMode: 'cors' }), null)
    assert.equal(open('10.0.0.5', { method: 'POST' }), null)
    assert.equal(open('10.0.0.5', { guarded: true }), null)
  })

  it('sends the browser on by the page between two names of this machine, and says why', () => {
    assert.ok(isLoopbackAlias('http://localhost:3000/admin', '127.0.0.1:3000'))
    assert.ok(!isLoopbackAlias(`${CMS}/admin`, '127.0.0.1:3000'))
    const page = movedPage('http://localhost:3000/admin?a=1&b="2"')
    assert.match(page, /url=http:\/\/localhost:3000\/admin\?a=1&amp;b=&quot;2&quot;/)
    assert.match(page, /chỉ hoạt động tại/)
    assert.match(page, /works only at/)
  })

  it('opens in Vietnamese until English is chosen', () => {
    assert.ok(needsDefaultLanguage(undefined))
    assert.ok(needsDefaultLanguage('fr'))
    assert.ok(!needsDefaultLanguage('en'))
    assert.ok(!needsDefaultLanguage('vi'))
  })
})
