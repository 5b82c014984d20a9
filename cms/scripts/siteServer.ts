/** The site process: Astro's built handler behind the public response cache (site/serve/). */
export const SITE_SERVER = ['--import', 'tsx', 'site/serve/index.ts']
