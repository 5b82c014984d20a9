import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { DATA_DIR } from '../paths'

/**
 * The one-machine install needs no setup: without PAYLOAD_SECRET, `npm start` makes a random
 * secret once and keeps it in data/ (never committed). A real deployment sets PAYLOAD_SECRET.
 */
export function ensureLocalSecret(): 'env' | 'file' | 'created' {
  if (process.env.PAYLOAD_SECRET) return 'env'
  const file = path.join(DATA_DIR, '.payload-secret')
  let state: 'file' | 'created' = 'file'
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
    state = 'created'
  }
  process.env.PAYLOAD_SECRET = readFileSync(file, 'utf8').trim()
  return state
}
