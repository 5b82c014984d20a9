import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { APIError, formatErrors, type PayloadRequest } from 'payload'

import { keepRefusalMessages, UNREADABLE_ERROR } from '~/cms/hooks/keepRefusalMessages'
import { poolRefusal } from '~/cms/pool/refusals'

/** What the admin's production build makes of Payload's APIError: a class with no name. */
function asBundled(error: APIError): APIError {
  error.name = ''
  return error
}

const hook = (error: APIError) =>
  keepRefusalMessages({
    error,
    result: formatErrors(error),
    context: {},
    req: {} as PayloadRequest,
  })

describe('refusal messages on REST', () => {
  it('a plain refusal from the bundled admin keeps its sentence and status', () => {
    const error = asBundled(poolRefusal(undefined, 'not-allowed'))
    assert.equal(formatErrors(error).errors[0]?.message, UNREADABLE_ERROR)
    const kept = hook(error)
    assert.deepEqual(kept?.response?.errors, [
      { name: 'APIError', message: 'Chỉ bộ phận cấp thẻ được chọn nhóm phóng viên đại diện.' },
    ])
    assert.equal(kept?.status, undefined)
  })

  it('internal errors stay hidden', () => {
    assert.equal(hook(asBundled(new APIError('SQLITE_CORRUPT at /var/lib/portal.db'))), undefined)
    assert.equal(hook(asBundled(new APIError('secret', 400, null, false))), undefined)
  })

  it('answers Payload can read are left as they are', () => {
    assert.equal(hook(poolRefusal(undefined, 'not-allowed')), undefined)
    assert.equal(hook(poolRefusal(undefined, 'bad-quota', 'poolQuotas.reporter')), undefined)
  })
})
