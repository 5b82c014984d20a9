import type { Payload, Where } from 'payload'

import { type PassClaims, type TokenProblem, verifyPassToken } from '~/cms/lib/passes/passToken'
import { readTypedPassNumber } from '~/cms/lib/passes/passNumber'
import { loadPassKeys } from '~/cms/passKeys'
import type { Pass } from '~/cms/payload-types'

/** What the door reads of a pass: enough to decide, log and name its holder, nothing more. */
export type PassAtDoor = Pick<
  Pass,
  'id' | 'event' | 'passNumber' | 'request' | 'version' | 'status' | 'serial' | 'days' | 'zones'
>

export type ScannedPass = {
  pass: PassAtDoor | null
  serial: string | null
  /** The pass's event (its id), as stored. */
  passEvent: string | null
  /** The pass number when staff typed one by hand; null for a QR code. */
  typedNumber: string | null
  /** The signed claims (or, for a number typed by hand, the pass as it is now), or why there are none. */
  claims: { ok: true; claims: PassClaims } | { ok: false; problem: TokenProblem } | null
}

const PASS_FIELDS = {
  event: true,
  passNumber: true,
  request: true,
  version: true,
  status: true,
  serial: true,
  days: true,
  zones: true,
} as const

export const idOf = (ref: Pass['event'] | undefined): string | null =>
  ref == null ? null : String(typeof ref === 'object' ? ref.id : ref)

/**
 * The pass a scanned code names: a signed QR code by its serial (after checking the signature), a
 * number typed by hand (any form readTypedPassNumber reads) by its number. Two events may share a
 * pass prefix: a typed number is the list's event's pass if it has one. One indexed read.
 */
export async function findScannedPass(
  payload: Payload,
  code: string,
  list: { event: string; passPrefix?: string | null },
): Promise<ScannedPass> {
  const typed = readTypedPassNumber(code, list.passPrefix)
  const token = typed ? null : verifyPassToken(loadPassKeys().publicKey, code)
  const where: Where | null = typed
    ? { passNumber: { equals: typed.passNumber } }
    : token?.ok
      ? { serial: { equals: token.claims.p } }
      : null
  const found = where
    ? ((
        await payload.find({
          collection: 'passes',
          where,
          limit: 10,
          pagination: false,
          depth: 0,
          overrideAccess: true,
          select: PASS_FIELDS,
        })
      ).docs as PassAtDoor[])
    : []
  const pass = found.find((p) => idOf(p.event) === list.event) ?? found[0] ?? null
  const serial = pass?.serial ?? null
  const passEvent = pass ? idOf(pass.event) : null
  // A number typed by hand stands for the pass as it is now: same checks, current version, its event.
  const claims =
    typed && pass && serial
      ? {
          ok: true as const,
          claims: {
            p: serial,
            v: pass.version,
            d: pass.days ?? [],
            z: pass.zones ?? [],
            e: passEvent ?? undefined,
          },
        }
      : token
  return { pass, serial, passEvent, typedNumber: typed?.passNumber ?? null, claims }
}
