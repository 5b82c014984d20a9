import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto'

/**
 * The press pass QR code: a compact token signed with the event's Ed25519 private key. It names
 * the pass, its version, its days and zones — no personal data — so a scanner holding only the
 * public key can tell a genuine pass from a forged one, even offline.
 *
 * Format: `P1.<base64url claims JSON>.<base64url signature>`.
 */
export type PassClaims = {
  /** The pass's random serial (never its row id, which a later pass can get again). */
  p: string
  /** Version: bumped on revocation or replacement, so an older QR is refused. */
  v: number
  /** Valid days, YYYY-MM-DD in Vietnam time. */
  d: string[]
  /** Zone codes, e.g. press-centre, plenary-gallery, photo-pool. */
  z: string[]
  /**
   * The event the pass belongs to (its id, as text). Tokens signed before passes were per event
   * have no `e`: they belong to the first event, the congress of October 2025 (see tokenEvent in
   * checkInVerdict.ts).
   */
  e?: string
}

export type TokenProblem = 'malformed' | 'forged'

const PREFIX = 'P1'
const MAX_TOKEN_LENGTH = 600

export function generatePassKeys(): { privateKeyPem: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  }
}

export const privateKeyFrom = (pem: string): KeyObject => createPrivateKey(pem)
export const publicKeyFrom = (pem: string): KeyObject => createPublicKey(pem)

export function signPassToken(privateKey: KeyObject, claims: PassClaims): string {
  const body = Buffer.from(
    JSON.stringify({ p: claims.p, v: claims.v, d: claims.d, z: claims.z, e: claims.e }),
  ).toString('base64url')
  const signature = sign(null, Buffer.from(`${PREFIX}.${body}`), privateKey).toString('base64url')
  return `${PREFIX}.${body}.${signature}`
}

const isClaims = (value: unknown): value is PassClaims => {
  const c = value as PassClaims
  return (
    typeof c === 'object' &&
    c !== null &&
    typeof c.p === 'string' &&
    c.p.length > 0 &&
    c.p.length <= 40 &&
    Number.isInteger(c.v) &&
    c.v >= 1 &&
    Array.isArray(c.d) &&
    c.d.every((day) => typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day)) &&
    Array.isArray(c.z) &&
    c.z.every((zone) => typeof zone === 'string' && /^[a-z0-9-]{1,40}$/.test(zone)) &&
    (c.e === undefined || (typeof c.e === 'string' && /^[A-Za-z0-9_-]{1,40}$/.test(c.e)))
  )
}

/** The claims of a genuine token; any truncated, altered or random input is refused, never thrown. */
export function verifyPassToken(
  publicKey: KeyObject,
  token: string,
): { ok: true; claims: PassClaims } | { ok: false; problem: TokenProblem } {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH)
    return { ok: false, problem: 'malformed' }
  const parts = token.trim().split('.')
  if (
    parts.length !== 3 ||
    parts[0] !== PREFIX ||
    !/^[A-Za-z0-9_-]+$/.test(parts[1]!) ||
    !/^[A-Za-z0-9_-]{86}$/.test(parts[2]!)
  ) {
    return { ok: false, problem: 'malformed' }
  }
  const [, body, signature] = parts as [string, string, string]
  const genuine = verify(
    null,
    Buffer.from(`${PREFIX}.${body}`),
    publicKey,
    Buffer.from(signature, 'base64url'),
  )
  if (!genuine) return { ok: false, problem: 'forged' }
  let claims: unknown
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return { ok: false, problem: 'malformed' }
  }
  return isClaims(claims) ? { ok: true, claims } : { ok: false, problem: 'malformed' }
}
