import assert from 'node:assert/strict'
import { test } from 'node:test'

import { applicantFileHeaders, downloadName, INERT_FILE_CSP } from '~/cms/lib/fileHeaders'

test("an applicant's file is a download under a policy that allows nothing to run", () => {
  const headers = applicantFileHeaders('application/pdf', 'letter')
  assert.equal(headers['Content-Disposition'], 'attachment; filename="letter.pdf"')
  assert.equal(headers['Content-Security-Policy'], "sandbox; default-src 'none'")
  assert.equal(headers['Content-Security-Policy'], INERT_FILE_CSP)
  assert.equal(headers['X-Content-Type-Options'], 'nosniff')
  assert.equal(headers['Cache-Control'], 'private, no-store')
  assert.equal(applicantFileHeaders('image/jpeg')['Content-Disposition'], 'attachment')
})

test('the download name cannot break out of its header or pick its own type', () => {
  assert.equal(downloadName('a"; filename=evil.html', 'application/pdf'), 'a___filename_evil.pdf')
  assert.equal(downloadName('portrait', 'image/jpeg; charset=x'), 'portrait.jpg')
  assert.equal(downloadName('x.html', 'text/html'), 'x.bin')
  assert.equal(downloadName('', 'image/png'), 'file.png')
})
