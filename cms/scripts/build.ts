import './requireNode'

import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { ROOT } from '../paths'

type Target = { name: string; sources: string[]; output: string; command: string[] }

const SKIP = new Set(['node_modules', '.next', 'dist', 'data', 'media', '.astro'])

const TARGETS: Target[] = [
  {
    name: 'admin (Next.js)',
    sources: ['cms', 'package-lock.json'],
    output: 'cms/.next',
    command: ['next', 'build', 'cms'],
  },
  {
    name: 'site (Astro)',
    sources: ['site', 'cms', 'astro.config.mjs', 'package-lock.json'],
    output: 'dist/site',
    command: ['astro', 'build'],
  },
]

/**
 * A fingerprint of the sources (names, sizes, times): a build is redone only when they changed.
 * Nothing address-like is baked in: the site reads SITE_URL at run time (site/lib/absoluteUrl.ts).
 */
function fingerprint(sources: string[]): string {
  const hash = createHash('sha1')
  const walk = (entry: string) => {
    const full = path.join(ROOT, entry)
    if (!existsSync(full)) return
    const info = statSync(full)
    if (info.isDirectory()) {
      for (const child of readdirSync(full).sort())
        if (!SKIP.has(child)) walk(path.join(entry, child))
    } else {
      hash.update(`${entry}:${info.size}:${info.mtimeMs}\n`)
    }
  }
  sources.forEach(walk)
  return hash.digest('hex')
}

export function buildIfNeeded(force = false): void {
  for (const target of TARGETS) {
    const stamp = path.join(ROOT, target.output, '.portal-build')
    const print = fingerprint(target.sources)
    if (!force && existsSync(stamp) && readFileSync(stamp, 'utf8') === print) {
      console.log(`✓ ${target.name}: up to date`)
      continue
    }
    console.log(`… building ${target.name}`)
    const started = Date.now()
    const [bin, ...args] = target.command as [string, ...string[]]
    const result = spawnSync(bin, args, {
      cwd: ROOT,
      stdio: 'inherit',
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    })
    if (result.status !== 0)
      throw new Error(`Building the ${target.name} failed (exit ${result.status}).`)
    writeFileSync(stamp, print)
    console.log(`✓ ${target.name}: built in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    buildIfNeeded(process.argv.includes('--force'))
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}
