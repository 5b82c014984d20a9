import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { generatePassKeys } from '~/cms/lib/passes/passToken'
import type { User } from '~/cms/payload-types'
import type { StaffRole } from '~/cms/lib/roles'

/**
 * Nothing here may reach a portal the tests did not start. In a process that is neither
 * production nor NODE_ENV=test, Payload's getPayload opens a WebSocket to the Next.js dev reloader
 * at ws://localhost:${PORT ?? 3000}/_next/hmr: a portal already running on 3000 then holds that
 * socket open, the test file never exits and `npm test` hangs (and a dev admin's reload messages
 * would reload the test's Payload). No test runs Next.js dev, so no test listens for its reloads.
 * Set on import, before any test starts Payload; the fixtures it spawns inherit it.
 */
process.env.DISABLE_PAYLOAD_HMR = 'true'

/**
 * Which engine this run of the integration suite uses. `npm test` runs the suite on SQLite, then a
 * second time with INT_DATABASE=mongodb when TEST_MONGODB_URI names a replica set (MongoDB needs
 * one for transactions). By hand: `INT_DATABASE=mongodb TEST_MONGODB_URI=… npm run test:int`.
 */
export const engine: 'sqlite' | 'mongodb' =
  process.env.INT_DATABASE === 'mongodb' ? 'mongodb' : 'sqlite'

/** Why MongoDB is not tested in this run, or false when TEST_MONGODB_URI is set. */
export const mongoUnavailable: string | false = process.env.TEST_MONGODB_URI
  ? false
  : 'TEST_MONGODB_URI is not set: no MongoDB replica set to test against on this machine'

/**
 * For a test that exercises SQLite itself (its file, its schema): the `skip` option that makes it
 * say so in the MongoDB run, with the reason, instead of passing there.
 */
export const sqliteOnly = (reason: string): string | false =>
  engine === 'mongodb' ? `SQLite only: ${reason}` : false

/**
 * TEST_MONGODB_URI with its database name replaced: one database per test file (and per start),
 * so files never see each other's documents. Keeps hosts, credentials and options
 * (mongodb://h1,h2/?replicaSet=rs0 has no database part, …/name?… has one).
 */
export function mongoUriFor(base: string, database: string): string {
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/[^?]*)?(\?.*)?$/.exec(base)
  if (!match) throw new Error(`TEST_MONGODB_URI is not a mongodb:// address: ${base}`)
  return `${match[1]}/${database}${match[2] ?? ''}`
}

let starts = 0
function mongoDatabaseName(): string {
  starts += 1
  const file = path.basename(process.argv[1] ?? 'int', '.ts').replace(/[^A-Za-z0-9]+/g, '_')
  return `portal_int_${file}_${process.pid}_${starts}`.slice(0, 60)
}

/**
 * A throw-away portal database for one test file, used through Payload's real Local API: on
 * SQLite a real file in a temp directory; in the MongoDB run a database of its own on the
 * replica set of TEST_MONGODB_URI, dropped at cleanup. Uploads go to the temp directory either way.
 * `fill` runs before Payload starts (e.g. to copy a fixture into the data folder); `migrate: false`
 * leaves the migrations to the test.
 */
export async function startTestPayload(
  options: {
    databaseUri?: string
    fill?: (dir: string) => void | Promise<void>
    migrate?: boolean
  } = {},
): Promise<{ payload: Payload; dir: string; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-int-'))
  process.env.DATA_DIR = path.join(dir, 'data')
  process.env.MEDIA_DIR = path.join(dir, 'media')
  let databaseUri = options.databaseUri
  if (!databaseUri && engine === 'mongodb') {
    if (!process.env.TEST_MONGODB_URI)
      throw new Error('INT_DATABASE=mongodb needs TEST_MONGODB_URI (a replica set)')
    databaseUri = mongoUriFor(process.env.TEST_MONGODB_URI, mongoDatabaseName())
  }
  process.env.DATABASE_URI = databaseUri ?? `file:${path.join(dir, 'data', 'portal.db')}`
  process.env.PAYLOAD_SECRET ??= 'integration-tests-secret-0123456789abcdef'
  const keys = generatePassKeys()
  process.env.PASS_PRIVATE_KEY ??= keys.privateKeyPem
  process.env.PASS_PUBLIC_KEY ??= keys.publicKeyPem
  await options.fill?.(dir)
  const { getPayload } = await import('payload')
  const { default: config } = await import('~/cms/payload.config')
  const payload = await getPayload({ config })
  if (options.migrate !== false) await payload.db.migrate()
  return {
    payload,
    dir,
    cleanup: async () => {
      const mongo = payload.db as {
        name?: string
        connection?: { db?: { dropDatabase(): Promise<unknown> } }
      }
      if (mongo.name === 'mongoose') await mongo.connection?.db?.dropDatabase()
      await payload.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

let counter = 0

/** A staff account with the given roles, returned as the signed-in user a request would carry. */
export async function makeStaff(
  payload: Payload,
  roles: StaffRole[],
): Promise<User & { collection: 'users' }> {
  counter += 1
  const user = await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: {
      name: `Test ${roles.join('+') || 'none'} ${counter}`,
      email: `staff${counter}-${Date.now()}@test.local`,
      password: 'test-password-123',
      roles,
    },
  })
  return { ...user, collection: 'users' }
}

/** Payload's errors are translated into the admin language, so tests judge them by status. */
const withStatus =
  (...statuses: number[]) =>
  (error: unknown) => {
    const status = (error as { status?: number }).status
    if (!statuses.includes(status ?? 0)) throw error
    return true
  }
export const forbidden = withStatus(403)
export const notFoundOrForbidden = withStatus(403, 404)
