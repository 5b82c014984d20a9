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
  // Security headers on every admin and API answer. The admin's own Next/React bootstrap is inline
  // script, so this policy cannot name script sources; it closes framing, plugins, <base> and
  // foreign form targets. HSTS is sent always: browsers ignore it over plain http (RFC 6797 8.1),
  // and behind the TLS proxy it holds.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'" },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
          { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
        ],
      },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
