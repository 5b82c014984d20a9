import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'

import { createClient } from '@libsql/client'
import type { Payload } from 'payload'

import { applicationForm, prepareCongress } from './fixtures/application'
import { sqliteOnly, startTestPayload } from './harness'
import { startMailCatcher } from './mailCatcher'

let payload: Payload
let dir: string
let cleanup: () => Promise<void>
let mail: Awaited<ReturnType<typeof startMailCatcher>>
let gateway: typeof import('~/site/lib/cms')
// Imported after startTestPayload: cms/paths reads DATA_DIR as it loads.
let ConfigError: typeof import('~/cms/env').ConfigError
let parseEnv: typeof import('~/cms/env').parseEnv
let emailsInFlight: typeof import('~/cms/collections/AccreditationRequests/hooks/notifyApplicant').emailsInFlight
let makeBackup: typeof import('~/cms/operations/backup').makeBackup
let restoreBackup: typeof import('~/cms/operations/restore').restoreBackup

/** What is SQLite-specific: the copy is read as a SQLite file. */
const skip = sqliteOnly(
  'the backup is judged by opening the copied SQLite file; on MongoDB the backup is an archive by mongodump (mongodump/mongorestore are not installed here)',
)

before(async () => {
  if (skip) return
  mail = await startMailCatcher()
  ;({ payload, dir, cleanup } = await startTestPayload())
  gateway = await import('~/site/lib/cms')
  ;({ ConfigError, parseEnv } = await import('~/cms/env'))
  ;({ makeBackup } = await import('~/cms/operations/backup'))
  ;({ emailsInFlight } =
    await import('~/cms/collections/AccreditationRequests/hooks/notifyApplicant'))
  ;({ restoreBackup } = await import('~/cms/operations/restore'))
  await prepareCongress(payload)
})
after(async () => {
  if (skip) return
  await emailsInFlight()
  await cleanup()
  await mail.stop()
})

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')
// libsql, like the servers: a second SQLite library in this process would break its file locks.
const rows = async (file: string, sql: string) => {
  const db = createClient({ url: `file:${file}` })
  try {
    return (await db.execute(sql)).rows.map((row) => ({ ...row }))
  } finally {
    db.close()
  }
}

describe('backup and restore', () => {
  it(
    'copies a running portal consistently and restores it into a fresh folder with the same news, applications and files',
    { skip },
    async () => {
      for (let i = 0; i < 3; i++)
        await payload.create({
          collection: 'news',
          overrideAccess: true,
          data: { title: `Tin sao lưu ${i}`, _status: 'published' },
        })
      for (let i = 0; i < 3; i++)
        assert.ok(
          (
            await gateway.submitApplication(
              await applicationForm({ email: `backup${i}@example.vn` }),
              'vi',
            )
          ).ok,
        )

      // The backup runs while more applications are being written.
      const writing = Promise.all(
        Array.from({ length: 4 }, async (_, i) =>
          gateway.submitApplication(
            await applicationForm({ email: `during${i}@example.vn` }),
            'vi',
          ),
        ),
      )
      const env = parseEnv(process.env)
      const backupDir = path.join(dir, 'backup')
      const manifest = await makeBackup(
        env,
        { dataDir: process.env.DATA_DIR!, mediaDir: process.env.MEDIA_DIR! },
        backupDir,
      )
      await writing
      assert.deepEqual(manifest.parts.slice(0, 1), ['portal.db'])
      assert.ok(manifest.parts.includes('private'))

      const freshData = path.join(dir, 'restored', 'data')
      const freshEnv = parseEnv({
        ...process.env,
        DATABASE_URI: `file:${path.join(freshData, 'portal.db')}`,
      })
      const restored = await restoreBackup(
        freshEnv,
        { dataDir: freshData, mediaDir: path.join(dir, 'restored', 'media') },
        backupDir,
      )
      assert.equal(restored.integrity, 'ok')

      const live = path.join(process.env.DATA_DIR!, 'portal.db')
      const copy = path.join(freshData, 'portal.db')
      const newsSql =
        'SELECT n.id, l.title FROM news n JOIN news_locales l ON l._parent_id = n.id ORDER BY n.id, l._locale'
      assert.deepEqual(await rows(copy, newsSql), await rows(live, newsSql))
      // Every application in the copy is whole: the same row as live, and both its files, byte for byte.
      const appSql =
        'SELECT r.id, r.reference_code, r.full_name, p.filename AS portrait, l.filename AS letter FROM accreditation_requests r JOIN applicant_files p ON p.id = r.portrait_id JOIN applicant_files l ON l.id = r.letter_id ORDER BY r.id'
      const restoredApps = (await rows(copy, appSql)) as unknown as {
        id: number
        portrait: string
        letter: string
      }[]
      const liveById = new Map(
        ((await rows(live, appSql)) as unknown as { id: number }[]).map((row) => [row.id, row]),
      )
      assert.ok(restoredApps.length >= 3, 'the applications made before the backup are in it')
      for (const app of restoredApps) {
        assert.deepEqual(app, liveById.get(app.id))
        for (const name of [app.portrait, app.letter]) {
          const restoredFile = path.join(freshData, 'private', 'applicant-files', name)
          assert.ok(existsSync(restoredFile), `${name} restored`)
          assert.equal(
            sha(restoredFile),
            sha(path.join(process.env.DATA_DIR!, 'private', 'applicant-files', name)),
          )
        }
      }
      assert.ok(
        readdirSync(path.join(freshData, 'private', 'applicant-files')).length >=
          restoredApps.length * 2,
      )
    },
  )

  it('refuses to restore over a portal that already has a database', { skip }, async () => {
    const env = parseEnv(process.env)
    await assert.rejects(
      restoreBackup(
        env,
        { dataDir: process.env.DATA_DIR!, mediaDir: process.env.MEDIA_DIR! },
        path.join(dir, 'backup'),
      ),
      ConfigError,
    )
  })

  it(
    'refuses a folder that is not a backup, and a backup into a non-empty folder',
    { skip },
    async () => {
      const env = parseEnv(process.env)
      await assert.rejects(
        restoreBackup(env, { dataDir: path.join(dir, 'x'), mediaDir: path.join(dir, 'y') }, dir),
        /not a backup folder/,
      )
      await assert.rejects(
        makeBackup(
          env,
          { dataDir: process.env.DATA_DIR!, mediaDir: process.env.MEDIA_DIR! },
          path.join(dir, 'backup'),
        ),
        /not empty/,
      )
    },
  )
})
