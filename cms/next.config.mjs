import { withPayload } from '@payloadcms/next/withPayload'

/** The press office's admin: Payload's Next.js app. The public site is the Astro app in site/. */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Types are checked once for the whole tree by `npm run typecheck` (part of `npm test`).
  typescript: { ignoreBuildErrors: true },
  // Next looks for the app inside cms/, but its dependencies live in the root node_modules.
  outputFileTracingRoot: new URL('..', import.meta.url).pathname,
  turbopack: { root: new URL('..', import.meta.url).pathname },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
