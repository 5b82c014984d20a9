import type { PayloadRequest } from 'payload'

import type { OfflineCheckInData } from '~/cms/lib/passes/admission'
import { canCheckIn } from '~/cms/lib/roles'
import { localDate, now } from '~/cms/lib/time'
import { loadPassKeys } from '~/cms/passKeys'
import { passRefusal } from '~/cms/passes/refusals'
import { daySessions, resolveList } from '../checkInList'
import { poolSizes } from './readSessionAccess'
import { reentryZones } from '../checkInRules'

/**
 * What a scanner phone keeps for a network loss, for the check-in staff member in `req.user`, for
 * ONE list's event (today's, or the day an admin opened on purpose): the public key, the event (and
 * the first event, whom QR codes without an event claim belong to), each of that event's passes
 * (serial, number, version, status, days and zones: the revocation list), its admissions so far and
 * the zones open to re-entry, and the day's sessions with their press access and pools. No names, no photos, nothing of another event: its passes are refused
 * offline by their signed event claim alone.
 */
export async function readOfflineData(
  req: PayloadRequest,
  input: { event?: number | string | null; day?: string; grant?: string | null } = {},
): Promise<OfflineCheckInData> {
  if (!canCheckIn(req.user)) throw passRefusal(req, 'not-checkin-staff')
  const { payload } = req
  const day = input.day ?? localDate(now())
  const list = await resolveList(req, {
    event: input.event,
    day,
    grant: input.grant,
  }).catch(() => null)
  const base = {
    publicKeyPem: loadPassKeys().publicKeyPem,
    event: list ? String(list.event.id) : null,
    firstEvent: list?.firstEvent ?? null,
    passPrefix: list?.event.passPrefix ?? null,
    day,
  }
  if (!list)
    return { ...base, passes: [], admissions: [], admittedAt: {}, reentryZones: [], sessions: [] }
  const sessions = await daySessions(req, { event: list.event.id, day })
  const [passes, admissions, reentry, pools] = await Promise.all([
    payload.find({
      collection: 'passes',
      where: { and: [{ serial: { exists: true } }, { event: { equals: list.event.id } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: {
        serial: true,
        passNumber: true,
        version: true,
        status: true,
        days: true,
        zones: true,
      },
    }),
    payload.find({
      collection: 'check-ins',
      where: {
        and: [{ admissionKey: { exists: true } }, { event: { equals: list.event.id } }],
      },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { admissionKey: true, scannedAt: true },
    }),
    reentryZones(payload),
    poolSizes(
      req,
      sessions.map((session) => session.id),
    ),
  ])
  return {
    ...base,
    passes: passes.docs.flatMap((pass) =>
      pass.serial
        ? [
            {
              serial: pass.serial,
              passNumber: pass.passNumber,
              version: pass.version,
              revoked: pass.status === 'revoked',
              days: pass.days ?? [],
              zones: pass.zones ?? [],
            },
          ]
        : [],
    ),
    admissions: admissions.docs.map((doc) => doc.admissionKey ?? '').filter(Boolean),
    admittedAt: Object.fromEntries(
      admissions.docs.flatMap((doc) =>
        doc.admissionKey ? [[doc.admissionKey, doc.scannedAt]] : [],
      ),
    ),
    reentryZones: reentry,
    // The day's sessions: their access and pools, so an offline scan decides as the server would.
    sessions: sessions.map((session) => ({
      id: String(session.id),
      title: session.title,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      access: session.pressAccess,
      accessChangedAt: session.pressAccessChangedAt ?? null,
      pool: pools.get(String(session.id)) ?? [],
    })),
  }
}
