import { type APIRequestContext, expect, test } from '@playwright/test'

import { pendingApplication } from './journalists'
import { E2E_CMS_URL as CMS } from './ports'
import { signIn, staffEmail } from './staffApi'

/**
 * REST parity over real HTTP: what the site's operations refuse, the REST API (and so the admin,
 * which writes through it) refuses too, because both pass through the same rules.
 */
test.describe.configure({ mode: 'serial' })

let officer: APIRequestContext
test.beforeAll(async ({ playwright }) => {
  officer = await signIn(playwright, staffEmail('accreditation-officer'))
})
test.afterAll(async () => {
  await officer?.dispose()
})

type Answer = {
  status: number
  body: { errors?: { message: string }[]; doc?: Record<string, unknown> } & Record<string, unknown>
}
const answer = async (
  response: Awaited<ReturnType<APIRequestContext['get']>>,
): Promise<Answer> => ({
  status: response.status(),
  body: (await response.json()) as Answer['body'],
})
const patch = async (id: string, data: Record<string, unknown>) =>
  answer(await officer.patch(`${CMS}/api/accreditation-requests/${id}`, { data }))
const read = async (id: string) =>
  (await answer(await officer.get(`${CMS}/api/accreditation-requests/${id}?depth=0`))).body
const total = async () =>
  (
    (await (await officer.get(`${CMS}/api/accreditation-requests?limit=1&depth=0`)).json()) as {
      totalDocs: number
    }
  ).totalDocs

test('an application cannot be created already approved (or in any status but "submitted") through REST', async () => {
  const before = await total()
  for (const status of ['approved', 'in-review', 'rejected']) {
    const created = await answer(
      await officer.post(`${CMS}/api/accreditation-requests`, {
        data: {
          status,
          fullName: 'Tạo Thẳng Qua API',
          dateOfBirth: '1990-05-20',
          nationality: 'VN',
          idType: 'cccd',
          idNumber: `0961900${String(Date.now() % 100_000).padStart(5, '0')}`,
          role: 'reporter',
          days: ['2025-10-16'],
          email: 'rest.create@example.vn',
          phone: '+84 912 000 444',
        },
      }),
    )
    expect(created.status, status).toBe(400)
    expect(created.body.errors?.[0]?.message, status).toMatch(/Đã nộp|submitted/)
  }
  expect(await total()).toBe(before)
})

test('a decision needs its own reason and message, and an earlier one is cleared, not reused', async ({
  request,
}) => {
  const { token } = await pendingApplication(request)
  const id = token.split('.')[0]!
  expect((await patch(id, { status: 'needs-information' })).status).toBe(400)
  expect(
    (
      await patch(id, {
        status: 'needs-information',
        reasonCode: 'photo-unsuitable',
        decisionMessage: 'Ảnh mờ.',
      })
    ).status,
  ).toBe(200)
  expect((await patch(id, { status: 'in-review' })).status).toBe(200)
  const reopened = await read(id)
  expect([reopened.reasonCode ?? null, reopened.decisionMessage ?? null]).toEqual([null, null])
  expect(reopened.statusSecret, 'the status secret reached a staff caller').toBeUndefined()
  expect((await patch(id, { status: 'rejected' })).status).toBe(400)
  expect((await read(id)).status).toBe('in-review')
})

test('setting the outlet of an approved application afterwards takes a quota place, or is refused when the quota is full', async ({
  request,
}) => {
  const outlet = await answer(
    await officer.post(`${CMS}/api/outlets`, {
      data: {
        name: `Báo Hết Chỗ ${Date.now()}`,
        type: 'print',
        scope: 'provincial',
        quotas: { reporter: 0, photographer: 0, cameraOperator: 0, technician: 0 },
      },
    }),
  )
  expect(outlet.status, JSON.stringify(outlet.body)).toBe(201)
  const outletId = outlet.body.doc!.id
  const { token } = await pendingApplication(request)
  const id = token.split('.')[0]!
  expect((await patch(id, { status: 'approved' })).status).toBe(200)
  const moved = await patch(id, { outlet: outletId })
  expect(moved.status).toBe(409)
  expect(moved.body.errors?.[0]?.message).toMatch(/đã dùng \d+\/\d+ suất|places/)
  expect((await read(id)).outlet ?? null).toBeNull()
  // The same through the admin's bulk edit (a PATCH with a filter): refused, nothing changed.
  const bulk = await answer(
    await officer.patch(`${CMS}/api/accreditation-requests?where[id][equals]=${id}`, {
      data: { outlet: outletId },
    }),
  )
  expect(bulk.status).toBeGreaterThanOrEqual(400)
  expect(bulk.status).toBeLessThan(500)
  expect((await read(id)).outlet ?? null).toBeNull()
})
