import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Every route of the portal, generated from the code rather than listed by hand: the REST routes
 * from the Payload config (each collection and global, Payload's internal ones included, with the
 * endpoints the sanitised config gives them) and the site's routes from its `site/pages` tree.
 * A new collection, global, endpoint or page shows up here by itself; the attack matrix fails
 * until tests/support/routesExpectations.ts says who may use it.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const SITE_PAGES_DIR = path.join(ROOT, 'site', 'pages')

export type Endpoint = { method: string; path: string }
export type RestCollection = {
  slug: string
  auth: boolean
  upload: boolean
  versions: boolean
  endpoints: Endpoint[]
}
export type RestGlobal = { slug: string; versions: boolean; endpoints: Endpoint[] }
export type RestListing = {
  collections: RestCollection[]
  globals: RestGlobal[]
  endpoints: Endpoint[]
}

let listing: RestListing | undefined

/**
 * The REST surface of the Payload config (read in a child process, so the CMS never loads here).
 * Read once per test run: Playwright's workers share the runner's copy (a new worker starts after
 * every failed test, and reading the config takes seconds).
 */
export function restListing(): RestListing {
  if (listing) return listing
  const runner = process.env.TEST_WORKER_INDEX === undefined ? process.pid : process.ppid
  const cache = path.join(tmpdir(), `attack-matrix-routes-${runner}.json`)
  if (existsSync(cache)) return (listing = JSON.parse(readFileSync(cache, 'utf8')) as RestListing)
  listing = JSON.parse(
    execFileSync(
      path.join(ROOT, 'node_modules', '.bin', 'tsx'),
      [path.join(ROOT, 'tests', 'support', 'routesFromConfig.ts')],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: {
          ...process.env,
          NODE_ENV: 'development',
          PAYLOAD_SECRET: 'route-listing-only-secret-0123456789abcdef',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
        timeout: 60_000,
      },
    )
      .trim()
      .split('\n')
      .pop()!,
  ) as RestListing
  writeFileSync(cache, JSON.stringify(listing))
  return listing
}

/** The operations of the expectation table (the list), and what each REST endpoint is. */
export const TABLE_OPS = ['list', 'read', 'create', 'update', 'delete', 'versions', 'file'] as const
export type TableOp = (typeof TABLE_OPS)[number]

/** Payload's own collection endpoints: each one is judged by the table row of its operation. */
export const COLLECTION_DEFAULTS: Record<string, { op: TableOp | 'access'; kind: string }> = {
  'GET /': { op: 'list', kind: 'list' },
  'GET /count': { op: 'list', kind: 'count' },
  'GET /:id': { op: 'read', kind: 'read' },
  'POST /': { op: 'create', kind: 'create' },
  'POST /:id/duplicate': { op: 'create', kind: 'duplicate' },
  'PATCH /:id': { op: 'update', kind: 'update' },
  'PATCH /': { op: 'update', kind: 'bulk-update' },
  'DELETE /:id': { op: 'delete', kind: 'delete' },
  'DELETE /': { op: 'delete', kind: 'bulk-delete' },
  'GET /versions': { op: 'versions', kind: 'versions' },
  'GET /versions/:id': { op: 'versions', kind: 'version' },
  'POST /versions/:id': { op: 'update', kind: 'restore-version' },
  'GET /file/:filename': { op: 'file', kind: 'file' },
  'GET /paste-url/:id?': { op: 'create', kind: 'paste-url' },
  'POST /access/:id?': { op: 'access', kind: 'access' },
}

export const GLOBAL_DEFAULTS: Record<string, { op: TableOp | 'access'; kind: string }> = {
  'GET /': { op: 'read', kind: 'read' },
  'POST /': { op: 'update', kind: 'update' },
  'GET /versions': { op: 'versions', kind: 'versions' },
  'GET /versions/:id': { op: 'versions', kind: 'version' },
  'POST /versions/:id': { op: 'update', kind: 'restore-version' },
  'POST /access': { op: 'access', kind: 'access' },
}

/** The endpoints Payload adds to every auth collection. */
export const AUTH_ENDPOINTS = [
  'POST /forgot-password',
  'GET /init',
  'POST /login',
  'POST /logout',
  'GET /me',
  'POST /refresh-token',
  'POST /first-register',
  'POST /reset-password',
  'POST /unlock',
  'POST /verify/:id',
] as const

export const endpointKey = (endpoint: Endpoint) =>
  `${endpoint.method.toUpperCase()} ${endpoint.path}`

/** One page or endpoint file of the site: its address pattern and the methods it answers. */
export type SitePage = { file: string; pattern: string; methods: string[] }

/** The site's routes, from the files under site/pages (Astro's file-based routing). */
export function sitePages(dir = SITE_PAGES_DIR): SitePage[] {
  const pages: SitePage[] = []
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.(astro|ts|js|mjs|md|mdx|html)$/.test(entry.name) && !entry.name.startsWith('_')) {
        const file = path.relative(dir, full).split(path.sep).join('/')
        const source = readFileSync(full, 'utf8')
        const route = file
          .replace(/\.(astro|ts|js|mjs|md|mdx|html)$/, '')
          .replace(/(^|\/)index$/, '')
        let methods: string[]
        if (file.endsWith('.astro'))
          methods = /Astro\.request\.method\s*===?\s*['"]POST['"]/.test(source)
            ? ['GET', 'POST']
            : ['GET']
        else
          methods = [
            ...source.matchAll(
              /export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE|ALL)\b/g,
            ),
          ].map((m) => m[1]!)
        pages.push({
          file,
          pattern: `/${route}${route && !/\.[a-z]+$/.test(route) && file.endsWith('.astro') ? '/' : ''}`,
          methods,
        })
      }
    }
  }
  walk(dir)
  return pages
}
