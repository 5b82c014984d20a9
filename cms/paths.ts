import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const PACKAGE_NAME = 'congress-press-portal'

/**
 * The project root, found by walking up from this module to our own package.json.
 * Bundlers (Next, Astro/Vite) move this code into build folders, and the processes start in
 * different working directories, so neither `cwd` nor a fixed relative path is reliable.
 */
function findRoot(): string {
  if (process.env.PORTAL_ROOT) return path.resolve(process.env.PORTAL_ROOT)
  const starts = [path.dirname(fileURLToPath(import.meta.url)), process.cwd()]
  for (const start of starts) {
    let dir = start
    while (true) {
      const pkg = path.join(dir, 'package.json')
      if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === PACKAGE_NAME) return dir
      const parent = path.dirname(dir)
      if (parent === dir) break
      dir = parent
    }
  }
  throw new Error(
    `Cannot find the project root (a package.json named ${PACKAGE_NAME}); set PORTAL_ROOT.`,
  )
}

export const ROOT = findRoot()

// Settings from ROOT/.env, read once by the first module every process loads. Variables that are
// already set in the environment win over the file.
const envFile = path.join(ROOT, '.env')
if (existsSync(envFile)) process.loadEnvFile(envFile)

export const CMS_DIR = path.join(ROOT, 'cms')
export const DATA_DIR = process.env.DATA_DIR
  ? path.resolve(ROOT, process.env.DATA_DIR)
  : path.join(ROOT, 'data')
export const MEDIA_DIR = process.env.MEDIA_DIR
  ? path.resolve(ROOT, process.env.MEDIA_DIR)
  : path.join(ROOT, 'media')
export const MAIL_DIR = path.join(DATA_DIR, 'mail')
/** Applicants' portraits and letters: never under media/, never served statically. */
export const APPLICANT_FILES_DIR = path.join(DATA_DIR, 'private', 'applicant-files')
export const SQLITE_FILE = path.join(DATA_DIR, 'portal.db')
export const SQLITE_MIGRATIONS_DIR = path.join(CMS_DIR, 'migrations', 'sqlite')
export const MONGODB_MIGRATIONS_DIR = path.join(CMS_DIR, 'migrations', 'mongodb')
export const IMPORT_MAP_FILE = path.join(CMS_DIR, 'app', '(payload)', 'admin', 'importMap.js')
export const TYPES_FILE = path.join(CMS_DIR, 'payload-types.ts')
/** Congress documents, press kit and release attachments: served only through access-checked routes. */
export const DOCUMENTS_DIR = path.join(DATA_DIR, 'private', 'documents')
/** Pool photographers' originals and previews: press-only, served only through access-checked routes. */
export const POOL_PHOTOS_DIR = path.join(DATA_DIR, 'private', 'pool-photos')
