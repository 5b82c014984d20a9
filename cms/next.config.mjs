import { withPayload } from '@payloadcms/next/withPayload'

import { adminSecurityHeaders } from '../site/lib/securityHeaderValues.mjs'

/** The press office's admin: Payload's Next.js app. The public site is the Astro app in site/. */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Types are checked once for the whole tree by `npm run typecheck` (part of `npm test`).
  typescript: { ignoreBuildErrors: true },
  // Next looks for the app inside cms/, but its dependencies live in the root node_modules.
  outputFileTracingRoot: new URL('..', import.meta.url).pathname,
  turbopack: { root: new URL('..', import.meta.url).pathname },
  // Security headers on every admin and API answer: pages, /_next/static files, errors. The values
  // are the site's (site/lib/securityHeaderValues.mjs). A file route may send a stricter policy of
  // its own (applicant files: cms/lib/fileHeaders.ts). Methods: cms/proxy.ts.
  async headers() {
    return [{ source: '/:path*', headers: Object.entries(adminSecurityHeaders()).map(([key, value]) => ({ key, value })) }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
