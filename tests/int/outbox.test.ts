import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { after, before, describe, it } from 'node:test'

import { simpleParser } from 'mailparser'
import {
  _internal_jobSystemGlobals,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type Where,
} from 'payload'
import { SMTPServer } from 'smtp-server'

import { applicationForm, prepareCongress } from './fixtures/application'
import { makeStaff, startTestPayload } from './harness'

/**
 * The e-mail outbox against a real SMTP server that the test switches off and on at the same
 * port: nothing is lost while it is down, everything goes out exactly once when it is back, a
 * change that rolls back sends nothing, and two processes never send the same message.
 */

const received: { to: string[]; subject: string }[] = []
let server: SMTPServer | null = null
let port = 0
let slowMs = 0

async function smtpUp() {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('no-such-mailbox'))
        return callback(
          Object.assign(new Error('5.1.1 mailbox unavailable'), { responseCode: 550 }),
        )
      callback()
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          if (slowMs) await new Promise((resolve) => setTimeout(resolve, slowMs))
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
          })
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve))
  port = (server.server.address() as AddressInfo).port
}
const smtpDown = () =>
  new Promise<void>((resolve) =>
    server ? server.close(() => ((server = null), resolve())) : resolve(),
  )

let payload: Payload
let cleanup: () => Promise<void>
let outbox: typeof import('~/cms/email/runEmailQueue')
let queueEmail: typeof import('~/cms/email/operations/queueEmail').queueEmail
let gateway: typeof import('~/site/lib/cms')

before(async () => {
  await smtpUp()
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(port),
    SMTP_SECURE: 'false',
  })
  ;({ payload, cleanup } = await startTestPayload())
  outbox = await import('~/cms/email/runEmailQueue')
  ;({ queueEmail } = await import('~/cms/email/operations/queueEmail'))
  gateway = await import('~/site/lib/cms')
  await prepareCongress(payload)
})
after(async () => {
  await outbox.drainOutbox()
  await cleanup()
  await smtpDown()
})

/** The jobs queue's clock, moved forward instead of waiting out the retry pauses (15 s, 30 s ...). */
let clockOffset = 0
_internal_jobSystemGlobals.getCurrentDate = () => new Date(Date.now() + clockOffset)
const laterBy = (ms: number) => void (clockOffset += ms)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const rowsTo = async (to: string[]) =>
  (
    await payload.find({
      collection: 'email-messages',
      where: { to: { in: to } },
      limit: 0,
      depth: 0,
      overrideAccess: true,
      sort: 'to',
    })
  ).docs
const jobsLeft = async () =>
  (
    await payload.count({
      collection: 'payload-jobs',
      where: { queue: { equals: 'email' }, completedAt: { exists: false } },
      overrideAccess: true,
    })
  ).totalDocs
const receivedBy = (address: string) => received.filter((m) => m.to.includes(address)).length

describe('the e-mail outbox', () => {
  it('keeps every message through an SMTP outage (state, reason, attempts), then sends each exactly once', async (t) => {
    await smtpDown()
    const before = received.length
    // Three doors: a plain message, an applicant's confirmation (the site form, in its transaction),
    // and Payload's own forgot-password e-mail of a staff account.
    const plain = ['outage.1@example.vn', 'outage.2@example.vn', 'outage.3@example.vn']
    for (const to of plain)
      await queueEmail(await createLocalReq({}, payload), {
        to,
        subject: `Outage test ${to}`,
        text: 'x',
        kind: 'other',
      })
    const applicant = 'outage.applicant@example.vn'
    const submitted = await gateway.submitApplication(
      await applicationForm({ email: applicant }),
      'vi',
    )
    assert.ok(submitted.ok)
    const staff = await makeStaff(payload, ['editor'])
    await payload.forgotPassword({ collection: 'users', data: { email: staff.email } })
    const everyone = [...plain, applicant, staff.email]

    await outbox.drainOutbox(payload)
    let rows = await rowsTo(everyone)
    assert.equal(rows.length, everyone.length, 'one outbox row per message')
    for (const row of rows) {
      assert.equal(row.state, 'retrying', `${row.to}: ${row.state}`)
      assert.equal(row.attempts, 1)
      assert.match(row.lastError ?? '', /ECONNREFUSED|connect/i)
      assert.ok(row.nextAttemptAt)
    }
    assert.equal(received.length, before, 'nothing reached a mail server that is down')

    // Still down at the first retry, 15 s later.
    await outbox.runEmailQueue(payload)
    assert.deepEqual(
      [...new Set((await rowsTo(everyone)).map((r) => r.attempts))],
      [1],
      'no retry before its time',
    )
    laterBy(15_001)
    await outbox.runEmailQueue(payload)
    rows = await rowsTo(everyone)
    assert.deepEqual([...new Set(rows.map((r) => `${r.state}/${r.attempts}`))], ['retrying/2'])
    assert.equal(await jobsLeft(), everyone.length, 'every job waits for its retry: none lost')

    // Back up: the next retry sends everything, once.
    await smtpUp()
    laterBy(30_001)
    await outbox.runEmailQueue(payload)
    rows = await rowsTo(everyone)
    assert.deepEqual([...new Set(rows.map((r) => `${r.state}/${r.attempts}`))], ['sent/3'])
    for (const address of everyone)
      assert.equal(receivedBy(address), 1, `${address} got its message once`)
    assert.equal(await jobsLeft(), 0)
    // The links in a sent message are not kept.
    const stored = await payload.db.find<{ text?: string | null; html?: string | null }>({
      collection: 'email-messages',
      where: { to: { in: everyone } },
      limit: 0,
    })
    assert.ok(stored.docs.every((doc) => !doc.text && !doc.html))
    // Running the queue again sends nothing more.
    await Promise.all([outbox.runEmailQueue(payload), outbox.runEmailQueue(payload)])
    laterBy(3_600_000)
    await outbox.runEmailQueue(payload)
    for (const address of everyone) assert.equal(receivedBy(address), 1)
    t.diagnostic(
      `outage: ${everyone.length} messages queued; 2 attempts each while down (0 delivered, ${everyone.length} rows retrying with ECONNREFUSED); back up: ${everyone.length} sent, each once, on attempt 3; 0 lost, 0 duplicates`,
    )
  })

  it('sends nothing for a change that rolls back', async (t) => {
    const submitted = await gateway.submitApplication(
      await applicationForm({ email: 'rollback.applicant@example.vn' }),
      'vi',
    )
    assert.ok(submitted.ok)
    await outbox.drainOutbox(payload)
    const id = submitted.statusToken.split('.')[0]!
    const officer = await makeStaff(payload, ['accreditation-officer'])
    const before = {
      rows: (await rowsTo(['rollback.applicant@example.vn', 'rollback.plain@example.vn'])).length,
      mail: receivedBy('rollback.applicant@example.vn'),
    }

    // An approval whose transaction fails after the e-mail was queued (by the hook), and a plain
    // message queued and then abandoned.
    const req = await createLocalReq({ user: officer }, payload)
    await initTransaction(req)
    await assert.rejects(async () => {
      try {
        await payload.update({
          collection: 'accreditation-requests',
          id,
          data: { status: 'approved' },
          overrideAccess: false,
          req,
        })
        await queueEmail(req, {
          to: 'rollback.plain@example.vn',
          subject: 'Never',
          text: 'x',
          kind: 'other',
        })
        throw new Error('the rest of the change failed')
      } catch (error) {
        await killTransaction(req)
        throw error
      }
    }, /the rest of the change failed/)

    await outbox.drainOutbox(payload)
    laterBy(3_600_000)
    await outbox.runEmailQueue(payload)
    const request = await payload.findByID({
      collection: 'accreditation-requests',
      id,
      overrideAccess: true,
      depth: 0,
    })
    assert.equal(request.status, 'submitted', 'the approval rolled back')
    assert.equal(
      (await rowsTo(['rollback.applicant@example.vn', 'rollback.plain@example.vn'])).length,
      before.rows,
      'no outbox row survived the rollback',
    )
    assert.equal(receivedBy('rollback.applicant@example.vn'), before.mail, 'no approval e-mail')
    assert.equal(receivedBy('rollback.plain@example.vn'), 0)
    t.diagnostic('rollback: 2 messages queued inside the failed transaction → 0 rows, 0 sent')
  })

  it('marks a message the mail server refuses for good (5xx) as failed at once, with the reason, and goes on with the others', async () => {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await queueEmail(req, {
      to: 'no-such-mailbox@example.vn',
      subject: 'Bounce',
      text: 'x',
      kind: 'other',
    })
    await queueEmail(req, {
      to: 'after.bounce@example.vn',
      subject: 'Fine',
      text: 'x',
      kind: 'other',
    })
    await commitTransaction(req)
    await outbox.drainOutbox(payload)
    const [bounced] = await rowsTo(['no-such-mailbox@example.vn'])
    assert.equal(bounced?.state, 'failed')
    assert.equal(bounced?.attempts, 1)
    assert.match(bounced?.lastError ?? '', /550|mailbox unavailable/)
    assert.equal((await rowsTo(['after.bounce@example.vn']))[0]?.state, 'sent')
    laterBy(3_600_000)
    await outbox.runEmailQueue(payload)
    assert.equal((await rowsTo(['no-such-mailbox@example.vn']))[0]?.attempts, 1, 'not retried')
  })

  it('hands back a job left half-run by a process that died, so its message still leaves', async () => {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    const row = await queueEmail(req, {
      to: 'orphan@example.vn',
      subject: 'Orphan',
      text: 'x',
      kind: 'other',
    })
    // As a killed runner leaves it: claimed an hour ago, never finished.
    const stuck: Where = {
      and: [
        { queue: { equals: 'email' } },
        { completedAt: { exists: false } },
        { 'input.message': { equals: String(row.id) } },
      ],
    }
    await payload.db.updateMany({
      collection: 'payload-jobs',
      where: stuck,
      data: { processing: true, updatedAt: new Date(Date.now() - 3_600_000).toISOString() },
      req,
    })
    await commitTransaction(req)
    await outbox.drainOutbox(payload)
    assert.equal(receivedBy('orphan@example.vn'), 0, 'a claimed job is left alone')
    assert.equal(await outbox.releaseStuckEmailJobs(payload), 1)
    await outbox.runEmailQueue(payload)
    assert.equal(receivedBy('orphan@example.vn'), 1)
    assert.equal(await outbox.releaseStuckEmailJobs(payload), 0)
  })

  it('shows each message’s state to accreditation staff only, never its body', async () => {
    const officer = await makeStaff(payload, ['accreditation-officer'])
    const { docs } = await payload.find({
      collection: 'email-messages',
      overrideAccess: false,
      user: officer,
      limit: 1,
      where: { to: { equals: 'outage.1@example.vn' } },
    })
    assert.equal(docs[0]?.state, 'sent')
    assert.ok(docs[0]?.lastError)
    assert.equal('text' in docs[0]! || 'html' in docs[0]!, false)
    for (const roles of [['editor'], ['checkin-staff']] as const) {
      const user = await makeStaff(payload, [...roles])
      const seen = await payload
        .find({ collection: 'email-messages', overrideAccess: false, user })
        .then((r) => r.totalDocs)
        .catch(() => 0)
      assert.equal(seen, 0, roles.join())
    }
    await assert.rejects(
      payload.update({
        collection: 'email-messages',
        id: docs[0]!.id,
        data: { state: 'queued' },
        overrideAccess: false,
        user: officer,
      }),
    )
  })

  it('is sent once when two processes run the queue at the same moment', async (t) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'fixtures', 'outboxRunner.ts')],
      { env: process.env, stdio: ['pipe', 'pipe', 'pipe'] },
    )
    const errors: string[] = []
    child.stderr!.on('data', (chunk: Buffer) => errors.push(chunk.toString()))
    const lines = createInterface({ input: child.stdout! })
    const output: string[] = []
    const ready = new Promise<void>((resolve) =>
      lines.on('line', (line) => (output.push(line), line === 'ready' && resolve())),
    )
    const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)))
    const startup = setTimeout(() => child.kill(), 90_000)
    await Promise.race([
      ready,
      exited.then(() =>
        assert.fail(
          `the second process ended before it was ready: ${errors.join('').slice(-2000)}`,
        ),
      ),
    ])
    clearTimeout(startup)
    slowMs = 30
    const addresses = Array.from({ length: 30 }, (_, i) => `race.${i}@example.vn`)
    // Queued in one transaction, so both processes see all 30 at once when it commits.
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    for (const to of addresses)
      await queueEmail(req, { to, subject: `Race ${to}`, text: 'x', kind: 'other' })
    child.stdin!.write('go\n')
    await commitTransaction(req)
    let ranHere = 0
    const until = Date.now() + 4000
    while (Date.now() < until) {
      const result = await payload.jobs.run({ queue: 'email', limit: 3, silent: true })
      ranHere += Object.keys(result.jobStatus ?? {}).length
      if (!Object.keys(result.jobStatus ?? {}).length) await sleep(20)
    }
    await outbox.drainOutbox(payload)
    assert.equal(await exited, 0)
    slowMs = 0
    const ranThere = Number(/ran (\d+)/.exec(output.join('\n'))?.[1] ?? NaN)
    for (const address of addresses)
      assert.equal(receivedBy(address), 1, `${address} got its message once`)
    assert.deepEqual([...new Set((await rowsTo(addresses)).map((r) => r.state))], ['sent'])
    t.diagnostic(
      `race: 30 messages; the other process ran ${ranThere} jobs, this one ${ranHere} (+ ${30 - ranHere - ranThere} by its after-commit run); 30 delivered, 0 twice`,
    )
  })
})
