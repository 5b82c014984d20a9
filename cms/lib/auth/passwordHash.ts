import { pbkdf2, timingSafeEqual } from 'node:crypto'

/**
 * Checks a password against the hash Payload stored (its two formats: `pbkdf2-sha256-v1:` with
 * 600 000 rounds, and the legacy 25 000 rounds). `dummy` does the same work for an address with
 * no account, so a sign-in answers in the same time whether or not the address is known.
 */
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const CURRENT = { iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

function derive(
  password: string,
  salt: string,
  iterations: number,
  keyLength: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    pbkdf2(password, salt, iterations, keyLength, 'sha256', (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  )
}

export async function passwordMatches(
  stored: { hash?: unknown; salt?: unknown },
  password: string,
): Promise<boolean> {
  if (typeof stored.hash !== 'string' || typeof stored.salt !== 'string')
    return dummyPasswordCheck(password)
  const current = stored.hash.startsWith(CURRENT_PREFIX)
  const { iterations, keyLength } = current ? CURRENT : LEGACY
  const expected = Buffer.from(
    current ? stored.hash.slice(CURRENT_PREFIX.length) : stored.hash,
    'hex',
  )
  const actual = await derive(password, stored.salt, iterations, keyLength)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

const DUMMY_SALT = 'f3c1e0a4b2d5968778695a4b3c2d1e0ff3c1e0a4b2d5968778695a4b3c2d1e0f'

/** The cost of one real check, for nobody; always false. */
export async function dummyPasswordCheck(password: string): Promise<false> {
  await derive(password, DUMMY_SALT, CURRENT.iterations, CURRENT.keyLength)
  return false
}
