import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { sqliteFileFromUri } from '../db'
import { ConfigError, type Env } from '../env'
import { BACKUP_PARTS, type BackupDirs, type BackupManifest } from './backup'

/**
 * Puts a backup made by makeBackup into a fresh portal: the database where DATABASE_URI points,
 * uploads into MEDIA_DIR and DATA_DIR. It refuses to overwrite a portal that already has a
 * database or uploads, so a mistyped path cannot destroy live data. The restored SQLite file is
 * checked with `PRAGMA integrity_check` before the command says it is done.
 */
export async function restoreBackup(
  env: Env,
  dirs: BackupDirs,
  source: string,
): Promise<{ manifest: BackupManifest; integrity: string; ms: number }> {
  const started = performance.now()
  const manifestFile = path.join(source, 'manifest.json')
  if (!existsSync(manifestFile))
    throw new ConfigError(`${source} is not a backup folder (no manifest.json).`)
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as BackupManifest
  if (manifest.databaseKind !== env.databaseKind)
    throw new ConfigError(
      `The backup holds a ${manifest.databaseKind} database but DATABASE_URI points at ${env.databaseKind}.`,
    )
  const nonEmpty = (dir: string) => existsSync(dir) && readdirSync(dir).length > 0
  let integrity = 'ok'
  if (env.databaseKind === 'sqlite') {
    const file = sqliteFileFromUri(env.DATABASE_URI)
    if (existsSync(file))
      throw new ConfigError(
        `${file} already exists: restore into a fresh DATA_DIR (or move the old database away first).`,
      )
    if (nonEmpty(dirs.mediaDir) || nonEmpty(path.join(dirs.dataDir, 'private')))
      throw new ConfigError(
        `${dirs.mediaDir} or ${path.join(dirs.dataDir, 'private')} is not empty: restore into fresh folders.`,
      )
    mkdirSync(path.dirname(file), { recursive: true })
    cpSync(path.join(source, BACKUP_PARTS.database), file)
    integrity = await integrityCheck(file)
  } else {
    const restore = spawnSync(
      'mongorestore',
      [
        `--uri=${env.DATABASE_URI}`,
        `--archive=${path.join(source, BACKUP_PARTS.mongo)}`,
        '--gzip',
        '--drop',
      ],
      { stdio: 'inherit' },
    )
    if (restore.error || restore.status !== 0)
      throw new ConfigError(
        'mongorestore is needed to restore MongoDB and did not succeed (install MongoDB Database Tools).',
      )
  }
  const copies: [string, string][] = [
    [BACKUP_PARTS.media, dirs.mediaDir],
    [BACKUP_PARTS.private, path.join(dirs.dataDir, 'private')],
    [BACKUP_PARTS.passKeys, path.join(dirs.dataDir, 'pass-keys')],
    [BACKUP_PARTS.secret, path.join(dirs.dataDir, '.payload-secret')],
  ]
  for (const [name, to] of copies) {
    const from = path.join(source, name)
    if (existsSync(from)) cpSync(from, to, { recursive: true, preserveTimestamps: true })
  }
  return { manifest, integrity, ms: Math.round(performance.now() - started) }
}

/** SQLite's own check of every page and index: 'ok', or what is wrong. Through libsql (see makeBackup). */
export async function integrityCheck(file: string): Promise<string> {
  const db = createClient({ url: `file:${file}` })
  try {
    const { rows } = await db.execute('PRAGMA integrity_check')
    return rows.map((row) => String(row[0])).join('; ')
  } finally {
    db.close()
  }
}
