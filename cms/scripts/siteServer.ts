/**
 * The site process: Astro's built handler behind the public response cache (site/serve/), as
 * SITE_PROCESSES workers sharing one port when that is more than 1 (site/serve/main.ts).
 */
export const SITE_SERVER = ['--import', 'tsx', 'site/serve/main.ts']

/** The admin process: Payload's Next app behind a server that refuses unknown methods (cms/serve/). */
export const ADMIN_SERVER = ['--import', 'tsx', 'cms/serve/index.ts']
