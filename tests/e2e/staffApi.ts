import { type APIRequestContext, expect } from '@playwright/test'

import { DEMO_PASSWORD, DEMO_STAFF } from '~/cms/seed/users'
import { E2E_CMS_URL } from './ports'

type Playwright = { request: { newContext: (o?: object) => Promise<APIRequestContext> } }

export const staffEmail = (role: string) =>
  DEMO_STAFF.find((user) => user.roles.includes(role as never))!.email

/** A REST client signed in as a demo staff member: a fresh context carrying only the JWT, no cookie. */
export async function signIn(playwright: Playwright, email: string): Promise<APIRequestContext> {
  const login = await playwright.request.newContext()
  const response = await login.post(`${E2E_CMS_URL}/api/users/login`, {
    data: { email, password: DEMO_PASSWORD },
  })
  expect(response.status(), `login of ${email}`).toBe(200)
  const { token } = (await response.json()) as { token: string }
  await login.dispose()
  return playwright.request.newContext({ extraHTTPHeaders: { Authorization: `JWT ${token}` } })
}
