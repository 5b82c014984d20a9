import assert from 'node:assert/strict'
import { test } from 'node:test'

import {
  isBehindTls,
  mayCachePublicly,
  mergeCsp,
  publicCacheControl,
  securityHeaders,
} from '~/site/lib/securityHeaders'

test('HSTS is sent when the public address is https', () => {
  assert.equal(isBehindTls('https://press.example.vn', false, null), true)
  assert.ok(securityHeaders(true)['Strict-Transport-Security']?.startsWith('max-age='))
})

test('a forwarded https is believed only behind a trusted proxy', () => {
  assert.equal(isBehindTls('http://localhost:4321', false, 'https'), false)
  assert.equal(isBehindTls('http://localhost:4321', true, 'https'), true)
  assert.equal(isBehindTls('http://localhost:4321', true, 'HTTPS, http'), true)
  assert.equal(isBehindTls('http://localhost:4321', true, 'http'), false)
  assert.equal(securityHeaders(false)['Strict-Transport-Security'], undefined)
})

test('every answer forbids framing and sniffing', () => {
  const headers = securityHeaders(false)
  assert.match(headers['Content-Security-Policy']!, /frame-ancestors 'none'/)
  assert.equal(headers['X-Content-Type-Options'], 'nosniff')
  assert.ok(headers['Referrer-Policy'])
})

test('public pages get a CDN policy with stale-while-revalidate and stale-if-error', () => {
  assert.equal(
    publicCacheControl(5),
    'public, max-age=5, stale-while-revalidate=60, stale-if-error=86400',
  )
})

test('only a successful GET with no cookie and no policy of its own may be cached publicly', () => {
  assert.equal(mayCachePublicly('GET', 200, new Headers()), true)
  assert.equal(mayCachePublicly('HEAD', 200, new Headers()), true)
  assert.equal(mayCachePublicly('POST', 200, new Headers()), false)
  assert.equal(mayCachePublicly('GET', 404, new Headers()), false)
  assert.equal(
    mayCachePublicly('GET', 200, new Headers({ 'Cache-Control': 'private, no-store' })),
    false,
  )
  assert.equal(mayCachePublicly('GET', 200, new Headers({ 'Set-Cookie': 'a=b' })), false)
  assert.equal(
    mayCachePublicly('GET', 200, new Headers({ 'Content-Type': 'text/event-stream' })),
    false,
    'a live stream is never marked public',
  )
})

test("a page's own policy keeps its script hashes and gains the directives it lacks", () => {
  const page = "default-src 'self'; script-src 'self' 'sha256-abc'; object-src 'none'"
  const merged = mergeCsp(page, "frame-ancestors 'none'; object-src 'self'; base-uri 'self'")
  assert.equal(
    merged,
    "default-src 'self'; script-src 'self' 'sha256-abc'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'",
  )
  assert.equal(mergeCsp(null, "frame-ancestors 'none'"), "frame-ancestors 'none'")
})

test('the admin sends the same closing policy, HSTS always, and no camera; each server answers only its methods', async () => {
  const { adminSecurityHeaders, ADMIN_METHODS, isAllowedMethod, SITE_CSP, SITE_METHODS } =
    await import('~/site/lib/securityHeaders')
  const admin = adminSecurityHeaders()
  assert.equal(admin['Content-Security-Policy'], SITE_CSP)
  assert.ok(admin['Strict-Transport-Security']?.startsWith('max-age='))
  assert.match(admin['Permissions-Policy']!, /camera=\(\)/)
  assert.equal(admin['X-Frame-Options'], 'DENY')
  for (const method of ['TRACE', 'TRACK', 'CONNECT', 'PROPFIND', 'get', '', undefined]) {
    assert.equal(isAllowedMethod(SITE_METHODS, method), false, String(method))
    assert.equal(isAllowedMethod(ADMIN_METHODS, method), false, String(method))
  }
  assert.equal(isAllowedMethod(SITE_METHODS, 'POST'), true)
  assert.equal(isAllowedMethod(SITE_METHODS, 'DELETE'), false)
  assert.equal(isAllowedMethod(ADMIN_METHODS, 'PATCH'), true)
})
