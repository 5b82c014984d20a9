import type { PayloadRequest } from 'payload'

import { inTransaction } from '~/cms/db/inTransaction'
import type { Pass } from '~/cms/payload-types'
import { PASS_NOTICE_CONTEXT } from '../notifyPassHolder'
import type { PassOperationOptions } from './issuePass'

/**
 * Revokes a pass (the holder is e-mailed, with the reason) (its version goes up, so every QR code printed so far is refused at the door), or
 * re-activates it, which only an approved request's pass may be. The rules themselves are applied
 * by the collection (enforcePassRules → cms/lib/passes/passChange), so an officer's REST call, a
 * bulk edit or a script gets exactly the same answer as this operation.
 */
export async function revokePass(
  req: PayloadRequest,
  input: { id: number | string; reason?: string | null },
  options: PassOperationOptions = {},
): Promise<Pass> {
  return writePass(
    req,
    input.id,
    { status: 'revoked', ...(input.reason !== undefined ? { revokedReason: input.reason } : {}) },
    options,
  )
}

export async function reactivatePass(
  req: PayloadRequest,
  input: { id: number | string; days?: string[] | null },
  options: PassOperationOptions = {},
): Promise<Pass> {
  return writePass(
    req,
    input.id,
    { status: 'active', ...(input.days ? { days: input.days } : {}) },
    options,
  )
}

/** One write to one pass, with the caller's own access unless the caller's hook has already decided. */
export async function writePass(
  req: PayloadRequest,
  id: number | string,
  data: Partial<Pass>,
  options: PassOperationOptions,
): Promise<Pass> {
  return inTransaction(req, (req) =>
    req.payload.update({
      collection: 'passes',
      id,
      data,
      depth: 0,
      req,
      overrideAccess: options.overrideAccess ?? false,
      user: req.user,
      // The holder's notice is queued by the collection (notifyPassHolder), in this transaction.
      context: { [PASS_NOTICE_CONTEXT]: options.notify !== false },
    }),
  )
}
