import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { generatePassKeys } from '~/cms/lib/passes/passToken'
import type { User } from '~/cms/payload-types'
import type { StaffRole } from '~/cms/lib/roles'

/**
 * A throw-away portal database for one test file: a real SQLite file and upload folder in a temp
 * directory, migrated with the real migrations, used through Payload's real Local API.
 */
export async function startTestPayload(
  options: { databaseUri?: string } = {},
): Promise<{ payload: Payload; dir: string; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-int-'))
  process.env.DATA_DIR = path.join(dir, 'data')
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.DATABASE_URI = options.databaseUri ?? `file:${path.join(dir, 'data', 'portal.db')}`
  process.env.PAYLOAD_SECRET ??= 'integration-tests-secret-0123456789abcdef'
  const keys = generatePassKeys()
  process.env.PASS_PRIVATE_KEY ??= keys.privateKeyPem
  process.env.PASS_PUBLIC_KEY ??= keys.publicKeyPem
  const { getPayload } = await import('payload')
  const { default: config } = await import('~/cms/payload.config')
  const payload = await getPayload({ config })
  await payload.db.migrate()
  return {
    payload,
    dir,
    cleanup: async () => {
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
