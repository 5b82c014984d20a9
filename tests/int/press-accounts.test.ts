import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { after, before, describe, it } from 'node:test'

import type { Payload } from 'payload'

import { emailsInFlight } from '~/cms/collections/AccreditationRequests/hooks/notifyApplicant'
import type { Journalist } from '~/cms/payload-types'
import { applicationForm, prepareCongress } from './fixtures/application'
import { forbidden, makeStaff, notFoundOrForbidden, startTestPayload } from './harness'
import { type CaughtMail, startMailCatcher } from './mailCatcher'

let payload: Payload
let cleanup: () => Promise<void>
let mail: Awaited<ReturnType<typeof startMailCatcher>>
let gateway: typeof import('~/site/lib/cms')

before(async () => {
  mail = await startMailCatcher()
  ;({ payload, cleanup } = await startTestPayload())
  gateway = await import('~/site/lib/cms')
  await prepareCongress(payload)
})
after(async () => {
  await emailsInFlight()
  await cleanup()
  await mail.stop()
})

const PASSWORD = 'a long press password'

async function approved(language: 'vi' | 'en' = 'vi') {
  const email = `press.${randomBytes(4).toString('hex')}@example.vn`
  const outcome = await gateway.submitApplication(
    await applicationForm({ email, language }),
    language,
  )
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
  return { id, email, officer, statusToken: outcome.statusToken }
}

const mailTo = (email: string, subject: RegExp): CaughtMail => {
  const found = mail.messages.filter((m) => m.to.includes(email) && subject.test(m.subject)).at(-1)
  assert.ok(found, `no e-mail "${subject}" to ${email}`)
  return found
}
const linkToken = (text: string): string => {
  const url = /https?:\/\/\S+\/press\/password\?token=([^&\s]+)/.exec(text)
  assert.ok(url, 'no press-area password link in the e-mail')
  return decodeURIComponent(url[1]!)
}
const accountOf = async (requestId: string) =>
  (
    await payload.find({
      collection: 'journalists',
      where: { request: { equals: requestId } },
      overrideAccess: true,
    })
  ).docs[0]

describe('press accounts', () => {
  it('open on approval; the approval e-mail links to the pass, the badge and a one-time set-password link', async () => {
    const { id, email, statusToken } = await approved('en')
    const account = await accountOf(id)
    assert.equal(account?.accredited, true)
    assert.equal(account?.passwordSet, false)
    const approval = mailTo(email, /approved/)
    assert.ok(
      approval.text.includes(`/en/accreditation/status/${statusToken}/pass\n`),
      'phone pass link',
    )
    assert.ok(
      approval.text.includes(`/en/accreditation/status/${statusToken}/pass.pdf`),
      'badge link',
    )
    const token = linkToken(approval.text)

    assert.equal(await gateway.signInJournalist(email, PASSWORD), null, 'no password yet')
    const session = await gateway.setPasswordFromLink(token, PASSWORD)
    assert.ok(session?.token)
    assert.equal((await accountOf(id))?.passwordSet, true)
    assert.equal(
      await gateway.setPasswordFromLink(token, 'another long password'),
      null,
      'the link works once',
    )
    const signedIn = await gateway.signInJournalist(email, PASSWORD)
    assert.ok(signedIn)
    const me = await gateway.journalistFromToken(signedIn.token)
    assert.equal(me?.email, email)
    assert.equal(await gateway.ownStatusToken(me!), statusToken)
  })

  it('close when the accreditation ends: the session and the password stop working at once', async () => {
    const { id, email, statusToken } = await approved()
    await gateway.setPasswordFromLink(linkToken(mailTo(email, /chấp thuận/).text), PASSWORD)
    const session = (await gateway.signInJournalist(email, PASSWORD))!
    assert.ok(await gateway.journalistFromToken(session.token))
    assert.equal(await gateway.withdrawApplication(statusToken), 'withdrawn')
    assert.equal((await accountOf(id))?.accredited, false)
    assert.equal(await gateway.journalistFromToken(session.token), null)
    assert.equal(await gateway.signInJournalist(email, PASSWORD), null)
  })

  it('reset their password by e-mail in the journalist’s language, with a link to the site; unknown addresses get the same silence', async () => {
    const { email } = await approved('en')
    const before = mail.messages.length
    await gateway.requestPasswordReset(email)
    await gateway.requestPasswordReset(`nobody.${randomBytes(3).toString('hex')}@example.vn`)
    for (let i = 0; i < 50 && mail.messages.length === before; i++)
      await new Promise((resolve) => setTimeout(resolve, 100))
    await new Promise((resolve) => setTimeout(resolve, 300))
    const reset = mail.messages.slice(before)
    assert.equal(reset.length, 1, 'one e-mail: none for the unknown address')
    assert.equal(reset[0]!.subject, 'Reset your press-area password')
    assert.match(reset[0]!.html, /\/en\/press\/password\?token=/)
    assert.doesNotMatch(reset[0]!.html, /\/admin/)
    const token = /\/press\/password\?token=([^"&\s]+)/.exec(reset[0]!.html)![1]!
    assert.ok(await gateway.setPasswordFromLink(decodeURIComponent(token), 'a brand new password'))
    assert.ok(await gateway.signInJournalist(email, 'a brand new password'))
  })

  it('never lock the owner out: ten wrong passwords slow the next tries down, then the right one works', async () => {
    const { email } = await approved()
    await gateway.setPasswordFromLink(linkToken(mailTo(email, /chấp thuận/).text), PASSWORD)
    const started = Date.now()
    for (let i = 0; i < 10; i++)
      assert.equal(await gateway.signInJournalist(email, `wrong password ${i}`), null)
    assert.ok(await gateway.signInJournalist(email, PASSWORD), 'the owner still gets in')
    assert.ok(
      Date.now() - started > 7_000,
      `wrong passwords were slowed down (${Date.now() - started} ms)`,
    )
  })
})

describe('a journalist signed in', () => {
  async function journalistUser(): Promise<{
    user: Journalist & { collection: 'journalists' }
    token: string
    requestId: string
  }> {
    const { id, email } = await approved()
    await gateway.setPasswordFromLink(linkToken(mailTo(email, /chấp thuận/).text), PASSWORD)
    const { token } = (await payload.login({
      collection: 'journalists',
      data: { email, password: PASSWORD },
    })) as { token: string }
    const { user } = await payload.auth({ headers: new Headers({ Authorization: `JWT ${token}` }) })
    return { user: user as Journalist & { collection: 'journalists' }, token, requestId: id }
  }

  it('can never use the Payload admin', async () => {
    const { token } = await journalistUser()
    const { permissions } = await payload.auth({
      headers: new Headers({ Authorization: `JWT ${token}` }),
    })
    assert.ok(!permissions.canAccessAdmin)
    const officer = await makeStaff(payload, ['accreditation-officer'])
    const staffLogin = await payload.login({
      collection: 'users',
      data: { email: officer.email, password: 'test-password-123' },
    })
    assert.equal(
      (await payload.auth({ headers: new Headers({ Authorization: `JWT ${staffLogin.token}` }) }))
        .permissions.canAccessAdmin,
      true,
      'the same check lets staff in',
    )
  })

  it('sees no staff account, no application, pass, file or check-in — not even their own through the API', async () => {
    const { user } = await journalistUser()
    // Ids are per collection: make sure a staff member shares the journalist's id.
    while (
      (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs <
      Number(user.id)
    )
      await makeStaff(payload, ['editor'])
    for (const collection of [
      'users',
      'accreditation-requests',
      'passes',
      'applicant-files',
      'check-ins',
      'audit-entries',
    ] as const) {
      const found = await payload
        .find({ collection, overrideAccess: false, user })
        .catch((error: Error) => error)
      if (found instanceof Error)
        assert.ok(notFoundOrForbidden(found), `${collection}: ${found.message}`)
      else
        assert.equal(
          found.totalDocs,
          0,
          `${collection} leaked ${found.totalDocs} documents to a journalist`,
        )
    }
    await assert.rejects(
      payload.findByID({ collection: 'users', id: user.id, overrideAccess: false, user }),
      notFoundOrForbidden,
    )
  })

  it('sees only their own press account and cannot make themselves accredited or change their request', async () => {
    const { user, requestId } = await journalistUser()
    const other = await journalistUser()
    const visible = await payload.find({ collection: 'journalists', overrideAccess: false, user })
    assert.deepEqual(
      visible.docs.map((d) => d.id),
      [user.id],
    )
    for (const data of [
      { request: Number(other.requestId) },
      { accredited: true },
      { name: 'Someone else' },
      { email: `other.${randomBytes(3).toString('hex')}@example.vn` },
      { language: 'en' as const },
    ]) {
      await assert.rejects(
        payload.update({
          collection: 'journalists',
          id: user.id,
          data,
          overrideAccess: false,
          user,
        }),
        forbidden,
        `journalist changed ${Object.keys(data)[0]}`,
      )
    }
    const after = (await payload.findByID({
      collection: 'journalists',
      id: user.id,
      overrideAccess: true,
      depth: 0,
    }))!
    assert.equal(String(after.request), requestId)
    assert.equal(after.name, user.name)
    assert.equal(after.email, user.email)
    await assert.rejects(
      payload.create({
        collection: 'journalists',
        data: { email: 'x@example.vn', password: PASSWORD, name: 'x', request: 1 },
        overrideAccess: false,
        user,
      }),
      notFoundOrForbidden,
    )
  })
})
