import type { PayloadRequest } from 'payload'

import type { Counter } from '../payload-types'

/** The counters kept in the `counters` collection. */
export type CounterName =
  'reference' | `reference:${string | number}` | 'press-release' | 'live-updates'

/**
 * The next number of a counter that never goes back: deleting the newest record does not free its
 * number (max(number)+1 would hand it out again, and an old reference code or pass number would
 * name a new person). One atomic increment in the caller's transaction: on SQLite the write
 * transaction holds the lock, on MongoDB `$inc` is atomic on the document. A write that rolls
 * back gives its number back with it, so numbers stay gap-free unless a record is deleted.
 *
 * `atLeast` is the highest number already in use: the counter first moves up to it (never down),
 * so a database whose counter was never filled (or records imported by hand) cannot collide.
 */
export async function nextNumber(
  req: PayloadRequest,
  name: CounterName,
  atLeast = 0,
): Promise<number> {
  const { db } = req.payload
  const byName = { name: { equals: name } }
  if (atLeast > 0) {
    await db.updateOne({
      collection: 'counters',
      where: { and: [byName, { value: { less_than: atLeast } }] },
      data: { value: atLeast },
      req,
      returning: false,
    })
  }
  const raised = (await db.updateOne({
    collection: 'counters',
    where: byName,
    data: { value: { $inc: 1 } },
    req,
  })) as unknown as Counter | null
  if (raised) return raised.value
  const created = (await db.create({
    collection: 'counters',
    data: { name, value: atLeast + 1 },
    req,
  })) as unknown as Counter
  return created.value
}
