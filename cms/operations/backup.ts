import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { sqliteFileFromUri } from '../db'
import { ConfigError, type Env } from '../env'

/** What a backup folder holds, besides manifest.json. */
export const BACKUP_PARTS = {
  database: 'portal.db',
  mongo: 'mongo.archive.gz',
  media: 'media',
  private: 'private',
  passKeys: 'pass-keys',
  secret: '.payload-secret',
} as const

export type BackupManifest = {
  createdAt: string
  databaseKind: Env['databaseKind']
  parts: string[]
  files: number
  bytes: number
  ms: number
}

export type BackupDirs = { dataDir: string; mediaDir: string }

/**
 * A consistent copy of a running portal: the database first — SQLite's `VACUUM INTO` (one read
 * transaction, so one moment in time, while the servers keep writing) or `mongodump` — then the
 * upload folders, pass keys and local secret. Files are copied after the database, so every file
 * a copied row names is there; a file uploaded in between is an orphan, never a hole.
 */
export async function makeBackup(
  env: Env,
  dirs: BackupDirs,
  target: string,
): Promise<BackupManifest> {
  const started = performance.now()
  if (existsSync(target) && readdirSync(target).length > 0)
    throw new ConfigError(`The backup folder ${target} is not empty.`)
  mkdirSync(target, { recursive: true })
  const parts: string[] = []
  if (env.databaseKind === 'sqlite') {
    // libsql, the servers' own SQLite: a second SQLite library in the same process would break
    // SQLite's file locks (POSIX locks are per process) and with them the servers' writes.
    const db = createClient({ url: `file:${sqliteFileFromUri(env.DATABASE_URI)}` })
    try {
      await db.execute({ sql: 'VACUUM INTO ?', args: [path.join(target, BACKUP_PARTS.database)] })
    } finally {
      db.close()
    }
    parts.push(BACKUP_PARTS.database)
  } else {
    const dump = spawnSync(
      'mongodump',
      [`--uri=${env.DATABASE_URI}`, `--archive=${path.join(target, BACKUP_PARTS.mongo)}`, '--gzip'],
      { stdio: 'inherit' },
    )
    if (dump.error || dump.status !== 0)
      throw new ConfigError(
        'mongodump is needed to back up MongoDB and did not succeed (install MongoDB Database Tools).',
      )
    parts.push(BACKUP_PARTS.mongo)
  }
  const copies: [string, string][] = [
    [dirs.mediaDir, BACKUP_PARTS.media],
    [path.join(dirs.dataDir, 'private'), BACKUP_PARTS.private],
    [path.join(dirs.dataDir, 'pass-keys'), BACKUP_PARTS.passKeys],
    [path.join(dirs.dataDir, '.payload-secret'), BACKUP_PARTS.secret],
  ]
  for (const [from, name] of copies) {
    if (!existsSync(from)) continue
    cpSync(from, path.join(target, name), { recursive: true, preserveTimestamps: true })
    parts.push(name)
  }
  const { files, bytes } = measure(target)
  const manifest: BackupManifest = {
    createdAt: new Date().toISOString(),
    databaseKind: env.databaseKind,
    parts,
    files,
    bytes,
    ms: Math.round(performance.now() - started),
  }
  writeFileSync(path.join(target, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

export function measure(dir: string): { files: number; bytes: number } {
  let files = 0
  let bytes = 0
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    files += 1
    bytes += statSync(path.join(entry.parentPath, entry.name)).size
  }
  return { files, bytes }
}
