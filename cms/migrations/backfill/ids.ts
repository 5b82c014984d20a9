import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { CounterName } from '~/cms/db/nextNumber'

/** Each counter and the field whose highest value it starts from. */
const COUNTERS: { name: CounterName; collection: CollectionSlug; field: string }[] = [
  { name: 'reference', collection: 'accreditation-requests', field: 'referenceNumber' },
  { name: 'press-release', collection: 'press-releases', field: 'number' },
]

/**
 * Starts every counter at the highest number already in use, so the next one handed out is new.
 * Never moves a counter back. Local API only: serves SQLite and MongoDB alike.
 */
export async function backfillIds({
  payload,
  req,
}: {
  payload: Payload
  req: PayloadRequest
}): Promise<void> {
  for (const { name, collection, field } of COUNTERS) {
    const { docs } = await payload.find({
      collection,
      sort: `-${field}`,
      limit: 1,
      depth: 0,
      pagination: false,
      draft: true,
      select: { [field]: true },
      overrideAccess: true,
      req,
    })
    const highest = Number((docs[0] as Record<string, unknown> | undefined)?.[field] ?? 0) || 0
    const existing = await payload.find({
      collection: 'counters',
      where: { name: { equals: name } },
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const counter = existing.docs[0]
    if (!counter) {
      await payload.create({
        collection: 'counters',
        data: { name, value: highest },
        overrideAccess: true,
        req,
      })
    } else if (counter.value < highest) {
      await payload.update({
        collection: 'counters',
        id: counter.id,
        data: { value: highest },
        overrideAccess: true,
        req,
      })
    }
    payload.logger.info(`Counter ${name} starts after ${Math.max(highest, counter?.value ?? 0)}.`)
  }
}
