import {
  type Access,
  type CollectionBeforeChangeHook,
  type CollectionConfig,
  type Endpoint,
  Forbidden,
  type PayloadRequest,
  type SanitizedConfig,
  type Where,
} from 'payload'

import { extractID } from 'payload/shared'

import { canUseAdminPanel, hasRole } from '../lib/roles'

/**
 * Payload adds its own collections when it builds the config: document locks, admin preferences,
 * jobs and migrations. Their defaults let ANY signed-in account in, press accounts included (a
 * journalist could lock their own pass in an officer's name and so block its revocation, or fill
 * the preferences table). Payload offers no option for them, so the portal tightens them on the
 * built config:
 *
 * - `payload-locked-documents`: staff who work in the admin only; a lock is always in the name of
 *   whoever takes it, and only on a document or global they may edit; a non-admin removes only
 *   their own locks.
 * - `payload-preferences`: staff who work in the admin, each their own (its `/:key` endpoints,
 *   which skip collection access, included).
 * - `payload-jobs` and `payload-migrations`: nobody through the API (jobs run in the server; the
 *   `/run` endpoint is admin-only through `jobs.access` in payload.config.ts). Migrations have no
 *   route at all: 404, not Payload's 501 for a collection without endpoints.
 * - Version history: a collection or global WITHOUT versions still gets Payload's default
 *   `readVersions` (any signed-in account), and `/api/<slug>/versions` then fails with a 500 on a
 *   table that does not exist: nobody may read versions that do not exist. Versioned ones declare
 *   their own `readVersions` (content staff for news, releases and galleries).
 */
const adminPanel: Access = ({ req: { user } }) => canUseAdminPanel(user)
const nobody: Access = () => false

const ownRows: Access = ({ req: { user } }) => {
  if (!user || !canUseAdminPanel(user)) return false
  const own: Where[] = [
    { 'user.value': { equals: user.id } },
    { 'user.relationTo': { equals: user.collection } },
  ]
  return { and: own }
}

/**
 * Deleting a preference answers with a boolean, not a query: Payload's delete with a query on the
 * polymorphic `user` relation fails on SQLite (a 500 for everyone), its reads do not.
 */
const ownRowById: Access = async ({ req, id }) => {
  const user = req.user
  if (!user || !canUseAdminPanel(user) || id === undefined) return false
  const row = await req.payload
    .findByID({
      collection: 'payload-preferences',
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    .catch(() => null)
  const owner = row?.user as { relationTo?: string; value?: unknown } | undefined
  return owner?.relationTo === user.collection && extractID(owner.value as never) === user.id
}

/** `DELETE /api/payload-preferences/:key` the same way: found by a read, deleted by its id. */
const deleteOwnPreference: Endpoint = {
  path: '/:key',
  method: 'delete',
  handler: async (req) => {
    const user = req.user!
    const key = String(req.routeParams?.key ?? '')
    const where: Where = {
      and: [
        { key: { equals: key } },
        { 'user.value': { equals: user.id } },
        { 'user.relationTo': { equals: user.collection } },
      ],
    }
    const found = await req.payload.find({
      collection: 'payload-preferences',
      where,
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const row = found.docs[0]
    if (!row)
      return Response.json({ errors: [{ message: req.t('general:notFound') }] }, { status: 404 })
    await req.payload.delete({
      collection: 'payload-preferences',
      id: row.id,
      overrideAccess: true,
      req,
    })
    return Response.json({ message: req.t('general:deletedSuccessfully') }, { status: 200 })
  },
}

const ownLockUnlessAdmin: Access = (args) =>
  hasRole(args.req.user, 'admin') ? true : ownRows(args)

type Lock = {
  document?: { relationTo: string; value: number | string | { id: number | string } } | null
  globalSlug?: string | null
}

/** Whether the caller may edit what the lock is on: a lock is a write, and blocks others' writes. */
async function mayEdit(req: PayloadRequest, lock: Lock): Promise<boolean> {
  if (lock.document?.relationTo) {
    const collection =
      req.payload.collections[lock.document.relationTo as keyof typeof req.payload.collections]
    if (!collection) return false
    const value = lock.document.value
    const id = extractID(value)
    const update = collection.config.access.update
    return Boolean(await update({ req, id, data: {} } as never))
  }
  if (lock.globalSlug) {
    const global = req.payload.config.globals.find((g) => g.slug === lock.globalSlug)
    return Boolean(global && (await global.access.update({ req, data: {} } as never)))
  }
  return false
}

const lockInOwnName: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  // The server's own writes (no signed-in caller, access overridden) are left as they are.
  if (!req.user) return data
  const lock = {
    document: data.document ?? originalDoc?.document,
    globalSlug: data.globalSlug ?? originalDoc?.globalSlug,
  } as Lock
  if (!(await mayEdit(req, lock))) throw new Forbidden(req.t)
  return { ...data, user: { relationTo: req.user.collection, value: req.user.id } }
}

/** Answers a custom endpoint's caller who may not use it the way Payload answers a refused read. */
function guarded(endpoint: Endpoint): Endpoint {
  const handler = endpoint.handler
  return {
    ...endpoint,
    handler: async (req) =>
      canUseAdminPanel(req.user)
        ? handler(req)
        : Response.json(
            { errors: [{ message: req.t('error:unauthorized') }] },
            { status: req.user ? 403 : 401 },
          ),
  }
}

const notFound: Endpoint['handler'] = (req) =>
  Response.json({ errors: [{ message: req.t('general:notFound') }] }, { status: 404 })

/** Routes Payload adds that mean nothing for this collection: they answer 404, never a 500. */
function answerNotFound(
  collection: CollectionConfig,
  which: (endpoint: Endpoint) => boolean,
): void {
  if (Array.isArray(collection.endpoints))
    collection.endpoints = collection.endpoints.map((endpoint) =>
      which(endpoint) ? { ...endpoint, handler: notFound } : endpoint,
    )
}

function tighten(
  collection: CollectionConfig | undefined,
  change: (collection: CollectionConfig) => void,
): void {
  if (collection) change(collection)
}

export function secureInternalCollections(config: SanitizedConfig): SanitizedConfig {
  const bySlug = (slug: string) =>
    config.collections.find((collection) => collection.slug === slug) as
      CollectionConfig | undefined
  tighten(bySlug('payload-locked-documents'), (collection) => {
    collection.access = {
      ...collection.access,
      read: adminPanel,
      create: adminPanel,
      update: adminPanel,
      delete: ownLockUnlessAdmin,
      readVersions: nobody,
    }
    collection.hooks = {
      ...collection.hooks,
      beforeChange: [...(collection.hooks?.beforeChange ?? []), lockInOwnName],
    }
  })
  tighten(bySlug('payload-preferences'), (collection) => {
    collection.access = {
      ...collection.access,
      read: ownRows,
      create: adminPanel,
      update: ownRows,
      delete: ownRowById,
    }
    if (Array.isArray(collection.endpoints)) {
      // In its place: the /:key routes come before the collection's own /:id routes.
      collection.endpoints = collection.endpoints
        .map((endpoint) =>
          endpoint.path === '/:key' && endpoint.method === 'delete'
            ? deleteOwnPreference
            : endpoint,
        )
        .map(guarded)
    }
  })
  for (const slug of ['payload-jobs', 'payload-migrations']) {
    tighten(bySlug(slug), (collection) => {
      collection.access = {
        ...collection.access,
        read: nobody,
        create: nobody,
        update: nobody,
        delete: nobody,
        readVersions: nobody,
      }
    })
  }
  tighten(bySlug('payload-migrations'), (collection) => {
    collection.endpoints = []
  })
  // Without scheduled tasks, Payload's `/handle-schedules` answers even an admin with a 500.
  tighten(bySlug('payload-jobs'), (collection) => {
    if (!config.jobs.scheduling && Array.isArray(collection.endpoints))
      collection.endpoints = collection.endpoints.filter(
        (endpoint) => endpoint.path !== '/handle-schedules',
      )
  })
  for (const collection of config.collections) {
    if (collection.versions) continue
    collection.access.readVersions = nobody
    // Restoring a version that cannot exist answered a 500 to everyone. The routes stay (so
    // `/versions` is never read as a document id) and answer 404.
    answerNotFound(collection, (endpoint) => endpoint.path.startsWith('/versions'))
  }
  // Nobody verifies an e-mail address here (no `auth.verify`): Payload's /verify/:id answered 500.
  for (const collection of config.collections) {
    const auth = collection.auth as { verify?: unknown } | undefined
    if (auth && !auth.verify)
      answerNotFound(collection, (endpoint) => endpoint.path === '/verify/:id')
  }
  for (const global of config.globals) {
    if (global.versions) continue
    global.access.readVersions = nobody
    // Restoring a version of a global without versions: 404 too, never a 403 that implies it exists.
    if (Array.isArray(global.endpoints))
      global.endpoints = global.endpoints.map((endpoint) =>
        endpoint.path.startsWith('/versions') ? { ...endpoint, handler: notFound } : endpoint,
      )
  }
  return config
}
