import { mkdirSync } from 'node:fs'

import { expect, type Page, test } from '@playwright/test'

import { formatEmbargoTime } from '~/cms/lib/distribution/distributionRules'
import { DEMO_PASSWORD } from '~/cms/seed/users'
import { approvedJournalist, eventForApplying, staffEmail } from './journalists'
import { allMail, type CaughtMail, waitForMail } from './mailbox'
import { E2E_CMS_URL as CMS, E2E_SITE_URL as SITE } from './ports'
import { screenshot } from './screenshot'

/**
 * Press releases by e-mail, as the public, a journalist and an editor meet it: the double opt-in
 * form, the confirm and unsubscribe links read from the caught e-mails, the embargoed copy to an
 * opted-in journalist ahead of time and the public copy at the lift, pressed in the admin.
 */
test.describe.configure({ mode: 'serial' })
test.setTimeout(180_000)

const SHOTS = process.env.DISTRIBUTION_SHOTS_DIR
const shot = async (page: Page, name: string, fullPage = true) => {
  await screenshot(page, name, { fullPage })
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true })
    await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage })
  }
}

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`
const sitePath = (url: string) => url.replace(/^https?:\/\/[^/]+/, '')
const linkIn = (mail: CaughtMail, path: RegExp) => {
  const link = new RegExp(`https?://\\S+${path.source}`).exec(mail.text)?.[0]
  if (!link) throw new Error(`no ${path} link in "${mail.subject}"`)
  return sitePath(link)
}

async function editorJwt(page: Page): Promise<string> {
  const login = await page.request.post(`${CMS}/api/users/login`, {
    data: { email: staffEmail('editor'), password: DEMO_PASSWORD },
  })
  return ((await login.json()) as { token: string }).token
}

async function publish(page: Page, data: Record<string, unknown>): Promise<{ id: number }> {
  const created = await page.request.post(`${CMS}/api/press-releases`, {
    headers: { Authorization: `JWT ${await editorJwt(page)}` },
    data: { _status: 'published', ...data },
  })
  expect(created.status(), await created.text()).toBe(201)
  return ((await created.json()) as { doc: { id: number } }).doc
}

/** A reader subscribes on the site's form and confirms with the link from the e-mail. */
async function subscribeAndConfirm(page: Page, email: string, screenshotName?: string) {
  await page.goto('/subscribe/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhận thông cáo báo chí qua thư')
  await page.getByLabel('Địa chỉ thư điện tử').fill(email)
  await page.getByLabel(/Tôi đồng ý nhận thông cáo báo chí qua thư/).check()
  if (screenshotName) await shot(page, screenshotName)
  await page.getByRole('button', { name: 'Đăng ký' }).click()
  await expect(page.getByRole('status')).toContainText('Gần xong!')
  const confirm = await waitForMail(
    (mail) => mail.to.includes(email) && mail.subject === 'Xác nhận đăng ký nhận thông cáo báo chí',
  )
  await page.goto(linkIn(confirm, /\/subscribe\/confirm\/[A-Za-z0-9_-]+\//))
  await page.getByRole('button', { name: 'Xác nhận đăng ký' }).click()
  await expect(page.getByRole('status')).toHaveText(
    'Đã xác nhận. Bạn sẽ nhận thông cáo báo chí từ lần công bố tới.',
  )
}

test('a reader subscribes in Vietnamese, receives a release with List-Unsubscribe, unsubscribes, and gets no more', async ({
  page,
}) => {
  const email = `reader.${stamp()}@example.vn`
  await subscribeAndConfirm(page, email, 'distribution-subscribe-form')
  // A second reader leaves with the mail program's one-click unsubscribe (RFC 8058).
  const other = `oneclick.${stamp()}@example.vn`
  await subscribeAndConfirm(page, other)

  const title = `Thông cáo gửi thư ${stamp()}`
  await publish(page, { title, summary: 'Tóm tắt thông cáo gửi tới người đăng ký.' })
  const received = await waitForMail(
    (mail) => mail.to.includes(email) && mail.subject.includes(title),
    30_000,
  )
  expect(received.subject).toMatch(/^Thông cáo báo chí số \d+: /)
  expect(received.headers['list-unsubscribe']).toMatch(
    /^<http:\/\/localhost:\d+\/api\/subscribers\/unsubscribe\/s\d+\.[A-Za-z0-9_-]+\?lang=vi>$/,
  )
  expect(received.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
  expect(received.messageId).toMatch(/\.release@localhost>$/)
  // Rendered on a blank page: the site's Content-Security-Policy would drop the message's styles.
  await page.goto('about:blank')
  await page.setContent(received.html)
  await shot(page, 'distribution-message')

  const otherCopy = await waitForMail(
    (mail) => mail.to.includes(other) && mail.subject.includes(title),
    30_000,
  )
  const oneClick = /^<([^>]+)>$/.exec(otherCopy.headers['list-unsubscribe']!)![1]!
  const posted = await page.request.post(oneClick, {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    data: 'List-Unsubscribe=One-Click',
  })
  expect(posted.status(), await posted.text()).toBe(200)

  // The link at the end of the e-mail: a page with a button (a mail scanner does not unsubscribe).
  await page.goto(linkIn(received, /\/subscribe\/unsubscribe\/[A-Za-z0-9._-]+\//))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Huỷ nhận thông cáo')
  await page.getByRole('button', { name: 'Huỷ đăng ký' }).click()
  await expect(page.getByRole('status')).toHaveText(
    'Đã huỷ. Bạn sẽ không nhận thông cáo báo chí qua thư nữa.',
  )

  // The next release reaches a reader still subscribed, and neither of the two who left.
  const control = `control.${stamp()}@example.vn`
  await subscribeAndConfirm(page, control)
  const next = `Thông cáo sau khi huỷ ${stamp()}`
  await publish(page, { title: next })
  await waitForMail((mail) => mail.to.includes(control) && mail.subject.includes(next), 30_000)
  const late = (await allMail()).filter(
    (mail) => mail.subject.includes(next) && (mail.to.includes(email) || mail.to.includes(other)),
  )
  expect(late).toEqual([])
})

test('an opted-in journalist gets an embargoed release early with the time in the subject; the public copy goes when the editor lifts the embargo', async ({
  page,
  browser,
}) => {
  // The journalist: approved for the council session, sets a password, opts in on /press/.
  const { email } = await approvedJournalist(page.request, { fullName: 'Lê Thị Thư Sớm' })
  const approval = await waitForMail(
    (mail) => mail.to.includes(email) && /chấp thuận/.test(mail.subject),
  )
  const passwordLink = /https?:\/\/\S+\/press\/password\?token=\S+/.exec(approval.text)![0]
  await page.goto(sitePath(passwordLink))
  await page.getByLabel('Mật khẩu mới (ít nhất 10 ký tự)').fill('mật khẩu đủ dài')
  await page.getByLabel('Nhập lại mật khẩu mới').fill('mật khẩu đủ dài')
  await page.getByRole('button', { name: 'Lưu mật khẩu và đăng nhập' }).click()
  await expect(page).toHaveURL(/\/press\/$/)
  await expect(page.getByText('Bạn không nhận thông cáo qua thư.')).toBeVisible()
  await page.getByRole('button', { name: 'Nhận qua thư' }).click()
  await expect(page.getByText('Bạn đang nhận thông cáo qua thư.')).toBeVisible()

  const reader = `public.${stamp()}@example.vn`
  const readerPage = await browser.newPage({ baseURL: SITE })
  await subscribeAndConfirm(readerPage, reader)

  const council = await eventForApplying()
  const embargoUntil = new Date(Date.now() + 3 * 3600_000)
  embargoUntil.setUTCSeconds(0, 0)
  const title = `Thông cáo cấm đăng gửi sớm ${stamp()}`
  const release = await publish(page, {
    title,
    summary: 'Nội dung chỉ công bố sau giờ cấm đăng.',
    event: council.id,
    embargoUntil: embargoUntil.toISOString(),
  })
  const early = await waitForMail(
    (mail) => mail.to.includes(email) && mail.subject.includes(title),
    30_000,
  )
  expect(early.subject).toMatch(
    new RegExp(`^\\[CẤM ĐĂNG đến ${formatEmbargoTime(embargoUntil).replace(/\//g, '\\/')}\\] `),
  )
  expect(formatEmbargoTime(embargoUntil)).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/)
  expect(early.html).toContain('CẤM ĐĂNG TẢI trước')
  await page.goto('about:blank')
  await page.setContent(early.html)
  await shot(page, 'distribution-message-embargoed', false)
  // The distribution runs every few seconds: the public copy has had its chance, and did not go.
  await page.waitForTimeout(8_000)
  expect(
    (await allMail()).filter((m) => m.to.includes(reader) && m.subject.includes(title)),
  ).toEqual([])

  // The editor, in the admin (signed in by the REST login above, which set the admin's cookie):
  // the delivery log, then "Lift embargo now".
  await page.goto(`${CMS}/admin/collections/press-releases/${release.id}`)
  await expect(page.locator('#field-title')).toHaveValue(title)
  const lift = page.getByRole('button', { name: /Dỡ lệnh cấm đăng ngay|Lift embargo now/ })
  await expect(lift).toBeEnabled()
  page.once('dialog', (dialog) => void dialog.accept())
  await lift.click()
  await expect(lift).toHaveCount(0, { timeout: 15_000 })
  const publicCopy = await waitForMail(
    (mail) => mail.to.includes(reader) && mail.subject.includes(title),
    30_000,
  )
  expect(publicCopy.subject).not.toContain('CẤM ĐĂNG')
  expect(publicCopy.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
  expect(
    (await allMail()).filter((m) => m.to.includes(email) && m.subject.includes(title)),
  ).toHaveLength(1)
  // The release is public on the site now (its event's releases page; public pages cache briefly).
  await expect
    .poll(async () => (await page.request.get(`${SITE}/events/${council.slug}/releases/`)).text(), {
      timeout: 15_000,
    })
    .toContain(title)

  await page.reload()
  await expect(page.getByText(/Nhật ký gửi thư|Delivery log/).first()).toBeVisible()
  await expect(page.getByText(reader).first()).toBeVisible()
  await expect(page.getByText(email).first()).toBeVisible()
  await page
    .getByText(/Nhật ký gửi thư|Delivery log/)
    .first()
    .scrollIntoViewIfNeeded()
  await shot(page, 'distribution-admin-log')
  await readerPage.close()
})
