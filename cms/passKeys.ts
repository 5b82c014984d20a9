import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import type { KeyObject } from 'node:crypto'
import path from 'node:path'

import { ConfigError } from './env'
import { generatePassKeys, privateKeyFrom, publicKeyFrom } from './lib/passes/passToken'
import { DATA_DIR } from './paths'

/**
 * The event's pass-signing keys (Ed25519). In production they come from PASS_PRIVATE_KEY and
 * PASS_PUBLIC_KEY (PEM; `\n` may be written as a literal backslash-n); on one machine `npm start`
 * makes a pair once in data/pass-keys/. Scanners only ever receive the public key.
 */
const KEY_DIR = path.join(DATA_DIR, 'pass-keys')
const files = {
  privateKey: path.join(KEY_DIR, 'private.pem'),
  publicKey: path.join(KEY_DIR, 'public.pem'),
}

export type PassKeys = { privateKey: KeyObject; publicKey: KeyObject; publicKeyPem: string }

const pem = (value: string) => value.replace(/\\n/g, '\n').trim()

let cached: PassKeys | undefined

export function loadPassKeys(): PassKeys {
  if (cached) return cached
  let privatePem = process.env.PASS_PRIVATE_KEY ? pem(process.env.PASS_PRIVATE_KEY) : undefined
  let publicPem = process.env.PASS_PUBLIC_KEY ? pem(process.env.PASS_PUBLIC_KEY) : undefined
  if (!privatePem && !publicPem && existsSync(files.privateKey)) {
    privatePem = readFileSync(files.privateKey, 'utf8')
    publicPem = readFileSync(files.publicKey, 'utf8')
  }
  if (!privatePem || !publicPem) {
    throw new ConfigError(
      'PASS_PRIVATE_KEY and PASS_PUBLIC_KEY must both be set (Ed25519 PEM) to issue press passes.',
    )
  }
  try {
    cached = {
      privateKey: privateKeyFrom(privatePem),
      publicKey: publicKeyFrom(publicPem),
      publicKeyPem: publicPem,
    }
  } catch {
    throw new ConfigError('PASS_PRIVATE_KEY or PASS_PUBLIC_KEY is not a valid Ed25519 PEM key.')
  }
  return cached
}

/** For a one-machine install: make a key pair in data/pass-keys/ unless keys are configured. */
export function ensureLocalPassKeys(): 'env' | 'file' | 'created' {
  if (process.env.PASS_PRIVATE_KEY || process.env.PASS_PUBLIC_KEY) return 'env'
  if (existsSync(files.privateKey) && existsSync(files.publicKey)) return 'file'
  const keys = generatePassKeys()
  mkdirSync(KEY_DIR, { recursive: true })
  writeFileSync(files.privateKey, keys.privateKeyPem, { mode: 0o600 })
  writeFileSync(files.publicKey, keys.publicKeyPem)
  return 'created'
}
