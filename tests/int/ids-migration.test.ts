import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'

import { createClient, type Client } from '@libsql/client'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { Payload } from 'payload'

import { migrations } from '~/cms/migrations/sqlite'
import { generatePassKeys } from '~/cms/lib/passes/passToken'
import { setClock } from '~/cms/lib/time'
import { applicationForm, prepareCongress } from './fixtures/application'
import { makeStaff, sqliteOnly } from './harness'

/**
 * The `ids` migration on a database as it was before it: built with the earlier migrations and
 * filled with the demo congress (requests, passes, files, audit trail, news with locales and
 * versions …) plus check-ins, an access-log entry and an admin lock, all linked by foreign keys.
 * Every row must come through unchanged, and afterwards no id or reference number is reused.
 */
const ROOT = path.resolve(import.meta.dirname, '../..')
const IDS = migrations.findIndex((migration) => migration.name.endsWith('_ids'))
const PLAIN_ID = '`id` integer PRIMARY KEY NOT NULL'
const AUTOINCREMENT_ID = '`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL'

let dir: string
let file: string
let payload: Payload
let gateway: typeof import('~/site/lib/cms')
let before_: Snapshot
let beforeFile: string
let migrateMs = 0
let emailsInFlight: () => Promise<unknown>

type Snapshot = { schema: Map<string, string>; rows: Map<string, unknown[]> }

const open = (target: string) => createClient({ url: `file:${target}` })
async function query<T = Record<string, unknown>>(
  db: Client,
  sql: string,
  args: (string | number)[] = [],
): Promise<T[]> {
  return (await db.execute({ sql, args })).rows.map((row) => ({ ...row }) as T)
}

/** Every table's definition and every row, in rowid order. */
async function snapshot(target: string): Promise<Snapshot> {
  const db = open(target)
  try {
    const tables = await query<{ name: string; sql: string }>(
      db,
      "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name != 'sqlite_sequence' ORDER BY name",
    )
    const rows = new Map<string, unknown[]>()
    for (const { name } of tables)
      rows.set(name, await query(db, `SELECT * FROM "${name}" ORDER BY rowid`))
    return { schema: new Map(tables.map((table) => [table.name, table.sql])), rows }
  } finally {
    db.close()
  }
}

/** A copy of the database as it is now, through SQLite itself (consistent while Payload has it open). */
async function copyOf(source: string, name: string): Promise<string> {
  const target = path.join(dir, name)
  const db = open(source)
  try {
    await db.execute({ sql: 'VACUUM INTO ?', args: [target] })
  } finally {
    db.close()
  }
  return target
}

const copy = (source: string, name: string) => {
  const target = path.join(dir, name)
  copyFileSync(source, target)
  return target
}

/** Deletes the newest check-in and records a new one: which id does it get? */
async function idAfterDeletingNewestCheckIn(
  target: string,
): Promise<{ deleted: number; next: number }> {
  const db = open(target)
  try {
    const deleted = Number(
      (await query<{ id: number }>(db, 'SELECT max(id) AS id FROM check_ins'))[0]?.id,
    )
    await db.execute({ sql: 'DELETE FROM check_ins WHERE id = ?', args: [deleted] })
    const inserted = await db.execute(
      "INSERT INTO check_ins (pass_id, pass_number, day, zone, verdict, scanned_at) VALUES (1, 'P-0004', '2025-10-16', 'press-centre', 'valid', '2025-10-16T01:00:00.000Z')",
    )
    return { deleted: Number(deleted), next: Number(inserted.lastInsertRowid) }
  } finally {
    db.close()
  }
}

/** SQLite's tables and rowids are what this migration changes. */
const skip = sqliteOnly(
  'the ids migration rebuilds SQLite tables with AUTOINCREMENT; MongoDB ids are ObjectIds (its ids migration only fills the counters)',
)

before(async () => {
  if (skip) return
  dir = mkdtempSync(path.join(tmpdir(), 'portal-ids-'))

  // 1. The demo congress, written by the real seed in a process of its own.
  const seedDir = path.join(dir, 'seed')
  const seedDb = path.join(seedDir, 'data', 'portal.db')
  execFileSync(process.execPath, ['--import', 'tsx', 'cms/scripts/seed.ts'], {
    cwd: ROOT,
    stdio: 'pipe',
    env: {
      ...process.env,
      DATA_DIR: path.join(seedDir, 'data'),
      MEDIA_DIR: path.join(seedDir, 'media'),
      DATABASE_URI: `file:${seedDb}`,
      PAYLOAD_SECRET: 'ids-migration-test-secret-0123456789abcdef',
    },
  })

  // 2. A database built with the migrations that came before `ids`, exactly as they are.
  mkdirSync(path.join(dir, 'data'), { recursive: true })
  file = path.join(dir, 'data', 'portal.db')
  const client = open(file)
  const db = drizzle(client)
  for (const migration of migrations.slice(0, IDS)) {
    await migration.up({ db, payload: undefined, req: undefined } as never)
    await client.execute({
      sql: 'INSERT INTO payload_migrations (name, batch) VALUES (?, 1)',
      args: [migration.name],
    })
  }

  // 3. The seed's rows copied in, column by column, then what the seed does not make.
  await client.execute({ sql: 'ATTACH DATABASE ? AS seed', args: [seedDb] })
  await client.execute('PRAGMA foreign_keys=OFF')
  const tables = await query<{ name: string }>(
    client,
    "SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT IN ('sqlite_sequence', 'payload_migrations')",
  )
  for (const { name } of tables) {
    const columns = (
      await query<{ name: string }>(client, `SELECT name FROM pragma_table_info('${name}')`)
    ).map((column) => `"${column.name}"`)
    const theirs = new Set(
      (
        await query<{ name: string }>(
          client,
          `SELECT name FROM pragma_table_info('${name}', 'seed')`,
        )
      ).map((column) => `"${column.name}"`),
    )
    const shared = columns.filter((column) => theirs.has(column))
    // The seed now counts reference numbers per event (several events share DH1-0001 …); the
    // schema before `ids` holds them unique, as one event did: numbered by row, as that one would.
    const values = shared.map((column) =>
      name !== 'accreditation_requests'
        ? column
        : column === '"reference_number"'
          ? '"id"'
          : column === '"reference_code"'
            ? `'DH1-' || printf('%04d', "id")`
            : column,
    )
    if (theirs.size)
      await client.execute(
        `INSERT INTO main."${name}" (${shared.join(', ')}) SELECT ${values.join(', ')} FROM seed."${name}"`,
      )
  }
  await client.execute('PRAGMA foreign_keys=ON')
  await client.execute('DETACH DATABASE seed')
  for (const zone of ['press-centre', 'plenary-gallery']) {
    await client.execute({
      sql: "INSERT INTO check_ins (pass_id, pass_number, day, zone, verdict, staff_id, scanned_at) VALUES (1, 'P-0004', '2025-10-16', ?, 'valid', 4, '2025-10-16T00:40:00.000Z')",
      args: [zone],
    })
  }
  // The congress, as the event global of that version held it (the seed now makes events instead).
  await client.execute(
    "INSERT INTO event (id, reference_prefix, start_date, end_date) VALUES (1, 'DH1', '2025-10-16T00:30:00.000Z', '2025-10-17T00:30:00.000Z')",
  )
  await client.execute(
    "INSERT INTO event_locales (name, _locale, _parent_id) VALUES ('Đại hội thử nghiệm', 'vi', 1)",
  )
  await client.execute(
    "INSERT INTO access_log (staff_id, staff_label, action, collection_slug, document_id, reference_code) VALUES (2, 'Officer', 'opened-application', 'accreditation-requests', '4', 'DH1-0004')",
  )
  await client.execute('INSERT INTO payload_locked_documents (global_slug) VALUES (NULL)')
  await client.execute(
    "INSERT INTO payload_locked_documents_rels (\"order\", parent_id, path, accreditation_requests_id, users_id) VALUES (NULL, 1, 'document', 4, NULL), (NULL, 1, 'user', NULL, 2)",
  )
  client.close()
  before_ = await snapshot(file)
  beforeFile = copy(file, 'before.db')

  // 4. The portal starts on it: Payload's own migrate runs `ids` (the later migrations run in
  // 'after the migration', once this one's own effect has been compared), through
  // the serialised SQLite client (cms/db/serialiseSqliteWrites.ts), as `npm start` would.
  process.env.DATA_DIR = path.join(dir, 'data')
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.DATABASE_URI = `file:${file}`
  process.env.PAYLOAD_SECRET ??= 'integration-tests-secret-0123456789abcdef'
  const keys = generatePassKeys()
  process.env.PASS_PRIVATE_KEY ??= keys.privateKeyPem
  process.env.PASS_PUBLIC_KEY ??= keys.publicKeyPem
  const { getPayload } = await import('payload')
  const { default: config } = await import('~/cms/payload.config')
  payload = await getPayload({ config })
  const started = performance.now()
  await payload.db.migrate({ migrations: migrations.slice(0, IDS + 1) as never })
  migrateMs = performance.now() - started
  gateway = await import('~/site/lib/cms')
  ;({ emailsInFlight } =
    await import('~/cms/collections/AccreditationRequests/hooks/notifyApplicant'))
})

after(async () => {
  if (skip) return
  await emailsInFlight?.()
  await payload?.destroy()
  rmSync(dir, { recursive: true, force: true })
})

describe('why the generated table rebuild was not used', () => {
  // Payload runs a migration inside a transaction, where PRAGMA foreign_keys=OFF does nothing.
  const inTransaction = async (statements: string[], look: (db: Client) => Promise<void>) => {
    const db = open(copy(beforeFile, `rebuild-${Math.random().toString(36).slice(2)}.db`))
    const tx = await db.transaction('write')
    try {
      for (const statement of statements) await tx.execute(statement)
      await look(tx as unknown as Client)
    } finally {
      await tx.rollback()
      db.close()
    }
  }
  const passes = () => before_.schema.get('passes')!

  it(
    'create-copy-drop-rename empties and cuts the children of the dropped table',
    { skip },
    async () => {
      await inTransaction(
        [
          'PRAGMA foreign_keys=OFF',
          passes()
            .replace('CREATE TABLE `passes`', 'CREATE TABLE `__new_passes`')
            .replace(PLAIN_ID, AUTOINCREMENT_ID),
          'INSERT INTO __new_passes SELECT * FROM passes',
          'DROP TABLE passes',
          'ALTER TABLE __new_passes RENAME TO passes',
        ],
        async (db) => {
          assert.equal(
            (await query<{ n: number }>(db, 'SELECT count(*) AS n FROM passes_zones'))[0]!.n,
            0,
            'ON DELETE cascade emptied the pass zones',
          )
          assert.equal(
            (await query<{ n: number }>(db, 'SELECT count(pass_id) AS n FROM check_ins'))[0]!.n,
            0,
            'ON DELETE set null cut every check-in from its pass',
          )
        },
      )
      assert.ok(before_.rows.get('passes_zones')!.length > 0)
    },
  )

  it(
    "renaming the old table first rewrites the children's REFERENCES, legacy_alter_table or not",
    { skip },
    async () => {
      await inTransaction(
        [
          'PRAGMA foreign_keys=OFF',
          'PRAGMA legacy_alter_table=ON',
          'ALTER TABLE passes RENAME TO __old_passes',
        ],
        async (db) => {
          const [definition] = await query<{ sql: string }>(
            db,
            "SELECT sql FROM sqlite_schema WHERE name = 'check_ins'",
          )
          assert.match(definition!.sql, /REFERENCES "__old_passes"/)
        },
      )
    },
  )
})

describe('the ids migration', () => {
  it('is the only one pending and runs through the serialised client', { skip }, async () => {
    const ran = await payload.find({
      collection: 'payload-migrations',
      limit: 0,
      sort: 'name',
      overrideAccess: true,
    })
    assert.deepEqual(
      ran.docs.map((migration) => migration.name),
      migrations.slice(0, IDS + 1).map((migration) => migration.name),
    )
    assert.equal(ran.docs.at(-1)!.batch, 2, 'ids ran on its own, after the others')
    // Payload's transactions (the migration's included) go through the queue of serialiseSqliteWrites.
    assert.match(
      String((payload.db as unknown as { client: Client }).client.transaction),
      /waitTurn/,
    )
    console.log(
      `ids migration on the demo-size database (${[...before_.rows.values()].reduce((n, rows) => n + rows.length, 0)} rows in ${before_.rows.size} tables): ${migrateMs.toFixed(0)} ms`,
    )
  })

  it('keeps every row of every table, unchanged', { skip }, async () => {
    const after_ = await snapshot(file)
    let compared = 0
    for (const [table, rows] of before_.rows) {
      const now = after_.rows.get(table)!
      if (table === 'payload_migrations') {
        assert.deepEqual(now.slice(0, rows.length), rows)
        assert.equal(now.length, rows.length + 1)
        continue
      }
      // The one new column (payload_locked_documents_rels.counters_id) is empty on the old rows.
      const keys = Object.keys((rows[0] ?? {}) as object)
      const trimmed = now.map((row) =>
        Object.fromEntries(keys.map((key) => [key, (row as Record<string, unknown>)[key]])),
      )
      assert.deepEqual(rows.length ? trimmed : now, rows, `rows of ${table}`)
      compared += rows.length
    }
    assert.ok(compared > 100, `compared ${compared} rows`)
    for (const table of [
      'accreditation_requests',
      'passes',
      'passes_zones',
      'check_ins',
      'audit_entries',
      'applicant_files',
      'news_locales',
      '_news_v',
      'users_roles',
      'access_log',
      'payload_locked_documents_rels',
    ]) {
      assert.ok(before_.rows.get(table)!.length > 0, `the test database has rows in ${table}`)
    }
  })

  it(
    'keeps the foreign keys: same definitions, same links, nothing dangling',
    { skip },
    async () => {
      const after_ = await snapshot(file)
      let converted = 0
      for (const [table, definition] of before_.schema) {
        const now = after_.schema.get(table)!
        if (now.includes(AUTOINCREMENT_ID)) {
          converted += 1
          assert.equal(
            now,
            definition.replace(PLAIN_ID, AUTOINCREMENT_ID),
            `${table}: only AUTOINCREMENT added`,
          )
        } else if (table === 'payload_locked_documents_rels') {
          assert.equal(
            now.replace(/, `counters_id` integer REFERENCES counters\(id\)/, ''),
            definition,
            'locks: the old definition, plus the counters column',
          )
        } else {
          assert.equal(now, definition, `${table} is untouched (its REFERENCES included)`)
        }
      }
      assert.equal(converted, 31)
      assert.ok(
        ![...after_.schema.values()].some((sql) => /__new_|__old_/.test(sql)),
        'no reference points at a temporary table',
      )
      const db = open(file)
      try {
        assert.deepEqual(await query(db, 'PRAGMA foreign_key_check'), [])
        assert.deepEqual(await query(db, 'PRAGMA integrity_check'), [{ integrity_check: 'ok' }])
        const links = await query<{ n: number }>(
          db,
          'SELECT count(*) AS n FROM check_ins c JOIN passes p ON p.id = c.pass_id JOIN accreditation_requests r ON r.id = p.request_id',
        )
        assert.equal(links[0]!.n, 2, 'check-ins still lead to their pass and its request')
      } finally {
        db.close()
      }
    },
  )

  it(
    "starts every table's sequence at its highest id, and the reference counter at the highest number",
    { skip },
    async () => {
      const db = open(file)
      try {
        const sequences = new Map(
          (
            await query<{ name: string; seq: number }>(db, 'SELECT name, seq FROM sqlite_sequence')
          ).map((row) => [row.name, Number(row.seq)]),
        )
        const converted = [...(await snapshot(file)).schema]
          .filter(([, sql]) => sql.includes(AUTOINCREMENT_ID))
          .map(([table]) => table)
        assert.equal(converted.length, 32, 'the 31 converted tables and counters')
        for (const [table, rows] of before_.rows) {
          if (!converted.includes(table) || table === 'payload_migrations') continue
          const highest = Math.max(0, ...rows.map((row) => Number((row as { id: number }).id)))
          assert.equal(sequences.get(table), highest, `sqlite_sequence of ${table}`)
        }
      } finally {
        db.close()
      }
      const counters = await payload.find({
        collection: 'counters',
        overrideAccess: true,
        sort: 'name',
      })
      const highestReference = Math.max(
        ...before_.rows
          .get('accreditation_requests')!
          .map((row) => Number((row as { reference_number: number }).reference_number)),
      )
      assert.deepEqual(
        counters.docs.map(({ name, value }) => ({ name, value })),
        [
          {
            name: 'press-release',
            value: Math.max(
              ...before_.rows
                .get('press_releases')!
                .map((row) => Number((row as { number: number }).number)),
            ),
          },
          { name: 'reference', value: highestReference },
        ],
      )
    },
  )
})

describe('the migration, checked against its schema snapshot and undone', () => {
  it('down gives back the tables as they were, every row included', { skip }, async () => {
    const target = await copyOf(file, 'down.db')
    const client = open(target)
    try {
      await migrations[IDS]!.down({
        db: drizzle(client),
        payload: undefined,
        req: undefined,
      } as never)
    } finally {
      client.close()
    }
    const undone = await snapshot(target)
    assert.deepEqual([...undone.schema.keys()], [...before_.schema.keys()])
    for (const [table, definition] of before_.schema) {
      if (table !== 'payload_locked_documents_rels')
        assert.equal(undone.schema.get(table), definition, table)
      const rows = undone.rows.get(table)!
      assert.deepEqual(
        table === 'payload_migrations' ? rows.slice(0, -1) : rows,
        before_.rows.get(table),
        `rows of ${table}`,
      )
    }
  })
})

describe('after the migration', () => {
  // The migrations that came after `ids` run now, as they would on the next start.
  before(async () => {
    if (skip) return
    await payload.db.migrate()
    // The congress (now the first event, archived: it is over) takes applications again, on a
    // clock set to a fortnight before it.
    setClock(new Date('2025-10-02T02:00:00.000Z'))
    const { docs } = await payload.find({ collection: 'events', overrideAccess: true })
    assert.equal(docs.length, 1, 'the event global became the one event')
    await payload.update({
      collection: 'events',
      id: docs[0]!.id,
      data: { state: 'open' },
      overrideAccess: true,
    })
  })
  after(() => setClock(null))

  it(
    'leaves AUTOINCREMENT on every table whose id the newest schema snapshot numbers',
    { skip },
    async () => {
      const folder = path.join(ROOT, 'cms', 'migrations', 'sqlite')
      const newest = readdirSync(folder)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .at(-1)!
      const { tables } = JSON.parse(readFileSync(path.join(folder, newest), 'utf8')) as {
        tables: Record<string, { columns: { id?: { autoincrement?: boolean } } }>
      }
      const numbered = Object.entries(tables)
        .filter(([, table]) => table.columns.id?.autoincrement)
        .map(([name]) => name)
      const { schema } = await snapshot(file)
      assert.ok(numbered.length >= 32)
      for (const table of numbered)
        assert.ok(schema.get(table)?.includes(AUTOINCREMENT_ID), `${table} (snapshot ${newest})`)
    },
  )

  it("a deleted newest row's id is never given again (before it was)", { skip }, async () => {
    const old = await idAfterDeletingNewestCheckIn(copy(beforeFile, 'reuse-before.db'))
    assert.equal(old.next, old.deleted, 'before: the deleted id is handed out again')
    const now = await idAfterDeletingNewestCheckIn(await copyOf(file, 'reuse-after.db'))
    assert.equal(now.next, now.deleted + 1, 'after: a new id')
  })

  it(
    'deleting the newest application frees neither its id, its reference code nor its status link',
    { skip },
    async () => {
      await prepareCongress(payload)
      const admin = await makeStaff(payload, ['admin'])
      const first = await gateway.submitApplication(
        await applicationForm({ email: 'first@example.vn' }),
        'vi',
      )
      assert.ok(first.ok)
      await emailsInFlight()
      const firstId = first.statusToken.split('.')[0]!
      const firstDoc = await payload.findByID({
        collection: 'accreditation-requests',
        id: firstId,
        overrideAccess: true,
      })
      await payload.delete({
        collection: 'accreditation-requests',
        id: firstId,
        overrideAccess: false,
        user: admin,
      })

      const second = await gateway.submitApplication(
        await applicationForm({ email: 'second@example.vn' }),
        'vi',
      )
      assert.ok(second.ok)
      const secondId = second.statusToken.split('.')[0]!
      const secondDoc = await payload.findByID({
        collection: 'accreditation-requests',
        id: secondId,
        overrideAccess: true,
      })
      assert.ok(Number(secondId) > Number(firstId), `new id ${secondId} after deleted ${firstId}`)
      assert.equal(secondDoc.referenceNumber, firstDoc.referenceNumber! + 1)
      assert.notEqual(secondDoc.referenceCode, firstDoc.referenceCode)
      assert.equal(
        await gateway.openApplication(first.statusToken),
        null,
        "the deleted applicant's status link opens nothing",
      )
      assert.ok(await gateway.openApplication(second.statusToken))
    },
  )

  it('deleting the newest pass frees neither its id nor its pass number', { skip }, async () => {
    const officer = await makeStaff(payload, ['accreditation-officer'])
    const admin = await makeStaff(payload, ['admin'])
    const approve = async (email: string) => {
      const outcome = await gateway.submitApplication(
        await applicationForm({ email, role: 'photographer' }),
        'vi',
      )
      assert.ok(outcome.ok)
      const id = outcome.statusToken.split('.')[0]!
      await payload.update({
        collection: 'accreditation-requests',
        id,
        data: { status: 'approved' },
        overrideAccess: false,
        user: officer,
      })
      await emailsInFlight()
      return (
        await payload.find({
          collection: 'passes',
          where: { request: { equals: id } },
          overrideAccess: true,
        })
      ).docs[0]!
    }
    const first = await approve('pass1@example.vn')
    await payload.delete({ collection: 'passes', id: first.id, overrideAccess: false, user: admin })
    const second = await approve('pass2@example.vn')
    assert.ok(second.id > first.id, `new pass id ${second.id} after deleted ${first.id}`)
    assert.notEqual(second.passNumber, first.passNumber)
  })

  it(
    'hands out distinct reference numbers to applications submitted at the same moment',
    { skip },
    async () => {
      const outcomes = await Promise.all(
        Array.from({ length: 6 }, async (_, i) =>
          gateway.submitApplication(
            await applicationForm({ email: `same-moment${i}@example.vn` }),
            'vi',
          ),
        ),
      )
      await emailsInFlight()
      const ids = outcomes.map(
        (outcome) => (assert.ok(outcome.ok), outcome.statusToken.split('.')[0]!),
      )
      const { docs } = await payload.find({
        collection: 'accreditation-requests',
        where: { id: { in: ids } },
        limit: 0,
        overrideAccess: true,
      })
      const numbers = docs.map((doc) => doc.referenceNumber!)
      assert.equal(new Set(numbers).size, 6)
      const [counter] = (
        await payload.find({
          collection: 'counters',
          // Counted per event since the events migration: the first event's counter.
          where: { name: { like: 'reference:' } },
          overrideAccess: true,
        })
      ).docs
      assert.equal(counter!.value, Math.max(...numbers))
    },
  )
})
