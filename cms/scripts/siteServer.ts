/** The site process: Astro's built handler behind the public response cache (site/serve/). */
export const SITE_SERVER = ['--import', 'tsx', 'site/serve/index.ts']

/** The admin process: Payload's Next app behind a server that refuses unknown methods (cms/serve/). */
export const ADMIN_SERVER = ['--import', 'tsx', 'cms/serve/index.ts']
