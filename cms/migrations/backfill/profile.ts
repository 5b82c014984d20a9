import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { profileFrom, storedApplication } from '~/cms/profile/profileFromApplication'

/**
 * Press accounts opened before accounts kept a profile: fill it from the account's own
 * (approved) application, as an approval now does, and date each stored file by its upload.
 * Local API only (SQLite and MongoDB alike). `keepProfile` stays unanswered: the journalist is
 * asked on /press/.
 */
export async function backfillProfile({
  payload,
  req: given,
}: {
  payload: Payload
  req?: PayloadRequest
}): Promise<{ profiles: number; files: number }> {
  const req = given ?? (await createLocalReq({}, payload))
  const system = { depth: 0, pagination: false, overrideAccess: true, req } as const
  const files = await payload.find({
    collection: 'applicant-files',
    where: { takenAt: { exists: false } },
    ...system,
    select: { createdAt: true },
  })
  for (const file of files.docs)
    await payload.update({
      collection: 'applicant-files',
      id: file.id,
      data: { takenAt: file.createdAt },
      ...system,
      context: { seeding: true },
    })
  const { docs } = await payload.find({
    collection: 'journalists',
    where: { idNumber: { exists: false } },
    ...system,
    select: { request: true },
  })
  let profiles = 0
  for (const account of docs) {
    const requestId = account.request ? extractID(account.request) : null
    const application = requestId ? await storedApplication(req, requestId).catch(() => null) : null
    if (!application) continue
    await payload.update({
      collection: 'journalists',
      id: account.id,
      data: await profileFrom(req, application),
      ...system,
      context: { seeding: true },
    })
    profiles += 1
  }
  return { profiles, files: files.docs.length }
}
