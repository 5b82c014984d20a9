import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { MAX_FORM_BYTES, readForm } from '~/site/lib/forms'

const multipart = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://site/accreditation/', {
    method: 'POST',
    body,
    headers: { 'content-type': 'multipart/form-data; boundary=X', ...headers },
    duplex: 'half',
  } as RequestInit)

describe('reading a posted form', () => {
  it('reads a well-formed multipart form', async () => {
    const body =
      '--X\r\nContent-Disposition: form-data; name="fullName"\r\n\r\nNguyễn Văn A\r\n--X--\r\n'
    const result = await readForm(multipart(body))
    assert.ok(result.ok)
    assert.equal(result.data.get('fullName'), 'Nguyễn Văn A')
  })

  it('refuses JSON and malformed multipart as 400', async () => {
    assert.deepEqual(
      await readForm(
        new Request('http://site/', {
          method: 'POST',
          body: '{}',
          headers: { 'content-type': 'application/json' },
        }),
      ),
      { ok: false, status: 400, error: 'not_a_form' },
    )
    assert.deepEqual(await readForm(multipart('--X\r\nno headers here')), {
      ok: false,
      status: 400,
      error: 'not_a_form',
    })
  })

  it('stops reading a chunked upload once it passes the limit, without buffering the rest', async () => {
    let pulled = 0
    const chunk = new Uint8Array(1024 * 1024)
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++
        if (pulled > 200) controller.close()
        else controller.enqueue(chunk)
      },
    })
    assert.deepEqual(await readForm(multipart(endless)), {
      ok: false,
      status: 413,
      error: 'too_large',
    })
    assert.ok(
      pulled * chunk.length < MAX_FORM_BYTES + 5 * chunk.length,
      `read ${pulled} MB of a 200 MB body`,
    )
  })

  it('refuses a declared length over the limit before reading anything', async () => {
    assert.deepEqual(
      await readForm(multipart('x', { 'content-length': String(MAX_FORM_BYTES + 1) })),
      { ok: false, status: 413, error: 'too_large' },
    )
  })
})
