import { getEnv } from '~/cms/env'

/**
 * The public address of a path on the site, from SITE_URL at run time (not Astro.site, which a
 * build would freeze): canonical links, feeds, the sitemap, OpenGraph and e-mails all use this.
 */
export function absoluteUrl(path: string): string {
  return new URL(path, getEnv().SITE_URL).toString()
}
