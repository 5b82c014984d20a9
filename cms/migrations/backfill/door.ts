import type { Payload, PayloadRequest } from 'payload'

import { admissionKey } from '~/cms/lib/passes/admission'
import { newPassSerial } from '~/cms/lib/passes/serial'

/**
 * Issue 11 (never-reused identifiers): every pass gets its random serial, and every check-in the
 * serial of its pass, its admission key re-keyed from `<pass id>:<day>:<zone>` to
 * `<serial>:<day>:<zone>`. Local API only, so it serves SQLite and MongoDB alike.
 *
 * The rows are written through the adapter and return nothing: no hook re-runs, and nothing is
 * read back through the current config, whose later columns (e.g. `event`) a database this old
 * does not have yet.
 *
 * QR codes shown or printed before this named the pass's row id: they are refused at the door from
 * now on ("not recognised"); holders see the new code on their phone pass and badge at once.
 */
export async function backfillDoor({
  payload,
  req,
}: {
  payload: Payload
  req: PayloadRequest
}): Promise<void> {
  const system = { overrideAccess: true, depth: 0, req } as const
  const passes = await payload.find({
    collection: 'passes',
    ...system,
    pagination: false,
    select: { serial: true },
  })
  const serials = new Map<string, string>()
  for (const pass of passes.docs) {
    let serial = pass.serial
    if (!serial) {
      serial = newPassSerial()
      await payload.db.updateOne({
        collection: 'passes',
        id: pass.id,
        data: { serial },
        req,
        returning: false,
      })
    }
    serials.set(String(pass.id), serial)
  }
  const checkIns = await payload.find({
    collection: 'check-ins',
    ...system,
    pagination: false,
    where: { pass: { exists: true } },
    select: { pass: true, passSerial: true, day: true, zone: true, admissionKey: true },
  })
  for (const checkIn of checkIns.docs) {
    const serial = serials.get(String(checkIn.pass))
    if (!serial || checkIn.passSerial === serial) continue
    await payload.db.updateOne({
      collection: 'check-ins',
      id: checkIn.id,
      data: {
        passSerial: serial,
        // Only where there is one: MongoDB's unique index (sparse) counts every stored null.
        ...(checkIn.admissionKey
          ? { admissionKey: admissionKey(serial, checkIn.day, checkIn.zone) }
          : {}),
      },
      req,
      returning: false,
    })
  }
}
