import { type APIRequestContext, expect } from '@playwright/test'

import { localDate } from '~/cms/lib/time'
import { DEMO_JOURNALIST_EMAIL, DEMO_PASSWORD } from '~/cms/seed/users'
import { decodeQrSvg } from '../support/decodeQr'
import { minimalPdf, portraitJpeg } from '../support/sampleFiles'
import { staffEmail } from './journalists'
import { statusLinkIn, waitForMail } from './mailbox'
import { E2E_CMS_URL as CMS, E2E_SITE_URL as SITE } from './ports'

/**
 * Passes for the door's end-to-end tests, on the real clock: the seed's press conference is today,
 * so an application through the site's form (which offers the featured event's days to come) for
 * today, approved by the officer through REST, is a pass valid at today's list.
 */
export async function passForToday(request: APIRequestContext, fullName = 'Võ Thị Cửa Vào') {
  const suffix = String(Date.now() % 100_000).padStart(5, '0')
  const email = `door.${suffix}@example.vn`
  const posted = await request.post(`${SITE}/accreditation/`, {
    headers: { Origin: SITE, Accept: 'application/json' },
    multipart: {
      fullName,
      dateOfBirth: '1990-05-20',
      nationality: 'VN',
      idType: 'cccd',
      idNumber: `0961900${suffix}`,
      outlet: 'other',
      outletOther: 'Báo Thử Cửa',
      role: 'photographer',
      days: localDate(),
      email,
      phone: '+84 912 000 222',
      language: 'vi',
      rulesVersion: '1.0',
      acceptRules: 'on',
      consentData: 'on',
      idempotencyKey: `door-${suffix}-${Date.now()}`,
      portrait: { name: 'p.jpg', mimeType: 'image/jpeg', buffer: await portraitJpeg() },
      letter: { name: 'l.pdf', mimeType: 'application/pdf', buffer: minimalPdf() },
    },
  })
  expect(posted.status(), await posted.text()).toBe(200)
  const confirmation = await waitForMail(
    (mail) => mail.to.includes(email) && /\/accreditation\/status\//.test(mail.text),
  )
  const token = /\/accreditation\/status\/([^/]+)\//.exec(statusLinkIn(confirmation))![1]!
  const jwt = await staffJwt(request, 'accreditation-officer')
  const approved = await request.patch(`${CMS}/api/accreditation-requests/${token.split('.')[0]}`, {
    headers: { Authorization: `JWT ${jwt}` },
    data: { status: 'approved' },
  })
  expect(approved.status()).toBe(200)
  const passHtml = await (await request.get(`${SITE}/accreditation/status/${token}/pass/`)).text()
  const passNumber = /<strong[^>]*>([A-Z0-9]{1,8}-\d{4,})<\/strong>/.exec(passHtml)![1]!
  const qr = (await decodeQrSvg(qrSvgIn(passHtml)))!
  return { token, passNumber, qr, jwt }
}

/** A REST token of a demo staff member. */
export async function staffJwt(request: APIRequestContext, role: string): Promise<string> {
  const login = await request.post(`${CMS}/api/users/login`, {
    data: { email: staffEmail(role), password: DEMO_PASSWORD },
  })
  expect(login.status()).toBe(200)
  return ((await login.json()) as { token: string }).token
}

/** The QR code of the demo journalist's pass for today's press conference, as /press/ shows it. */
export async function demoJournalistQr(request: APIRequestContext): Promise<string> {
  const signIn = await request.post(`${SITE}/press/`, {
    form: { email: DEMO_JOURNALIST_EMAIL, password: DEMO_PASSWORD },
    headers: { Origin: SITE },
    maxRedirects: 0,
  })
  expect(signIn.status()).toBe(303)
  const cookie = signIn.headersArray().find((h) => h.name.toLowerCase() === 'set-cookie')!.value
  const page = await (
    await request.get(`${SITE}/press/`, { headers: { Cookie: cookie.split(';')[0]! } })
  ).text()
  return (await decodeQrSvg(qrSvgIn(page)))!
}

/** The pass's QR code in a page (the PassCard's), as SVG text. */
export const qrSvgIn = (html: string): string =>
  /class="qr"[^>]*>\s*(<svg[\s\S]*?<\/svg>)/.exec(html)![1]!
