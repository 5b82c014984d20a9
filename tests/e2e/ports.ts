/**
 * Ports of the portal that the end-to-end tests start, away from a developer's running one.
 * E2E_PORT_OFFSET moves all of them (and the temp folder) so two checkouts can run at once.
 */
export const E2E_PORT_OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0) || 0
export const E2E_SITE_URL = `http://localhost:${4521 + E2E_PORT_OFFSET}`
export const E2E_CMS_URL = `http://localhost:${3521 + E2E_PORT_OFFSET}`
export const E2E_TEMP_NAME = E2E_PORT_OFFSET ? `portal-e2e-${E2E_PORT_OFFSET}` : 'portal-e2e'
