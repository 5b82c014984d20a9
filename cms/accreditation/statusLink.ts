import type { Payload, PayloadRequest } from 'payload'

import { getEnv } from '../env'
import {
  createStatusToken,
  readStatusToken,
  sameStatusSecret,
} from '../lib/accreditation/statusToken'

/**
 * The status link of a request. Its record secret is hidden from every API caller, so it is read
 * here with access overridden, and only its token leaves this module.
 */
export async function statusTokenFor(
  payload: Payload,
  requestId: number | string,
  req?: PayloadRequest,
): Promise<string> {
  const doc = await payload.findByID({
    collection: 'accreditation-requests',
    id: requestId,
    depth: 0,
    select: { statusSecret: true },
    overrideAccess: true,
    req,
  })
  return createStatusToken(getEnv().PAYLOAD_SECRET, requestId, doc.statusSecret ?? '')
}

/**
 * The id of the request a status link was made for, or null for a forged, altered or stale link
 * (a request deleted, or its id given to another request: the stored secret no longer matches).
 */
export async function requestIdFromStatusToken(
  payload: Payload,
  token: string,
): Promise<string | null> {
  const read = readStatusToken(getEnv().PAYLOAD_SECRET, token)
  if (!read) return null
  const doc = await payload
    .findByID({
      collection: 'accreditation-requests',
      id: read.id,
      depth: 0,
      select: { statusSecret: true },
      overrideAccess: true,
      disableErrors: true,
    })
    .catch(() => null)
  return doc && sameStatusSecret(doc.statusSecret, read.recordSecret) ? read.id : null
}
