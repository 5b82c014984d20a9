import { expect, type Page, test } from '@playwright/test'

import { localDate } from '~/cms/lib/time'
import { DEMO_JOURNALIST_EMAIL, DEMO_PASSWORD } from '~/cms/seed/users'
import { approvedJournalist } from './journalists'
import { waitForMail } from './mailbox'
import { E2E_CMS_URL as CMS } from './ports'
import { signIn, staffEmail } from './staffApi'

const SHOTS = '/work/notes/shots'
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${SHOTS}/pool-${name}.png`, fullPage: true }).catch(() => undefined)

/**
 * The press pool end to end: an officer names the pool of a pool-only session of today's press
 * conference in the admin; the demo journalist (HB-0001) is e-mailed and sees the turn in the
 * press area and on the phone pass; a journalist outside the pool sees none.
 */
test('an officer names the pool; the named journalist sees the turn, another sees none', async ({
  page,
  playwright,
}) => {
  test.setTimeout(180_000)
  // A pool-only session later today (the demo pass is valid today only).
  const startsAt = new Date(Date.now() + 5 * 60_000)
  test.skip(localDate(startsAt) !== localDate(new Date()), 'too close to midnight in Vietnam')
  const admin = await signIn(playwright, staffEmail('admin'))
  const events = await admin.get(`${CMS}/api/events?where[passPrefix][equals]=HB&depth=0&limit=1`)
  const event = ((await events.json()) as { docs: { id: number }[] }).docs[0]!
  const created = await admin.post(`${CMS}/api/sessions`, {
    data: {
      event: event.id,
      title: 'Phiên nhóm đại diện thử',
      venue: 'Phòng họp báo số 2',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 60 * 60_000).toISOString(),
      type: 'press-conference',
      pressAccess: 'pool',
    },
  })
  expect(created.status()).toBe(201)
  const session = ((await created.json()) as { doc: { id: number } }).doc

  // A journalist outside the pool (another event) sees no turn on their pass page.
  // (Its own request context: the officer's REST sign-in there must not sign this page in.)
  const outsiderRequest = await playwright.request.newContext()
  const outsider = await approvedJournalist(outsiderRequest, { fullName: 'Hồ Văn Ngoài Nhóm' })
  await outsiderRequest.dispose()

  // The officer sets the quotas and names the pool on the session's edit view.
  await page.goto(`${CMS}/admin/login`)
  await page.locator('#field-email').fill(staffEmail('accreditation-officer'))
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('form button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  await page.goto(`${CMS}/admin/collections/sessions/${session.id}`)
  const panel = page.getByRole('region', { name: 'Nhóm phóng viên đại diện' })
  await expect(panel).toBeVisible()
  await panel.locator('input[name="pool-quota-reporter"]').fill('-1')
  await panel.getByRole('button', { name: 'Chọn nhóm đại diện' }).click()
  await expect(panel.getByRole('alert')).toContainText('Số suất phải là số nguyên')
  for (const name of ['reporter', 'photographer', 'cameraOperator', 'technician'])
    await panel.locator(`input[name="pool-quota-${name}"]`).fill('50')
  await panel.getByRole('button', { name: 'Chọn nhóm đại diện' }).click()
  // Places for every valid HB pass of today: HB-0001 and any other specs approved (the rotation
  // would otherwise put outlets with fewer turns first, and the demo outlet already had one).
  await expect(panel.getByRole('status')).toContainText(/Đã chọn nhóm đại diện: \d+ người/)
  await expect(panel.getByRole('cell', { name: 'HB-0001' })).toBeVisible()
  await shot(page, 'admin-panel')

  // The demo journalist gets the e-mail, with the session, time and venue.
  const mail = await waitForMail(
    (m) => m.to.includes(DEMO_JOURNALIST_EMAIL) && m.subject.includes('Phiên nhóm đại diện thử'),
  )
  expect(mail.subject).toMatch(/^Lượt nhóm đại diện: /)
  expect(mail.text).toContain('Địa điểm: Phòng họp báo số 2')

  // …and sees the turn in the press area, then on the phone pass page.
  const journalist = await page.context().browser()!.newPage()
  await journalist.goto('/press/')
  await journalist.getByLabel('E-mail đã đăng ký').fill(DEMO_JOURNALIST_EMAIL)
  await journalist.getByLabel('Mật khẩu').fill(DEMO_PASSWORD)
  await journalist.getByRole('button', { name: 'Đăng nhập' }).click()
  const turns = journalist.locator('section.pool-turns')
  await expect(turns.getByRole('heading', { name: 'Lượt nhóm đại diện của bạn' })).toBeVisible()
  await expect(turns).toContainText('Phiên nhóm đại diện thử')
  await expect(turns).toContainText('Phòng họp báo số 2')
  await turns.scrollIntoViewIfNeeded()
  await shot(journalist, 'press-area')
  await journalist.getByRole('link', { name: 'Mở thẻ tác nghiệp trên điện thoại' }).first().click()
  await expect(journalist.locator('section.pool-turns')).toContainText('Phiên nhóm đại diện thử')
  await shot(journalist, 'pass-page')

  await journalist.goto(`/accreditation/status/${outsider.token}/pass`)
  await expect(journalist.locator('section.pool-turns')).toContainText(
    'Bạn chưa có lượt nào trong nhóm phóng viên đại diện.',
  )
  await journalist.close()
})

test('the built admin answers a refused pool call with its sentence, in the caller’s language', async ({
  request,
}) => {
  for (const [language, sentence] of [
    ['vi', 'Chỉ bộ phận cấp thẻ được chọn nhóm phóng viên đại diện.'],
    ['en', 'Only the press office can name the press pool.'],
  ]) {
    const refused = await request.post(`${CMS}/api/pool-members/name`, {
      headers: { 'Accept-Language': language! },
      data: { session: 1, quotas: { reporter: 1 } },
    })
    expect(refused.status()).toBe(403)
    expect(((await refused.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe(
      sentence,
    )
  }
})
