import type { PayloadRequest } from 'payload'

import type { Zone } from '~/cms/lib/passes/zones'
import type { Pass } from '~/cms/payload-types'
import type { PassOperationOptions } from './issuePass'
import { writePass } from './revokePass'

/**
 * Changes the days or zones a pass opens. A real change gives the pass a new version: QR codes
 * shown or printed before are refused at the door as "outdated".
 */
export async function changePass(
  req: PayloadRequest,
  input: { id: number | string; days?: string[]; zones?: Zone[] },
  options: PassOperationOptions = {},
): Promise<Pass> {
  return writePass(
    req,
    input.id,
    { ...(input.days ? { days: input.days } : {}), ...(input.zones ? { zones: input.zones } : {}) },
    options,
  )
}
