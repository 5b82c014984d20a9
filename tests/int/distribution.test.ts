import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { after, before, describe, it } from 'node:test'

import { createLocalReq, type Payload } from 'payload'

import { emailsInFlight } from '~/cms/collections/AccreditationRequests/hooks/notifyApplicant'
import { DISTRIBUTION_QUEUE } from '~/cms/distribution/queue'
import { confirmSubscription } from '~/cms/distribution/operations/confirmSubscription'
import { subscribe } from '~/cms/distribution/operations/subscribe'
import { unsubscribe } from '~/cms/distribution/operations/unsubscribe'
import { drainOutbox, runDistributionEmails } from '~/cms/email/runEmailQueue'
import { formatEmbargoTime } from '~/cms/lib/distribution/distributionRules'
import { now, setClock } from '~/cms/lib/time'
import type { Journalist } from '~/cms/payload-types'
import { setReleaseEmails } from '~/cms/profile/operations/setReleaseEmails'
import { liftEmbargo } from '~/cms/releases/operations/liftEmbargo'
import { applicationForm, congressEvent, prepareCongress } from './fixtures/application'
import { forbidden, makeStaff, notFoundOrForbidden, startTestPayload } from './harness'
import { startMailCatcher } from './mailCatcher'
import { paragraph } from '../support/richText'

let payload: Payload
let cleanup: () => Promise<void>
let mail: Awaited<ReturnType<typeof startMailCatcher>>
let gateway: typeof import('~/site/lib/cms')

before(async () => {
  mail = await startMailCatcher()
  ;({ payload, cleanup } = await startTestPayload())
  gateway = await import('~/site/lib/cms')
  await prepareCongress(payload, { reporter: 5, photographer: 1, cameraOperator: 1, technician: 0 })
})
after(async () => {
  setClock(null)
  await emailsInFlight()
  await drainOutbox(payload)
  await cleanup()
  await mail.stop()
})

const reqAs = (user: unknown, language: 'vi' | 'en' = 'vi') =>
  createLocalReq({ user: user as never }, payload).then((req) => {
    if (req.i18n) req.i18n.language = language
    return req
  })
const anonymous = () => createLocalReq({}, payload)

/** Runs the distribution the way the admin process does: recipients, then the paced sends. */
async function distribute(perSecond = 200): Promise<number> {
  await payload.jobs.run({ queue: DISTRIBUTION_QUEUE, limit: 20, sequential: true, silent: true })
  return runDistributionEmails(payload, perSecond)
}

const to = (email: string) => mail.messages.filter((m) => m.to.includes(email))
async function waitForMail(count: number) {
  for (let i = 0; i < 100 && mail.messages.length < count; i++)
    await new Promise((resolve) => setTimeout(resolve, 50))
}

async function confirmedSubscriber(language: 'vi' | 'en' = 'vi') {
  const email = `reader.${randomBytes(4).toString('hex')}@example.vn`
  await subscribe(await anonymous(), { email, language, consent: true })
  await drainOutbox(payload)
  const confirm = to(email).at(-1)
  assert.ok(confirm, 'a confirm e-mail')
  const secret = /\/subscribe\/confirm\/([A-Za-z0-9_-]+)\//.exec(confirm.text)?.[1]
  assert.ok(secret, 'a confirm link in the e-mail')
  return { email, secret, confirm }
}

async function approvedJournalist(receive: boolean) {
  const email = `press.${randomBytes(4).toString('hex')}@example.vn`
  const outcome = await gateway.submitApplication(await applicationForm({ email }), 'vi')
  assert.ok(outcome.ok)
  const id = outcome.statusToken.split('.')[0]!
  const officer = await makeStaff(payload, ['accreditation-officer'])
  await payload.update({
    collection: 'accreditation-requests',
    id,
    data: { status: 'approved' },
    overrideAccess: false,
    user: officer,
  })
  await emailsInFlight()
  const account = (
    await payload.find({
      collection: 'journalists',
      where: { request: { equals: id } },
      overrideAccess: true,
    })
  ).docs[0] as Journalist
  assert.ok(account?.accredited)
  if (receive)
    await setReleaseEmails(await reqAs({ ...account, collection: 'journalists' }), {
      receive: true,
    })
  return { email, account }
}

async function publishRelease(title: string, embargoUntil?: string) {
  const editor = await makeStaff(payload, ['editor'])
  const event = await congressEvent(payload)
  const release = await payload.create({
    collection: 'press-releases',
    overrideAccess: false,
    user: editor,
    data: {
      title,
      summary: `Tóm tắt: ${title}`,
      body: paragraph(`Toàn văn <thông cáo>: ${title}`) as never,
      event: event.id,
      _status: 'published',
      ...(embargoUntil ? { embargoUntil } : {}),
    },
  })
  return { editor, release }
}

describe('public subscription (double opt-in)', () => {
  it('waits for the confirm link, confirms once, and the unsubscribe link ends it', async () => {
    const { email, secret, confirm } = await confirmedSubscriber('en')
    assert.equal(confirm.subject, 'Confirm your subscription to press releases')
    assert.match(confirm.text, /\/en\/subscribe\/confirm\//)
    const row = async () =>
      (
        await payload.find({
          collection: 'subscribers',
          where: { email: { equals: email } },
          overrideAccess: true,
          showHiddenFields: true,
        })
      ).docs[0]!
    assert.equal((await row()).state, 'pending')
    assert.notEqual((await row()).confirmHash, secret, 'only a hash of the secret is stored')
    assert.equal(
      await confirmSubscription(await anonymous(), { secret, language: 'en' }).then((r) => r.email),
      email,
    )
    assert.equal((await row()).state, 'confirmed')
    await assert.rejects(
      confirmSubscription(await anonymous(), { secret, language: 'en' }),
      (error: { status?: number; message?: string }) =>
        error.status === 404 && /not valid or has expired/.test(error.message ?? ''),
      'a confirm link works once',
    )
    // Subscribing again changes nothing and sends nothing (the form tells nobody who is listed).
    const before = mail.messages.length
    await subscribe(await anonymous(), { email, language: 'vi', consent: true })
    await drainOutbox(payload)
    assert.equal(mail.messages.length, before)
  })

  it('refuses a bad address, a missing consent, a forged or stale link, with a 4xx in the caller’s language', async () => {
    await assert.rejects(
      subscribe(await anonymous(), { email: 'not-an-address', language: 'vi', consent: true }),
      (error: { status?: number; message?: string }) =>
        error.status === 400 && error.message === 'Địa chỉ thư không hợp lệ.',
    )
    await assert.rejects(
      subscribe(await anonymous(), { email: 'a@example.vn', language: 'en', consent: false }),
      (error: { status?: number }) => error.status === 400,
    )
    await assert.rejects(
      confirmSubscription(await anonymous(), { secret: 'x'.repeat(32), language: 'vi' }),
      (error: { status?: number }) => error.status === 404,
    )
    await assert.rejects(
      unsubscribe(await anonymous(), { token: 's1.AAAAAAAAAAAAAAAAAAAAAA', language: 'vi' }),
      (error: { status?: number }) => error.status === 404,
    )
    const { secret } = await confirmedSubscriber()
    setClock(new Date(now().getTime() + 49 * 3600 * 1000))
    try {
      await assert.rejects(
        confirmSubscription(await anonymous(), { secret, language: 'vi' }),
        (error: { status?: number }) => error.status === 404,
        'a confirm link dies after 48 hours',
      )
    } finally {
      await prepareCongress(payload)
    }
  })

  it('keeps subscribers’ addresses from everyone but editors and admins; nobody writes them by hand', async () => {
    await confirmedSubscriber()
    const editor = await makeStaff(payload, ['editor'])
    const officer = await makeStaff(payload, ['accreditation-officer'])
    const listed = await payload.find({
      collection: 'subscribers',
      overrideAccess: false,
      user: editor,
    })
    assert.ok(listed.totalDocs > 0)
    assert.equal(listed.docs[0]!.confirmHash, undefined, 'the hash is never shown')
    await assert.rejects(
      payload.find({ collection: 'subscribers', overrideAccess: false, user: officer }),
      forbidden,
    )
    await assert.rejects(
      payload.find({ collection: 'subscribers', overrideAccess: false, user: null }),
      forbidden,
    )
    await assert.rejects(
      payload.create({
        collection: 'subscribers',
        overrideAccess: false,
        user: editor,
        data: { email: 'x@example.vn', state: 'confirmed' },
      }),
      forbidden,
    )
    await assert.rejects(
      payload.update({
        collection: 'subscribers',
        id: listed.docs[0]!.id,
        overrideAccess: false,
        user: editor,
        data: { state: 'confirmed' },
      }),
      notFoundOrForbidden,
    )
  })
})

describe('distribution of a release', () => {
  it('sends an embargoed release to opted-in journalists ahead, and to subscribers only at the lift; each copy once', async () => {
    const journalist = await approvedJournalist(true)
    const silent = await approvedJournalist(false)
    const reader = await confirmedSubscriber()
    await confirmSubscription(await anonymous(), { secret: reader.secret, language: 'vi' })
    const embargoUntil = new Date(now().getTime() + 2 * 3600 * 1000).toISOString()
    const { editor, release } = await publishRelease('Thông cáo cấm đăng phân phối', embargoUntil)
    await distribute()

    const early = to(journalist.email).filter((m) => /Thông cáo cấm đăng phân phối/.test(m.subject))
    assert.equal(early.length, 1, 'the journalist got the embargoed copy ahead')
    assert.equal(
      early[0]!.subject,
      `[CẤM ĐĂNG đến ${formatEmbargoTime(embargoUntil)}] Thông cáo báo chí số ${release.number}: Thông cáo cấm đăng phân phối`,
    )
    assert.match(formatEmbargoTime(embargoUntil), /^\d\d\/\d\d\/\d{4} \d\d:\d\d$/)
    assert.match(early[0]!.html, /CẤM ĐĂNG TẢI trước/)
    // The whole release travels in the e-mail, its text escaped.
    assert.match(early[0]!.text, /Toàn văn <thông cáo>: Thông cáo cấm đăng phân phối/)
    assert.match(early[0]!.html, /Toàn văn &lt;thông cáo&gt;: Thông cáo cấm đăng phân phối/)
    assert.match(
      early[0]!.headers['list-unsubscribe'] ?? '',
      /^<https?:\/\/.+\/api\/subscribers\/unsubscribe\/j\d+\./,
    )
    assert.equal(
      to(silent.email).filter((m) => /phân phối/.test(m.subject)).length,
      0,
      'no opt-in, no e-mail',
    )
    assert.equal(
      to(reader.email).filter((m) => /phân phối/.test(m.subject)).length,
      0,
      'not before the lift',
    )

    // Editors see the delivery log and the state on the release.
    const seen = await payload.findByID({
      collection: 'press-releases',
      id: release.id,
      overrideAccess: false,
      user: editor,
    })
    assert.equal(seen.distribution, 'sent')
    assert.equal(seen.deliveries?.docs?.length, 1)

    const lift = await liftEmbargo(await reqAs(editor), { release: release.id })
    assert.equal(lift.release.embargoUntil, now().toISOString())
    await distribute()
    const publicCopy = to(reader.email).filter((m) => /phân phối/.test(m.subject))
    assert.equal(publicCopy.length, 1, 'the subscriber got the public copy at the lift')
    assert.doesNotMatch(publicCopy[0]!.subject, /CẤM ĐĂNG/)
    assert.match(
      publicCopy[0]!.headers['list-unsubscribe'] ?? '',
      /\/api\/subscribers\/unsubscribe\/s\d+\./,
    )
    assert.equal(publicCopy[0]!.headers['list-unsubscribe-post'], 'List-Unsubscribe=One-Click')
    assert.equal(to(journalist.email).filter((m) => /phân phối/.test(m.subject)).length, 1)

    // Re-saving (and re-publishing) sends nobody anything again.
    const count = mail.messages.length
    await payload.update({
      collection: 'press-releases',
      id: release.id,
      overrideAccess: false,
      user: editor,
      data: { summary: 'Sửa tóm tắt', _status: 'published' },
    })
    await payload.update({
      collection: 'press-releases',
      id: release.id,
      overrideAccess: false,
      user: editor,
      data: { _status: 'draft' },
    })
    await payload.update({
      collection: 'press-releases',
      id: release.id,
      overrideAccess: false,
      user: editor,
      data: { _status: 'published' },
    })
    await distribute()
    assert.equal(mail.messages.length, count, 'each copy reaches each address once')

    // The unsubscribe links (in the body, and the List-Unsubscribe address) stop the next release.
    const token = /\/subscribe\/unsubscribe\/([^/]+)\//.exec(publicCopy[0]!.text)![1]!
    assert.deepEqual(await unsubscribe(await anonymous(), { token, language: 'vi' }), {
      who: 'subscriber',
    })
    const jToken = /\/unsubscribe\/([^/?]+)\?/.exec(early[0]!.headers['list-unsubscribe']!)![1]!
    assert.deepEqual(await unsubscribe(await anonymous(), { token: jToken, language: 'vi' }), {
      who: 'journalist',
    })
    await publishRelease('Thông cáo sau khi huỷ')
    await distribute()
    assert.equal(to(reader.email).filter((m) => /sau khi huỷ/.test(m.subject)).length, 0)
    assert.equal(to(journalist.email).filter((m) => /sau khi huỷ/.test(m.subject)).length, 0)
  })

  it('refuses "lift embargo now" to non-editors and on a release without embargo, with a clear 4xx', async () => {
    const { editor, release } = await publishRelease('Không cấm đăng')
    const officer = await makeStaff(payload, ['accreditation-officer'])
    await assert.rejects(
      liftEmbargo(await reqAs(officer), { release: release.id }),
      (e: { status?: number }) => e.status === 403,
    )
    await assert.rejects(
      liftEmbargo(await anonymous(), { release: release.id }),
      (e: { status?: number }) => e.status === 403,
    )
    await assert.rejects(
      liftEmbargo(await reqAs(editor, 'en'), { release: release.id }),
      (e: { status?: number; message?: string }) =>
        e.status === 409 && e.message === 'This release is not under embargo any more.',
    )
    await assert.rejects(
      liftEmbargo(await reqAs(editor), { release: 999_999 }),
      (e: { status?: number }) => e.status === 404,
    )
    const admin = await makeStaff(payload, ['admin'])
    const { release: held } = await publishRelease(
      'Cấm đăng cho quản trị',
      new Date(now().getTime() + 3600_000).toISOString(),
    )
    const lifted = await liftEmbargo(await reqAs(admin), { release: held.id })
    assert.equal(lifted.liftedAt, now().toISOString())
  })

  it('records a refused address as failed with the reason; the release stays published (partial failure)', async () => {
    const reader = await confirmedSubscriber()
    await confirmSubscription(await anonymous(), { secret: reader.secret, language: 'vi' })
    // A subscriber whose address the mail server refuses for good (5xx).
    await payload.create({
      collection: 'subscribers',
      overrideAccess: true,
      data: { email: 'refused@reject.invalid', state: 'confirmed', language: 'vi' },
    })
    mail.rejectRecipients(/@reject\.invalid$/)
    const { editor, release } = await publishRelease('Thông cáo có địa chỉ lỗi')
    await distribute()
    const seen = await payload.findByID({
      collection: 'press-releases',
      id: release.id,
      overrideAccess: false,
      user: editor,
    })
    assert.equal(seen._status, 'published')
    assert.equal(seen.distribution, 'partial-failure')
    const failed = await payload.find({
      collection: 'email-messages',
      where: { and: [{ release: { equals: release.id } }, { state: { equals: 'failed' } }] },
      overrideAccess: false,
      user: editor,
    })
    assert.equal(failed.totalDocs, 1)
    assert.equal(failed.docs[0]!.to, 'refused@reject.invalid')
    assert.match(failed.docs[0]!.lastError ?? '', /550/)
    // Editors read only the distribution's rows of the outbox, never an applicant's e-mail.
    const applicantMail = await payload.find({
      collection: 'email-messages',
      where: { kind: { equals: 'approved' } },
      overrideAccess: false,
      user: editor,
    })
    assert.equal(applicantMail.totalDocs, 0)
    await payload.delete({
      collection: 'subscribers',
      where: { email: { equals: 'refused@reject.invalid' } },
      overrideAccess: true,
    })
  })

  it('delivers 1,000 messages to a real SMTP server: none twice, none lost, paced', async () => {
    const N = 1000
    const stamp = randomBytes(3).toString('hex')
    const created = Date.now()
    for (let i = 0; i < N; i++)
      await payload.create({
        collection: 'subscribers',
        overrideAccess: true,
        data: {
          email: `bulk${i}.${stamp}@example.vn`,
          state: 'confirmed',
          language: i % 5 ? 'vi' : 'en',
        },
      })
    const confirmed = (
      await payload.count({
        collection: 'subscribers',
        where: { state: { equals: 'confirmed' } },
        overrideAccess: true,
      })
    ).totalDocs
    const before = mail.messages.length
    const { release } = await publishRelease(`Thông cáo nghìn thư ${stamp}`)
    const queuedAt = Date.now()
    await payload.jobs.run({ queue: DISTRIBUTION_QUEUE, limit: 20, sequential: true, silent: true })
    const startedAt = Date.now()
    const rate = Number(process.env.DISTRIBUTION_TEST_RATE ?? 200)
    await runDistributionEmails(payload, rate)
    await waitForMail(before + confirmed)
    const seconds = (Date.now() - startedAt) / 1000
    const caught = mail.messages.slice(before).filter((m) => m.subject.includes(stamp))
    const bulk = caught.filter((m) =>
      m.to.some((address) => address.endsWith(`.${stamp}@example.vn`)),
    )
    const recipients = new Set(bulk.flatMap((m) => m.to))
    const ids = new Set(caught.map((m) => m.messageId))
    assert.equal(bulk.length, N, 'none lost, none twice')
    assert.equal(recipients.size, N, 'every recipient once')
    assert.equal(ids.size, caught.length, 'every Message-ID once')
    assert.equal(
      caught.length,
      confirmed,
      'every confirmed subscriber, the earlier tests’ included',
    )
    assert.ok(
      caught.every((m) => m.headers['list-unsubscribe-post'] === 'List-Unsubscribe=One-Click'),
    )
    const sent = await payload.count({
      collection: 'email-messages',
      where: { and: [{ release: { equals: release.id } }, { state: { equals: 'sent' } }] },
      overrideAccess: true,
    })
    assert.equal(sent.totalDocs, confirmed)
    const throughput = caught.length / seconds
    console.log(
      `distribution: ${N} subscribers made in ${((queuedAt - created) / 1000).toFixed(1)} s; recipients queued in ${((startedAt - queuedAt) / 1000).toFixed(1)} s; ${caught.length} messages sent in ${seconds.toFixed(1)} s at a ${rate}/s limit = ${throughput.toFixed(1)} messages/s`,
    )
    assert.ok(
      throughput <= rate * 1.05 + 1,
      `paced at most ${rate}/s (was ${throughput.toFixed(1)})`,
    )
  })
})
