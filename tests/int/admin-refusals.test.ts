import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { handleEndpoints, type Payload, type SanitizedConfig, ValidationError } from 'payload'

import { emailsInFlight } from '~/cms/collections/AccreditationRequests/hooks/notifyApplicant'
import { applicationForm, prepareCongress } from './fixtures/application'
import { makeStaff, startTestPayload } from './harness'
import { startMailCatcher } from './mailCatcher'

/**
 * Refusals an officer can act on come back at the field, in the admin's language, with the facts:
 * through Payload's real REST handler (what the admin form calls) and the Local API alike.
 */
let payload: Payload
let config: SanitizedConfig
let cleanup: () => Promise<void>
let mail: Awaited<ReturnType<typeof startMailCatcher>>
let gateway: typeof import('~/site/lib/cms')
let token = ''
let officer: Awaited<ReturnType<typeof makeStaff>>
const CMS = 'http://127.0.0.1:3000'

before(async () => {
  mail = await startMailCatcher()
  ;({ payload, cleanup } = await startTestPayload())
  config = payload.config
  gateway = await import('~/site/lib/cms')
  officer = await makeStaff(payload, ['accreditation-officer'])
  const login = await rest('vi', 'POST', '/users/login', {
    email: officer.email,
    password: 'test-password-123',
  })
  token = String(login.json?.token)
})
after(async () => {
  await emailsInFlight()
  await cleanup()
  await mail.stop()
})

type Answer = {
  status: number
  json: {
    token?: string
    errors?: {
      name?: string
      message: string
      data?: { errors?: { path: string; message: string }[]; refusal?: string }
    }[]
  } | null
}

async function rest(
  language: 'vi' | 'en',
  method: string,
  path: string,
  body?: unknown,
): Promise<Answer> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    // The admin sends its language as a cookie (and the header).
    Cookie: `payload-lng=${language}`,
    'Accept-Language': language,
  }
  if (token) headers.Authorization = `JWT ${token}`
  const request = new Request(`${CMS}/api${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const response = await handleEndpoints({ config, request })
  return {
    status: response.status,
    json: (await response.json().catch(() => null)) as Answer['json'],
  }
}

async function apply(outlet: number, email: string) {
  const outcome = await gateway.submitApplication(
    await applicationForm({ outlet: String(outlet), email }),
    'vi',
  )
  assert.ok(outcome.ok, JSON.stringify(!outcome.ok && outcome.errors))
  return outcome.statusToken.split('.')[0]!
}

const fieldError = (answer: Answer) => {
  const error = answer.json?.errors?.[0]
  assert.equal(error?.name, 'ValidationError', JSON.stringify(answer.json))
  const [field] = error!.data!.errors!
  // The same sentence as the toast's, at the field.
  assert.equal(field!.message, error!.message)
  return { path: field!.path, message: field!.message, refusal: error!.data!.refusal }
}

describe('refusals at the field, in the admin’s language, with the facts', () => {
  it('approving past an outlet’s quota names the outlet and its places used, at the status', async () => {
    const outlet = await prepareCongress(payload, {
      reporter: 1,
      photographer: 0,
      cameraOperator: 0,
      technician: 0,
    })
    gateway.clearCache()
    const first = await apply(outlet.id, 'quota.first@example.vn')
    const second = await apply(outlet.id, 'quota.second@example.vn')
    const approved = await rest('vi', 'PATCH', `/accreditation-requests/${first}`, {
      status: 'approved',
    })
    assert.equal(approved.status, 200, JSON.stringify(approved.json))

    const vi = await rest('vi', 'PATCH', `/accreditation-requests/${second}`, {
      status: 'approved',
    })
    assert.equal(vi.status, 409)
    const inVietnamese = fieldError(vi)
    assert.equal(inVietnamese.path, 'status')
    assert.equal(inVietnamese.refusal, 'quota-reached')
    assert.match(inVietnamese.message, new RegExp(`^${outlet.name} đã dùng 1/1 suất phóng viên`))

    const en = await rest('en', 'PATCH', `/accreditation-requests/${second}`, {
      status: 'approved',
    })
    assert.equal(en.status, 409)
    assert.match(
      fieldError(en).message,
      new RegExp(`^${outlet.name} has used 1 of 1 reporter places`),
    )

    // The Local API (scripts, the operation) throws the same ValidationError.
    await assert.rejects(
      payload.update({
        collection: 'accreditation-requests',
        id: second,
        data: { status: 'approved' },
        overrideAccess: false,
        user: officer,
      }),
      (error: unknown) =>
        error instanceof ValidationError &&
        error.status === 409 &&
        /đã dùng 1\/1 suất phóng viên/.test(error.message) &&
        error.data.errors[0]?.path === 'status',
    )
    const unchanged = await payload.findByID({ collection: 'accreditation-requests', id: second })
    assert.equal(unchanged.status, 'submitted')
  })

  it('a rejection without a reason says "chọn lý do" at the reason', async () => {
    const outlet = await prepareCongress(payload)
    gateway.clearCache()
    const id = await apply(outlet.id, 'reason@example.vn')
    const vi = await rest('vi', 'PATCH', `/accreditation-requests/${id}`, {
      status: 'rejected',
      decisionMessage: 'Hồ sơ chưa đạt.',
    })
    assert.equal(vi.status, 400)
    const refusal = fieldError(vi)
    assert.equal(refusal.path, 'reasonCode')
    assert.match(refusal.message, /Chọn lý do/)
    const en = await rest('en', 'PATCH', `/accreditation-requests/${id}`, {
      status: 'rejected',
      decisionMessage: 'Not eligible.',
    })
    assert.match(fieldError(en).message, /Choose a reason/)
  })
})
