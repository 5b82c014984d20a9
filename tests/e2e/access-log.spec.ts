import { expect, test } from '@playwright/test'

import { DEMO_PASSWORD, DEMO_STAFF } from '~/cms/seed/users'
import { openEventApplicationForm } from './journalists'
import { E2E_CMS_URL, E2E_SITE_URL } from './ports'

/** The staff access log over real HTTP: opening an application or one of its files in the admin's API leaves an entry only admins can read. */
const CMS = E2E_CMS_URL
const staff = (role: string) => DEMO_STAFF.find((user) => user.roles.includes(role as never))!.email

test('an officer opening an application and its portrait is logged with who and when; only admins read the log', async ({
  playwright,
  request,
}) => {
  const email = `log.${Date.now()}@example.vn`
  const sent = await request.post(`${E2E_SITE_URL}/accreditation/`, {
    multipart: await openEventApplicationForm({ email }),
    headers: { Accept: 'application/json', Origin: E2E_SITE_URL },
  })
  expect(sent.status()).toBe(200)
  const as = async (role: string) => {
    const { token } = (await (
      await request.post(`${CMS}/api/users/login`, {
        data: { email: staff(role), password: DEMO_PASSWORD },
      })
    ).json()) as { token: string }
    return playwright.request.newContext({ extraHTTPHeaders: { Authorization: `JWT ${token}` } })
  }
  const [officer, admin] = [await as('accreditation-officer'), await as('admin')]
  // The form's answer names no application (a stranger learns nothing): the officer finds it.
  const found = (await (
    await officer.get(`${CMS}/api/accreditation-requests?where[email][equals]=${email}&depth=0`)
  ).json()) as { docs: { id: number }[] }
  const id = String(found.docs[0]!.id)
  const doc = (await (
    await officer.get(`${CMS}/api/accreditation-requests/${id}?depth=1`)
  ).json()) as { referenceCode: string; portrait: { filename: string } }
  expect(
    (await officer.get(`${CMS}/api/applicant-files/file/${doc.portrait.filename}`)).status(),
  ).toBe(200)

  const log = (await (
    await admin.get(`${CMS}/api/access-log?limit=20&sort=-createdAt`)
  ).json()) as {
    docs: {
      action: string
      staffLabel: string
      referenceCode?: string
      documentId: string
      createdAt: string
    }[]
  }
  const opened = log.docs.find((e) => e.action === 'opened-application' && e.documentId === id)
  expect(opened).toMatchObject({
    staffLabel: staff('accreditation-officer'),
    referenceCode: doc.referenceCode,
  })
  expect(Date.now() - Date.parse(opened!.createdAt)).toBeLessThan(60_000)
  expect(
    log.docs.find((e) => e.action === 'opened-file' && e.documentId === doc.portrait.filename),
  ).toMatchObject({ staffLabel: staff('accreditation-officer') })
  // A refusal looks like absence here too (answerNotFoundWhenRefused).
  expect((await officer.get(`${CMS}/api/access-log`)).status()).toBe(404)
  await Promise.all([officer.dispose(), admin.dispose()])
})
