/**
 * Prints, as JSON, every REST route the Payload config serves: each collection and global (Payload's
 * internal ones included, as the sanitised config adds them) with its endpoints, and the root
 * endpoints. Run in a child process by tests/support/routes.ts, so the test runner never loads the
 * CMS itself; nothing connects to a database.
 */
export {}

process.env.PAYLOAD_SECRET ||= 'route-listing-only-secret-0123456789abcdef'

type Endpoint = { method: string; path: string }
type AnyConfig = {
  slug: string
  auth?: unknown
  upload?: unknown
  versions?: unknown
  endpoints?: Endpoint[] | false
}

const { default: configPromise } = await import('~/cms/payload.config')
const config = await configPromise
const endpoints = (entity: { endpoints?: Endpoint[] | false }) =>
  (entity.endpoints || []).map(({ method, path }) => ({ method: method.toUpperCase(), path }))
const listing = {
  collections: (config.collections as unknown as AnyConfig[]).map((collection) => ({
    slug: collection.slug,
    auth: Boolean(collection.auth),
    upload: Boolean(collection.upload),
    versions: Boolean(collection.versions),
    endpoints: endpoints(collection),
  })),
  globals: (config.globals as unknown as AnyConfig[]).map((global) => ({
    slug: global.slug,
    versions: Boolean(global.versions),
    endpoints: endpoints(global),
  })),
  endpoints: endpoints(config as unknown as { endpoints: Endpoint[] }),
}
process.stdout.write(`${JSON.stringify(listing)}\n`)
process.exit(0)
