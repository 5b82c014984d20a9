import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { after, before, describe, it } from 'node:test'

import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'

import { drainOutbox } from '~/cms/email/runEmailQueue'
import type { StaffRole } from '~/cms/lib/roles'
import { applicationForm, prepareCongress } from './fixtures/application'
import { makeStaff, startTestPayload } from './harness'
import { startMailCatcher } from './mailCatcher'

/**
 * Payload's own collections (document locks, admin preferences, jobs, migrations), the version
 * history of every versioned collection and the e-mail outbox, tried through the real REST API
 * (Payload's request handler, as the admin's Next route calls it) by every kind of caller.
 */
let payload: Payload
let config: SanitizedConfig
let cleanup: () => Promise<void>
let mail: Awaited<ReturnType<typeof startMailCatcher>>
const PASSWORD = 'test-password-123'
const CMS = 'http://127.0.0.1:3000'

type Caller = 'anonymous' | 'journalist' | StaffRole
const CALLERS: Caller[] = [
  'anonymous',
  'journalist',
  'checkin-staff',
  'editor',
  'accreditation-officer',
  'admin',
]
const tokens = new Map<Caller, string>()
const ids = new Map<Caller, number>()
let passId = 0

async function rest(
  caller: Caller,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> | null }> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  const token = tokens.get(caller)
  if (token) headers.Authorization = `JWT ${token}`
  const request = new Request(`${CMS}/api${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const response = await handleEndpoints({ config, request })
  return {
    status: response.status,
    json: (await response.json().catch(() => null)) as Record<string, unknown> | null,
  }
}

async function login(collection: 'users' | 'journalists', email: string) {
  const { status, json } = await rest('anonymous', 'POST', `/${collection}/login`, {
    email,
    password: PASSWORD,
  })
  assert.equal(status, 200, `login ${email}`)
  return json!.token as string
}

before(async () => {
  mail = await startMailCatcher()
  ;({ payload, cleanup } = await startTestPayload())
  config = (await import('~/cms/payload.config')).default as unknown as SanitizedConfig
  config = await config
  await prepareCongress(payload)
  const staff = new Map<StaffRole, Awaited<ReturnType<typeof makeStaff>>>()
  for (const role of ['checkin-staff', 'editor', 'accreditation-officer', 'admin'] as const) {
    const user = await makeStaff(payload, [role])
    staff.set(role, user)
    ids.set(role, user.id)
    tokens.set(role, await login('users', user.email))
  }
  // A journalist: an approved application, its press account, a password set.
  const gateway = await import('~/site/lib/cms')
  const email = `press.${randomBytes(4).toString('hex')}@example.vn`
  const outcome = await gateway.submitApplication(await applicationForm({ email }), 'vi')
  assert.ok(outcome.ok)
  const requestId = Number(outcome.statusToken.split('.')[0])
  await payload.update({
    collection: 'accreditation-requests',
    id: requestId,
    data: { status: 'approved' },
    overrideAccess: false,
    user: staff.get('accreditation-officer'),
  })
  const account = (
    await payload.find({
      collection: 'journalists',
      where: { email: { equals: email } },
      overrideAccess: true,
    })
  ).docs[0]!
  // As the journalist would: through the one-time link (nobody else sets a press password).
  const link = await payload.forgotPassword({
    collection: 'journalists',
    data: { email },
    disableEmail: true,
  })
  await payload.resetPassword({
    collection: 'journalists',
    data: { token: String(link), password: PASSWORD },
    overrideAccess: true,
  })
  ids.set('journalist', account.id)
  tokens.set('journalist', await login('journalists', email))
  passId = (
    await payload.find({
      collection: 'passes',
      where: { request: { equals: requestId } },
      overrideAccess: true,
    })
  ).docs[0]!.id
  await drainOutbox(payload)
})
after(async () => {
  await drainOutbox()
  await cleanup()
  await mail.stop()
})

const refused = (status: number) => status >= 400 && status < 500
const docsOf = (json: Record<string, unknown> | null) => (json?.docs as unknown[] | undefined) ?? []

/** Who may do what, per caller; everything else must be refused (4xx) with nothing shown or stored. */
const ADMIN_PANEL: Caller[] = ['checkin-staff', 'editor', 'accreditation-officer', 'admin']

describe('Payload internal collections through REST', () => {
  it('document locks: only staff who use the admin see them; a lock is always in the taker’s own name and only on what they may edit', async (t) => {
    const lines: string[] = []
    for (const caller of CALLERS) {
      const list = await rest(caller, 'GET', '/payload-locked-documents')
      if (ADMIN_PANEL.includes(caller)) assert.equal(list.status, 200, `${caller} lists locks`)
      else assert.ok(refused(list.status), `${caller} lists locks: ${list.status}`)
      // The attack: lock the journalist's pass in the admin's name, to block its revocation.
      const lock = await rest(caller, 'POST', '/payload-locked-documents', {
        document: { relationTo: 'passes', value: passId },
        user: { relationTo: 'users', value: ids.get('admin') },
      })
      const allowed = caller === 'accreditation-officer' || caller === 'admin'
      if (allowed) {
        assert.equal(lock.status, 201, `${caller} locks a pass: ${JSON.stringify(lock.json)}`)
        const doc = lock.json!.doc as {
          id: number
          user: { relationTo: string; value: number | { id: number } }
        }
        const owner = typeof doc.user.value === 'object' ? doc.user.value.id : doc.user.value
        assert.equal(owner, ids.get(caller), `${caller}'s lock is in their own name`)
        const stolen = await rest(caller, 'PATCH', `/payload-locked-documents/${doc.id}`, {
          user: { relationTo: 'journalists', value: ids.get('journalist') },
        })
        const after = await payload.findByID({
          collection: 'payload-locked-documents',
          id: doc.id,
          overrideAccess: true,
          depth: 0,
        })
        assert.ok(stolen.status === 200 || refused(stolen.status))
        assert.deepEqual(
          after.user,
          { relationTo: 'users', value: ids.get(caller) },
          'a lock cannot be handed to someone else',
        )
        assert.equal(
          (await rest(caller, 'DELETE', `/payload-locked-documents/${doc.id}`)).status,
          200,
        )
      } else {
        assert.ok(refused(lock.status), `${caller} locks a pass: ${lock.status}`)
      }
      lines.push(`${caller}: list ${list.status}, lock a pass in the admin's name ${lock.status}`)
    }
    assert.equal(
      (await payload.count({ collection: 'payload-locked-documents', overrideAccess: true }))
        .totalDocs,
      0,
      'no lock left behind',
    )
    // An officer's pass revocation is not blocked by anything a journalist could do.
    const revoke = await rest('accreditation-officer', 'PATCH', `/passes/${passId}`, {
      revoked: true,
      revokedReason: 'test',
    })
    assert.notEqual(revoke.status, 423)
    t.diagnostic(lines.join(' · '))
  })

  it('admin preferences: staff who use the admin, each only their own; the /:key endpoints too', async (t) => {
    const lines: string[] = []
    for (const caller of CALLERS) {
      const before = (
        await payload.count({ collection: 'payload-preferences', overrideAccess: true })
      ).totalDocs
      const write = await rest(caller, 'POST', '/payload-preferences/probe', {
        value: { filler: 'x'.repeat(1000) },
      })
      const create = await rest(caller, 'POST', '/payload-preferences', {
        key: 'probe-2',
        value: { a: 1 },
        user: { relationTo: 'users', value: ids.get('admin') },
      })
      const list = await rest(caller, 'GET', '/payload-preferences')
      const added =
        (await payload.count({ collection: 'payload-preferences', overrideAccess: true }))
          .totalDocs - before
      if (ADMIN_PANEL.includes(caller)) {
        assert.equal(write.status, 200, `${caller} saves a preference`)
        assert.equal(list.status, 200)
        const owners = (docsOf(list.json) as { user: { value: number | { id: number } } }[]).map(
          (d) => (typeof d.user.value === 'object' ? d.user.value.id : d.user.value),
        )
        assert.ok(
          owners.every((owner) => owner === ids.get(caller)),
          `${caller} sees only their own preferences`,
        )
        assert.ok(added >= 1)
      } else {
        assert.ok(refused(write.status), `${caller} writes a preference: ${write.status}`)
        assert.ok(refused(create.status), `${caller} creates a preference: ${create.status}`)
        assert.ok(
          refused(list.status) || docsOf(list.json).length === 0,
          `${caller} lists preferences`,
        )
        assert.equal(added, 0, `${caller} stored nothing`)
      }
      lines.push(`${caller}: POST /:key ${write.status}, POST ${create.status}, GET ${list.status}`)
    }
    // No staff member's preference can be created in another's name.
    const foreign = await payload.find({
      collection: 'payload-preferences',
      where: { key: { equals: 'probe-2' } },
      overrideAccess: true,
      depth: 0,
    })
    for (const doc of foreign.docs) {
      const owner = typeof doc.user.value === 'object' ? doc.user.value.id : doc.user.value
      assert.ok(doc.user.relationTo === 'users', 'no preference row for a journalist')
      assert.ok(ADMIN_PANEL.some((role) => ids.get(role) === owner))
    }
    t.diagnostic(lines.join(' · '))
  })

  it('jobs and migrations: nobody lists or edits them; only an admin may run the queue', async (t) => {
    const lines: string[] = []
    for (const caller of CALLERS) {
      const jobs = await rest(caller, 'GET', '/payload-jobs')
      const queue = await rest(caller, 'POST', '/payload-jobs', {
        taskSlug: 'sendEmail',
        input: { message: '1' },
        queue: 'email',
      })
      const run = await rest(caller, 'GET', '/payload-jobs/run?queue=email')
      const schedules = await rest(caller, 'GET', '/payload-jobs/handle-schedules')
      const migrations = await rest(caller, 'GET', '/payload-migrations')
      assert.ok(refused(jobs.status), `${caller} lists jobs: ${jobs.status}`)
      assert.ok(refused(queue.status), `${caller} creates a job: ${queue.status}`)
      assert.ok(refused(migrations.status), `${caller} lists migrations: ${migrations.status}`)
      assert.ok(refused(schedules.status), `${caller} runs the schedules: ${schedules.status}`)
      if (caller === 'admin') assert.equal(run.status, 200)
      else assert.ok(refused(run.status), `${caller} runs the jobs: ${run.status}`)
      lines.push(
        `${caller}: jobs ${jobs.status}/${queue.status}, run ${run.status}, schedules ${schedules.status}, migrations ${migrations.status}`,
      )
    }
    t.diagnostic(lines.join(' · '))
  })

  it('version history: only content staff read it, for every versioned collection in the config', async (t) => {
    const versioned = config.collections
      .filter((c) => c.versions && !c.slug.startsWith('payload-'))
      .map((c) => c.slug)
    assert.ok(versioned.length >= 3, versioned.join())
    const lines: string[] = []
    for (const slug of versioned) {
      const collection = config.collections.find((c) => c.slug === slug)!
      for (const caller of CALLERS) {
        const { status, json } = await rest(caller, 'GET', `/${slug}/versions`)
        const user =
          caller === 'anonymous'
            ? null
            : caller === 'journalist'
              ? { id: ids.get(caller), collection: 'journalists' }
              : { id: ids.get(caller), collection: 'users', roles: [caller] }
        const mayRead = Boolean(
          await collection.access.readVersions!({ req: { user, payload } as never }),
        )
        if (mayRead) assert.equal(status, 200, `${caller} reads ${slug} versions`)
        else
          assert.ok(
            refused(status) && docsOf(json).length === 0,
            `${caller} reads ${slug} versions: ${status}`,
          )
        assert.ok(
          !['anonymous', 'journalist', 'checkin-staff', 'accreditation-officer'].includes(caller) ||
            !mayRead,
          `${slug}: ${caller} may read versions`,
        )
      }
      lines.push(`${slug}: editor/admin 200, others refused`)
    }
    // Collections and globals without versions: refused (it was a 500 for any signed-in account).
    const unversioned = [
      // (payload-preferences/versions is the caller's own preference named "versions")
      ...config.collections
        .filter((c) => !c.versions && c.slug !== 'payload-preferences')
        .map((c) => `/${c.slug}/versions`),
      ...config.globals.filter((g) => !g.versions).map((g) => `/globals/${g.slug}/versions`),
    ]
    for (const path of unversioned) {
      for (const caller of ['anonymous', 'journalist', 'admin'] as const) {
        const { status } = await rest(caller, 'GET', path)
        assert.ok(refused(status), `${caller} ${path}: ${status}`)
      }
    }
    lines.push(
      `${unversioned.length} unversioned collections and globals: /versions refused for anonymous, journalist and admin`,
    )
    t.diagnostic(lines.join(' · '))
  })

  it('the e-mail outbox: accreditation staff see the state of each message, editors only release deliveries, nobody sees a body, nobody writes', async () => {
    for (const caller of CALLERS) {
      const list = await rest(caller, 'GET', '/email-messages')
      const create = await rest(caller, 'POST', '/email-messages', {
        to: 'x@example.vn',
        subject: 'x',
        kind: 'other',
        state: 'queued',
      })
      assert.ok(refused(create.status), `${caller} writes to the outbox: ${create.status}`)
      if (caller === 'accreditation-officer' || caller === 'admin') {
        assert.equal(list.status, 200)
        const docs = docsOf(list.json) as Record<string, unknown>[]
        assert.ok(docs.length >= 1)
        assert.ok(
          docs.every((d) => !('text' in d) && !('html' in d) && typeof d.state === 'string'),
        )
      } else if (caller === 'editor') {
        // An editor's view is the releases' delivery log: never an applicant's message.
        assert.equal(list.status, 200)
        const docs = docsOf(list.json) as Record<string, unknown>[]
        assert.ok(
          docs.every((d) => d.release != null && !('text' in d) && !('html' in d)),
          JSON.stringify(docs.map((d) => d.kind)),
        )
      } else assert.ok(refused(list.status), `${caller} lists the outbox: ${list.status}`)
    }
  })
})
