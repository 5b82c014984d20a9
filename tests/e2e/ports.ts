/** Ports of the portal that the end-to-end tests start, away from a developer's running one. */
export const E2E_SITE_URL = 'http://localhost:4521'
export const E2E_CMS_URL = 'http://localhost:3521'
