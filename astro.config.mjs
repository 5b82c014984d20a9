// @ts-check
import node from '@astrojs/node'
import { defineConfig } from 'astro/config'

import { precompress } from './site/serve/precompress.ts'

/**
 * The public site. It reads the CMS in-process through Payload's Local API (site/lib/cms), so it
 * keeps serving when the admin process is down. Vietnamese lives at /, English under /en/
 * (see site/middleware.ts).
 */
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist/site',
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  server: {
    port: Number(process.env.SITE_PORT ?? 4321),
    host: process.env.SITE_HOST ?? '127.0.0.1',
  },
  trailingSlash: 'ignore',
  security: {
    checkOrigin: true,
    // A policy header per page with the hashes of the scripts and styles Astro emits: nothing
    // inline runs unless it came from our build. Other answers: site/lib/securityHeaders.ts.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ],
    },
  },
  devToolbar: { enabled: false },
  // Styles and scripts go to hashed files under /_astro/ (cached a year, precompressed at build by
  // the integration below), not inline: the policy then names 'self' instead of a hash per block.
  // All styles are one file (cssCodeSplit off, about 7 KB compressed): a first visit waits for one
  // stylesheet, not one per component, and every later page has it cached. Every component's
  // style is scoped (no `is:global` outside global.css), so nothing leaks between pages.
  build: { inlineStylesheets: 'never' },
  integrations: [precompress()],
  vite: {
    build: { assetsInlineLimit: 0, cssCodeSplit: false },
    resolve: { alias: { '~': new URL('.', import.meta.url).pathname.replace(/\/$/, '') } },
    ssr: {
      // Payload and its database drivers stay in node_modules: they load native modules and files.
      external: [
        'payload',
        'sharp',
        '@libsql/client',
        'libsql',
        'mongoose',
        'mongodb',
        'drizzle-kit',
        'nodemailer',
      ],
    },
  },
})
