import type { PayloadRequest } from 'payload'

import { namePool } from '../pool/operations/namePool'
import { calendarEvents } from './calendar'

/**
 * Names the pool of today's press conference's pool-only session ("Phỏng vấn nhóm"), as an admin
 * would (forced: the seed may run after the session has started), so the demo journalist has a
 * pool turn to see. No e-mail: the seed sends none.
 */
export async function nameDemoPool(options: { req: PayloadRequest }): Promise<void> {
  const { req } = options
  const { payload } = req
  const find = { limit: 1, depth: 0, overrideAccess: true, req } as const
  const event = (
    await payload.find({
      collection: 'events',
      where: { slug: { equals: calendarEvents().briefing.shared.slug } },
      ...find,
    })
  ).docs[0]
  const [session, admin] = await Promise.all([
    payload
      .find({
        collection: 'sessions',
        where: { event: { equals: event?.id ?? -1 }, pressAccess: { equals: 'pool' } },
        ...find,
      })
      .then((found) => found.docs[0]),
    payload
      .find({ collection: 'users', where: { roles: { in: ['admin'] } }, ...find })
      .then((found) => found.docs[0]),
  ])
  if (!session || !admin) throw new Error('demo pool: session or admin missing')
  const previous = { user: req.user, context: req.context }
  req.user = { ...admin, collection: 'users' }
  req.context = { ...req.context, seeding: true }
  try {
    const named = await namePool(req, {
      session: session.id,
      quotas: { reporter: 2, photographer: 1, cameraOperator: 1, technician: 0 },
      force: true,
    })
    payload.logger.info(`Seed: named the pool of “${session.title}” (${named.members.length})`)
  } finally {
    req.user = previous.user
    req.context = previous.context
  }
}
