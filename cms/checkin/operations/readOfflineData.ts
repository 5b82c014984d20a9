import type { PayloadRequest } from 'payload'

import type { OfflineCheckInData } from '~/cms/lib/passes/admission'
import { canCheckIn } from '~/cms/lib/roles'
import { loadPassKeys } from '~/cms/passKeys'
import { passRefusal } from '~/cms/passes/refusals'
import { reentryZones } from './recordScan'

/**
 * What a scanner phone keeps for a network loss, for the check-in staff member in `req.user`: the
 * public key, each pass's serial, current version and status (the revocation list), the admissions
 * so far and the lists open to re-entry. No names, no photos.
 */
export async function readOfflineData(req: PayloadRequest): Promise<OfflineCheckInData> {
  if (!canCheckIn(req.user)) throw passRefusal(req, 'not-checkin-staff')
  const { payload } = req
  const [passes, admissions, reentry] = await Promise.all([
    payload.find({
      collection: 'passes',
      where: { serial: { exists: true } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { serial: true, version: true, status: true },
    }),
    payload.find({
      collection: 'check-ins',
      where: { admissionKey: { exists: true } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { admissionKey: true },
    }),
    reentryZones(payload),
  ])
  return {
    publicKeyPem: loadPassKeys().publicKeyPem,
    passes: passes.docs.flatMap((pass) =>
      pass.serial
        ? [{ serial: pass.serial, version: pass.version, revoked: pass.status === 'revoked' }]
        : [],
    ),
    admissions: admissions.docs.map((doc) => doc.admissionKey ?? '').filter(Boolean),
    reentryZones: reentry,
  }
}
