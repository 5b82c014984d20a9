import { withPayload } from '@payloadcms/next/withPayload'

import { adminSecurityHeaders, INERT_FILE_CSP } from './lib/securityHeaders.mjs'

/** The press office's admin: Payload's Next.js app. The public site is the Astro app in site/. */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Types are checked once for the whole tree by `npm run typecheck` (part of `npm test`).
  typescript: { ignoreBuildErrors: true },
  // Next looks for the app inside cms/, but its dependencies live in the root node_modules.
  outputFileTracingRoot: new URL('..', import.meta.url).pathname,
  turbopack: { root: new URL('..', import.meta.url).pathname },
  // Security headers on every admin and API answer: pages, /_next/static files, errors, from the
  // table the site uses too (lib/securityHeaders.mjs). Next's headers replace a route's own, so
  // applicant files get their sandboxing policy here as well as from their collection
  // (lib/fileHeaders.ts). Unknown methods: serve/index.ts.
  async headers() {
    const { 'Content-Security-Policy': policy, ...others } = adminSecurityHeaders()
    const list = (headers) => Object.entries(headers).map(([key, value]) => ({ key, value }))
    return [
      { source: '/:path*', headers: list(others) },
      {
        source: '/:path((?!api/applicant-files/file/).*)',
        headers: list({ 'Content-Security-Policy': policy }),
      },
      {
        source: '/api/applicant-files/file/:name*',
        headers: list({ 'Content-Security-Policy': INERT_FILE_CSP }),
      },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
