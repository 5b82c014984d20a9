import { minimalPdf, portraitJpeg } from '~/tests/support/sampleFiles'
import { EVENT_SHARED } from '~/cms/seed/event'
import { COUNCIL_SLUG, eventForApplying } from '../journalists'

const congressSlug = EVENT_SHARED.slug

/**
 * Bad input for every public endpoint and form, as data: what is sent, and the language the
 * answer must speak when a visitor (not an API client) sent it. The suite (bad-input.spec.ts)
 * sends each case and demands a 4xx with a clear message, no 5xx, and nothing stored.
 */
export type Case = {
  group: string
  name: string
  method: string
  path: string
  /** Relative to the site unless it starts with /api (the CMS). */
  headers?: Record<string, string>
  body?: BodyInit
  /** A sentence the answer must contain (the visitor's language). */
  says?: RegExp
  /** Needs a signed-in check-in staff cookie / a staff JWT, added by the suite. */
  as?: 'door' | 'officer'
}

const FORM_BASE: Record<string, string | string[]> = {
  fullName: 'Huỳnh Thị Kiểm Thử',
  dateOfBirth: '1990-05-20',
  nationality: 'VN',
  idType: 'cccd',
  idNumber: '096190012345',
  outlet: 'other',
  outletOther: 'Báo Thử',
  role: 'reporter',
  // The council session's (open) event and days: filled in by applicationCases().
  event: COUNCIL_SLUG,
  days: [],
  email: 'kiem.thu@example.vn',
  phone: '+84 912 000 333',
  language: 'vi',
  rulesVersion: '1.0',
  acceptRules: 'on',
  consentData: 'on',
  idempotencyKey: 'bad-input-suite-key-0001',
}

type Files = {
  portrait?: { bytes: Uint8Array; name: string; type: string } | null
  letter?: { bytes: Uint8Array; name: string; type: string } | null
}

async function form(
  change: Record<string, string | string[] | null>,
  files: Files = {},
): Promise<FormData> {
  const data = new FormData()
  const fields = {
    ...FORM_BASE,
    idempotencyKey: `bad-input-${Math.random().toString(36).slice(2, 14)}-key`,
    ...change,
  }
  for (const [key, value] of Object.entries(fields)) {
    if (value === null) continue
    for (const one of Array.isArray(value) ? value : [value]) data.append(key, one)
  }
  const portrait =
    files.portrait === undefined
      ? { bytes: await portraitJpeg(), name: 'p.jpg', type: 'image/jpeg' }
      : files.portrait
  const letter =
    files.letter === undefined
      ? { bytes: minimalPdf(), name: 'l.pdf', type: 'application/pdf' }
      : files.letter
  if (portrait)
    data.append(
      'portrait',
      new Blob([new Uint8Array(portrait.bytes)], { type: portrait.type }),
      portrait.name,
    )
  if (letter)
    data.append(
      'letter',
      new Blob([new Uint8Array(letter.bytes)], { type: letter.type }),
      letter.name,
    )
  return data
}

const LONG = 'x'.repeat(10_000)
const TRICKS: [string, string][] = [
  ['NUL byte', 'Báo\u0000Thử'],
  ['right-to-left override', 'Báo \u202Eửht'],
  ['isolate', 'Báo \u2066Thử\u2069'],
  ['bell character', 'Báo\u0007'],
  ['replacement character (bad UTF-8)', 'Báo \uFFFD'],
  ['10,000 characters', LONG],
]

const FIELD_CASES: [string, Record<string, string | string[] | null>][] = [
  ['no name', { fullName: null }],
  ['one-letter name', { fullName: 'A' }],
  ['name of digits', { fullName: '12345' }],
  ['name with markup', { fullName: 'Nguyễn <script>alert(1)</script>' }],
  ['name with SQL', { fullName: "Nguyễn' OR 1=1 --" }],
  ['name of emoji', { fullName: '😀😀😀' }],
  ['name too long', { fullName: 'Nguyễn '.repeat(20) }],
  ['name with NUL', { fullName: 'Nguyễn\u0000Văn' }],
  ['name with RTL override', { fullName: 'Nguyễn \u202EnăV' }],
  ['date of birth empty', { dateOfBirth: '' }],
  ['month 13', { dateOfBirth: '1990-13-01' }],
  ['30 February', { dateOfBirth: '1990-02-30' }],
  ['date in words', { dateOfBirth: 'yesterday' }],
  ['born in the future', { dateOfBirth: '3000-01-01' }],
  ['born in 1900', { dateOfBirth: '1900-01-01' }],
  ['date without zero padding', { dateOfBirth: '1990-1-1' }],
  ['date with SQL', { dateOfBirth: "1990-01-01'; DROP TABLE users; --" }],
  ['nationality unknown', { nationality: 'XX' }],
  ['nationality lower case', { nationality: 'vn' }],
  ['nationality empty', { nationality: '' }],
  ['ID type unknown', { idType: 'ssn' }],
  ['ID type upper case', { idType: 'CCCD' }],
  ['ID number empty', { idNumber: '' }],
  ['ID number 3 digits', { idNumber: '123' }],
  ['ID number too long', { idNumber: '1'.repeat(25) }],
  ['ID number letters', { idNumber: 'abcdefghijkl' }],
  ['ID number with RTL override', { idNumber: '096190\u202E012345' }],
  ['outlet unknown id', { outlet: '99999' }],
  ['outlet negative', { outlet: '-1' }],
  ['outlet with SQL', { outlet: '1 OR 1=1' }],
  ['outlet empty', { outlet: '' }],
  ['other outlet without a name', { outletOther: '' }],
  ['other outlet name too long', { outletOther: 'B'.repeat(151) }],
  ['role unknown', { role: 'editor-in-chief' }],
  ['role admin', { role: 'admin' }],
  ['role empty', { role: '' }],
  ['no day', { days: null }],
  ['day outside the congress', { days: ['2020-01-01'] }],
  ['same day twice', { days: ['COUNCIL_DAY', 'COUNCIL_DAY'] }],
  ['day in words', { days: ['tomorrow'] }],
  ['e-mail empty', { email: '' }],
  ['e-mail without @', { email: 'not-an-email' }],
  ['e-mail without domain', { email: 'a@' }],
  ['e-mail without local part', { email: '@example.vn' }],
  ['e-mail too long', { email: `${'a'.repeat(250)}@example.vn` }],
  ['e-mail with header injection', { email: 'a@example.vn\r\nBcc: victim@example.vn' }],
  ['phone empty', { phone: '' }],
  ['phone too short', { phone: '123' }],
  ['phone in words', { phone: 'call me' }],
  ['phone too long', { phone: `+84${'9'.repeat(30)}` }],
  ['phone with markup', { phone: '+84 912<script>' }],
  ['language unknown', { language: 'fr' }],
  ['rules version empty', { rulesVersion: '' }],
  ['rules not accepted', { acceptRules: null }],
  ['rules "yes" instead of ticked', { acceptRules: 'yes' }],
  ['no consent', { consentData: null }],
  ['form key empty', { idempotencyKey: '' }],
  ['form key too short', { idempotencyKey: 'short' }],
  ['form key too long', { idempotencyKey: 'k'.repeat(100) }],
  ['form key with spaces', { idempotencyKey: 'bad key with spaces here' }],
  ['press card too long', { pressCardNumber: 'P'.repeat(21) }],
  ['press card with markup', { pressCardNumber: '<b>1</b>' }],
  ['equipment too long', { equipment: 'm'.repeat(501) }],
  ...TRICKS.map(([name, value]): [string, Record<string, string>] => [
    `equipment: ${name}`,
    { equipment: value },
  ]),
  ...TRICKS.map(([name, value]): [string, Record<string, string>] => [
    `other outlet: ${name}`,
    { outletOther: value },
  ]),
]

const bytes = (text: string) => new TextEncoder().encode(text)
const FILE_CASES: [string, Files][] = [
  ['no portrait', { portrait: null }],
  ['empty portrait', { portrait: { bytes: new Uint8Array(), name: 'p.jpg', type: 'image/jpeg' } }],
  [
    'text named .jpg',
    { portrait: { bytes: bytes('hello, I am not a photo'), name: 'p.jpg', type: 'image/jpeg' } },
  ],
  ['PDF as portrait', { portrait: { bytes: minimalPdf(), name: 'p.jpg', type: 'image/jpeg' } }],
  [
    'SVG with script as portrait',
    {
      portrait: {
        bytes: bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        name: 'p.svg',
        type: 'image/svg+xml',
      },
    },
  ],
  [
    'truncated JPEG',
    {
      portrait: {
        bytes: new Uint8Array([
          0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01,
        ]),
        name: 'p.jpg',
        type: 'image/jpeg',
      },
    },
  ],
  [
    'Windows program as portrait',
    {
      portrait: {
        bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...new Uint8Array(200)]),
        name: 'p.jpg',
        type: 'image/jpeg',
      },
    },
  ],
  [
    'HTML as portrait',
    { portrait: { bytes: bytes('<!doctype html><h1>x</h1>'), name: 'p.jpg', type: 'image/jpeg' } },
  ],
  ['no letter', { letter: null }],
  ['empty letter', { letter: { bytes: new Uint8Array(), name: 'l.pdf', type: 'application/pdf' } }],
  [
    'Windows program as letter',
    {
      letter: {
        bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...new Uint8Array(200)]),
        name: 'l.pdf',
        type: 'application/pdf',
      },
    },
  ],
  [
    'ZIP as letter',
    {
      letter: {
        bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Uint8Array(100)]),
        name: 'l.pdf',
        type: 'application/pdf',
      },
    },
  ],
  [
    'HTML as letter',
    {
      letter: {
        bytes: bytes('<html><script>alert(1)</script></html>'),
        name: 'l.pdf',
        type: 'application/pdf',
      },
    },
  ],
  [
    'text as letter',
    { letter: { bytes: bytes('just some words'), name: 'l.pdf', type: 'application/pdf' } },
  ],
]

const FROM_SITE_JSON = { Accept: 'application/json' }

export async function applicationCases(): Promise<Case[]> {
  const council = await eventForApplying()
  FORM_BASE.days = [council.days[0]!]
  FORM_BASE.rulesVersion = council.rulesVersion
  for (const [, change] of FIELD_CASES)
    if (Array.isArray(change.days))
      change.days = change.days.map((d) => (d === 'COUNCIL_DAY' ? council.days[0]! : d))
  const cases: Case[] = []
  // Applying to an event that takes no applications (archived), or that does not exist.
  cases.push({
    group: 'application form (events)',
    name: 'archived event',
    method: 'POST',
    path: `/accreditation/?event=${congressSlug}`,
    headers: FROM_SITE_JSON,
    body: await form({ event: congressSlug }),
    says: /lưu trữ/,
  })
  cases.push({
    group: 'application form (events)',
    name: 'archived event, English page',
    method: 'POST',
    path: `/en/accreditation/?event=${congressSlug}`,
    body: await form({ event: congressSlug, language: 'en' }),
    says: /archived/,
  })
  cases.push({
    group: 'application form (events)',
    name: 'unknown event',
    method: 'POST',
    path: '/accreditation/?event=khong-co-su-kien-nay',
    headers: FROM_SITE_JSON,
    body: await form({ event: 'khong-co-su-kien-nay' }),
    says: /Không tìm thấy sự kiện/,
  })
  cases.push({
    group: 'application form (events)',
    name: 'a day of another event',
    method: 'POST',
    path: `/accreditation/?event=${COUNCIL_SLUG}`,
    headers: FROM_SITE_JSON,
    body: await form({ days: ['2025-10-16'] }),
  })
  for (const [name, change] of FIELD_CASES)
    cases.push({
      group: 'application form (JSON)',
      name,
      method: 'POST',
      path: `/accreditation/?event=${COUNCIL_SLUG}`,
      headers: FROM_SITE_JSON,
      body: await form(change),
    })
  for (const [name, files] of FILE_CASES)
    cases.push({
      group: 'application form files',
      name,
      method: 'POST',
      path: '/accreditation/',
      headers: FROM_SITE_JSON,
      body: await form({}, files),
    })
  // As a browser without JavaScript posts it: the page again, with the sentence in the visitor's language.
  cases.push({
    group: 'application form (page)',
    name: 'bad e-mail, Vietnamese',
    method: 'POST',
    path: '/accreditation/',
    body: await form({ email: 'không phải e-mail' }),
    says: /địa chỉ e-mail/i,
  })
  cases.push({
    group: 'application form (page)',
    name: 'bad e-mail, English',
    method: 'POST',
    path: '/en/accreditation/',
    body: await form({ email: 'not an e-mail' }),
    says: /e-mail address/i,
  })
  cases.push({
    group: 'application form (page)',
    name: 'control characters, English',
    method: 'POST',
    path: '/en/accreditation/',
    body: await form({ equipment: 'Camera\u0000' }),
    says: /characters that are not allowed/,
  })
  cases.push({
    group: 'application form (page)',
    name: 'PDF as portrait, Vietnamese',
    method: 'POST',
    path: '/accreditation/',
    body: await form({}, FILE_CASES[3]![1]),
  })
  return cases
}

const boundary = '----bad-input-boundary'
export function malformedCases(): Case[] {
  const part = `--${boundary}\r\nContent-Disposition: form-data; name="fullName"\r\n\r\nNguyễn\r\n`
  const post = (name: string, headers: Record<string, string>, body?: BodyInit): Case => ({
    group: 'malformed requests',
    name,
    method: 'POST',
    path: '/accreditation/',
    headers: { ...FROM_SITE_JSON, ...headers },
    body,
  })
  return [
    post('multipart without a boundary', { 'Content-Type': 'multipart/form-data' }, part),
    post(
      'multipart with the wrong boundary',
      { 'Content-Type': 'multipart/form-data; boundary=other' },
      `${part}--${boundary}--\r\n`,
    ),
    post(
      'multipart cut off in the middle',
      { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      part.slice(0, 40),
    ),
    post(
      'multipart with no closing boundary',
      { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      part,
    ),
    post(
      'multipart part without a name',
      { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      `--${boundary}\r\nContent-Disposition: form-data\r\n\r\nx\r\n--${boundary}--\r\n`,
    ),
    post(
      'JSON instead of a form',
      { 'Content-Type': 'application/json' },
      JSON.stringify(FORM_BASE),
    ),
    post('malformed JSON', { 'Content-Type': 'application/json' }, '{"fullName": '),
    post('plain text', { 'Content-Type': 'text/plain' }, 'fullName=Nguyễn'),
    post(
      'XML',
      { 'Content-Type': 'application/xml' },
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
    ),
    post('no body', { 'Content-Type': 'application/x-www-form-urlencoded' }),
    post('no content type', {}, 'fullName=Nguyễn'),
    post(
      'URL-encoded with broken escapes',
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      'fullName=%E0%A4%A&email=%ZZ',
    ),
    post(
      'URL-encoded, fields only (no files)',
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      new URLSearchParams(FORM_BASE as Record<string, string>).toString(),
    ),
    post(
      'body larger than the limit',
      { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      `${part}--${boundary}\r\nContent-Disposition: form-data; name="equipment"\r\n\r\n${'x'.repeat(23 * 1024 * 1024)}\r\n--${boundary}--\r\n`,
    ),
    post(
      'gzip claimed but not gzip',
      { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Encoding': 'gzip' },
      'fullName=x',
    ),
    {
      group: 'malformed requests',
      name: 'form posted from another site',
      method: 'POST',
      path: '/accreditation/',
      headers: {
        Origin: 'https://evil.example',
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'fullName=x',
    },
  ]
}

export function statusLinkCases(validToken: string): Case[] {
  const get = (name: string, path: string, says?: RegExp): Case => ({
    group: 'status links',
    name,
    method: 'GET',
    path,
    says,
  })
  const [id, mac] = validToken.split('.') as [string, string]
  const cases: Case[] = [
    get('one character', '/accreditation/status/x/'),
    get('5,000 characters', `/accreditation/status/${'a'.repeat(5000)}/`),
    get('NUL byte', '/accreditation/status/%00/'),
    get('path traversal', '/accreditation/status/..%2F..%2Fetc%2Fpasswd/'),
    get(
      'right id, wrong MAC',
      `/accreditation/status/${id}.${mac.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}/`,
      /không tìm thấy|not found/i,
    ),
    get('other id, same MAC', `/accreditation/status/${Number(id) + 1}.${mac}/`),
    get('id only', `/accreditation/status/${id}/`),
    get('Vietnamese letters', '/accreditation/status/%C4%90.abc/'),
    get('malformed escape', '/accreditation/status/%ZZ/'),
    get('unknown file', `/accreditation/status/${validToken}/passport`),
    get('badge of an unapproved request', `/accreditation/status/${validToken}/pass.pdf`),
    get('pass of an unapproved request', `/accreditation/status/${validToken}/pass`),
    get(
      'English, forged link',
      '/en/accreditation/status/1.forged/',
      /not found|could not be found/i,
    ),
  ]
  const answer = (name: string, fields: Record<string, string>, says?: RegExp): Case => ({
    group: 'status page posts',
    name,
    method: 'POST',
    path: `/accreditation/status/${validToken}/`,
    body: new URLSearchParams(fields),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    says,
  })
  cases.push(
    answer('answer when none was asked', { answer: 'Đây là câu trả lời' }),
    answer('empty answer', { answer: '' }),
    answer('answer too long', { answer: 'a'.repeat(1001) }),
    answer('answer with NUL', { answer: 'Trả lời\u0000' }),
    answer('answer with a bad e-mail', { answer: 'Trả lời đây', email: 'nope' }),
    answer('withdraw without confirming', { action: 'withdraw' }),
    answer('withdraw confirmed with "yes"', { action: 'withdraw', confirm: 'yes' }),
    {
      group: 'status page posts',
      name: 'not a form',
      method: 'POST',
      path: `/accreditation/status/${validToken}/`,
      headers: { 'Content-Type': 'application/json' },
      body: '{"action":"withdraw","confirm":"on"}',
    },
    {
      group: 'status page posts',
      name: 'forged link',
      method: 'POST',
      path: '/accreditation/status/1.forged/',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'action=withdraw&confirm=on',
    },
  )
  return cases
}

export function checkInCases(): Case[] {
  const scan = (
    name: string,
    body: string,
    headers: Record<string, string> = { 'Content-Type': 'application/json' },
    as: Case['as'] | 'anonymous' = 'door',
  ): Case => ({
    group: 'door scans',
    name,
    method: 'POST',
    path: '/checkin/scan',
    headers,
    body,
    as: as === 'anonymous' ? undefined : as,
  })
  const good = { code: 'P-0001', day: '2025-10-16', zone: 'press-centre' }
  const json = (change: Record<string, unknown>) => JSON.stringify({ ...good, ...change })
  return [
    scan('not signed in', JSON.stringify(good), undefined, 'anonymous'),
    scan('malformed JSON', '{'),
    scan('JSON array', '[]'),
    scan('JSON null', 'null'),
    scan('JSON string', '"P-0001"'),
    scan('empty body', ''),
    scan('code as a number', json({ code: 42 })),
    scan('code empty', json({ code: '' })),
    scan('code of 601 characters', json({ code: 'x'.repeat(601) })),
    scan('code missing', JSON.stringify({ day: good.day, zone: good.zone })),
    scan('day month 13', json({ day: '2025-13-40' })),
    scan('day in words', json({ day: 'today' })),
    scan('zone unknown', json({ zone: 'vip-lounge' })),
    scan('zone empty', json({ zone: '' })),
    scan('scan id with symbols', json({ scanId: '!!!!!!!!!!' })),
    scan('scan id too long', json({ scanId: 'a'.repeat(65) })),
    scan('scan time in words', json({ scannedAt: 'yesterday' })),
    scan('offline as a string', json({ offline: 'yes' })),
    scan('deeply nested JSON', `${'['.repeat(5000)}${']'.repeat(5000)}`),
    scan('form instead of JSON', new URLSearchParams(good).toString(), {
      'Content-Type': 'application/x-www-form-urlencoded',
    }),
    scan('JSON sent as text/plain (cross-site form trick)', JSON.stringify(good), {
      'Content-Type': 'text/plain',
    }),
    {
      group: 'door scans',
      name: 'offline data without signing in',
      method: 'GET',
      path: '/checkin/offline-data',
    },
    {
      group: 'door scans',
      name: 'portrait without signing in',
      method: 'GET',
      path: '/checkin/portrait/1',
    },
    {
      group: 'door scans',
      name: 'portrait of a non-number',
      method: 'GET',
      path: '/checkin/portrait/abc',
      as: 'door',
    },
    {
      group: 'door scans',
      name: 'portrait of an unknown pass',
      method: 'GET',
      path: '/checkin/portrait/999999',
      as: 'door',
    },
  ]
}

export function signInCases(): Case[] {
  const post = (
    name: string,
    path: string,
    fields: Record<string, string> | string,
    says?: RegExp,
    type = 'application/x-www-form-urlencoded',
  ): Case => ({
    group: 'sign-in and password forms',
    name,
    method: 'POST',
    path,
    headers: { 'Content-Type': type },
    body: typeof fields === 'string' ? fields : new URLSearchParams(fields),
    says,
  })
  return [
    post('press: no fields', '/press/', {}, /Không đăng nhập được/),
    post(
      'press: unknown e-mail',
      '/press/',
      { email: 'nobody@example.vn', password: 'whatever password' },
      /Không đăng nhập được/,
    ),
    post('press: e-mail of 300 characters', '/press/', {
      email: `${'a'.repeat(290)}@example.vn`,
      password: 'x',
    }),
    post('press: password of 1 MB', '/press/', {
      email: 'a@example.vn',
      password: 'p'.repeat(1024 * 1024),
    }),
    post(
      'press: JSON instead of a form',
      '/press/',
      '{"email":"a@b.vn","password":"x"}',
      undefined,
      'application/json',
    ),
    post(
      'press, English: wrong password',
      '/en/press/',
      { email: 'demo.journalist@example.vn', password: 'wrong password' },
      /Could not sign in/,
    ),
    post('door: no fields', '/checkin/', {}, /E-mail hoặc mật khẩu không đúng/),
    post('door: a journalist trying the door', '/checkin/', {
      email: 'demo.journalist@example.vn',
      password: 'demo-password-2025',
    }),
    post('door: editor without door rights', '/checkin/', {
      email: 'editor@congress.local',
      password: 'wrong',
    }),
    post('door: NUL in the e-mail', '/checkin/', {
      email: 'checkin@congress.local\u0000',
      password: 'x',
    }),
    post(
      'reset: not an e-mail',
      '/press/forgot',
      { email: 'not an e-mail' },
      /địa chỉ e-mail hợp lệ/,
    ),
    post('reset, English: empty', '/en/press/forgot', { email: '' }, /valid e-mail address/),
    post('reset: not a form', '/press/forgot', 'email=a@b.vn', undefined, 'text/plain'),
    post(
      'set password: no link token',
      '/press/password',
      { password: 'long enough password', confirm: 'long enough password' },
      /không còn dùng được/,
    ),
    post(
      'set password: forged token',
      '/press/password',
      { token: 'f'.repeat(40), password: 'long enough password', confirm: 'long enough password' },
      /không còn dùng được/,
    ),
    post('set password: token of 5,000 characters', '/press/password', {
      token: 'f'.repeat(5000),
      password: 'long enough password',
      confirm: 'long enough password',
    }),
    post(
      'set password: too short',
      '/press/password?token=abc',
      { token: 'abc', password: 'short', confirm: 'short' },
      /ít nhất 10 ký tự/,
    ),
    post(
      'set password, English: mismatch',
      '/en/press/password?token=abc',
      { token: 'abc', password: 'long enough password', confirm: 'another long password' },
      /do not match/,
    ),
    post('set password: 201 characters', '/press/password?token=abc', {
      token: 'abc',
      password: 'p'.repeat(201),
      confirm: 'p'.repeat(201),
    }),
    post('set password: not a form', '/press/password', '{}', undefined, 'application/json'),
  ]
}

export function publicPageCases(): Case[] {
  const get = (name: string, path: string, says?: RegExp): Case => ({
    group: 'public pages',
    name,
    method: 'GET',
    path,
    says,
  })
  return [
    get('unknown article', '/news/khong-co-bai-nay/', /Không tìm thấy trang/),
    get('unknown article, English', '/en/news/no-such-article/', /Page not found/),
    get('article slug with markup', '/news/%3Cscript%3Ealert(1)%3C%2Fscript%3E/'),
    get('article slug of 5,000 characters', `/news/${'a'.repeat(5000)}/`),
    get('article slug with NUL', '/news/%00/'),
    get('article slug with a malformed escape', '/news/%ZZ/'),
    get('article slug with traversal', '/news/..%2F..%2Fpackage.json/'),
    get('news page -1', '/news/?page=-1'),
    get('news page in words', '/news/?page=abc'),
    get('news page 99999', '/news/?page=99999'),
    get('news page 1e10', '/news/?page=1e10'),
    get('news page with SQL', "/news/?page=1'%20OR%20'1'='1"),
    get('media traversal', '/media/..%2F..%2Fpackage.json'),
    get('media NUL', '/media/%00.jpg'),
    get('media unknown', '/media/nothing-here.webp'),
    get('media name of 1,000 characters', `/media/${'a'.repeat(1000)}.jpg`),
    get('unknown release', '/releases/khong-co/', /Không tìm thấy trang/),
    get('release slug with markup', '/releases/%3Cscript%3E/'),
    get('release slug of 3,000 characters', `/releases/${'r'.repeat(3000)}/`),
    get('release list page in words', '/releases/?page=abc'),
    get('unknown gallery, English', '/en/galleries/no-such-gallery/', /Page not found/),
    get('gallery slug with traversal', '/galleries/..%2F..%2Fetc/'),
    get('gallery original without signing in', '/galleries/khong-co/original/1'),
    get('calendar of an unknown session', '/schedule/999999.ics'),
    get('calendar of a session in words', '/schedule/abc.ics'),
    get('document that does not exist', '/documents/999999/x.pdf'),
    get('document id in words', '/documents/abc/x.pdf'),
    get('document name with traversal', '/documents/1/..%2F..%2Fportal.db'),
    get('rules version that does not exist', '/rules/99.9/'),
    get('rules version with markup', '/rules/%3Cb%3E/'),
    get('unknown page', '/khong-ton-tai'),
    get('unknown English page', '/en/does-not-exist', /Page not found/),
    {
      group: 'public pages',
      name: 'PUT on the form',
      method: 'PUT',
      path: '/accreditation/',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'x=1',
    },
    { group: 'public pages', name: 'DELETE on the press area', method: 'DELETE', path: '/press/' },
  ]
}

export function cmsCases(): Case[] {
  const api = (
    name: string,
    method: string,
    path: string,
    body?: string,
    headers: Record<string, string> = { 'Content-Type': 'application/json' },
    as?: Case['as'],
  ): Case => ({ group: 'CMS REST and GraphQL', name, method, path, body, headers, as })
  return [
    api('staff login, malformed JSON', 'POST', '/api/users/login', '{"email":'),
    api('staff login, no body', 'POST', '/api/users/login', ''),
    api(
      'staff login, e-mail as an array',
      'POST',
      '/api/users/login',
      '{"email":["admin@congress.local"],"password":"x"}',
    ),
    api(
      'staff login, e-mail of 10,000 characters',
      'POST',
      '/api/users/login',
      JSON.stringify({ email: `${LONG}@x.vn`, password: 'x' }),
    ),
    api(
      'staff login, wrong password',
      'POST',
      '/api/users/login',
      '{"email":"admin@congress.local","password":"wrong"}',
    ),
    api('journalist login, malformed JSON', 'POST', '/api/journalists/login', '{'),
    api(
      'journalist login, unknown',
      'POST',
      '/api/journalists/login',
      '{"email":"nobody@example.vn","password":"wrong"}',
    ),
    api('forgot password, not an e-mail', 'POST', '/api/users/forgot-password', '{"email":"nope"}'),
    api('forgot password, malformed JSON', 'POST', '/api/journalists/forgot-password', '{"email'),
    api(
      'reset password, forged token',
      'POST',
      '/api/journalists/reset-password',
      '{"token":"forged","password":"long enough password"}',
    ),
    api(
      'anonymous creates an application',
      'POST',
      '/api/accreditation-requests',
      '{"fullName":"x"}',
    ),
    api(
      'anonymous creates a press account',
      'POST',
      '/api/journalists',
      '{"email":"x@y.vn","password":"long enough password"}',
    ),
    api('anonymous creates a pass', 'POST', '/api/passes', '{"passNumber":"P-9999"}'),
    api('anonymous creates a check-in', 'POST', '/api/check-ins', '{"verdict":"valid"}'),
    api('anonymous publishes news', 'POST', '/api/news', '{"title":"x"}'),
    api('anonymous edits the congress facts', 'POST', '/api/globals/event', '{"name":"x"}'),
    api('anonymous deletes a staff account', 'DELETE', '/api/users/1'),
    api('news query on an unknown field', 'GET', '/api/news?where[nonexistent][equals]=1'),
    api('news query with a bad operator', 'GET', '/api/news?where[title][drop]=1'),
    api('news sorted by an unknown field', 'GET', '/api/news?sort=;DROP%20TABLE%20news'),
    api('news with limit -5', 'GET', '/api/news?limit=-5'),
    api('news with page in words', 'GET', '/api/news?page=abc'),
    api('news by a non-numeric id', 'GET', '/api/news/abc'),
    api('release by a non-numeric id', 'GET', '/api/press-releases/abc'),
    api('releases sorted by an unknown field', 'GET', '/api/press-releases?sort=embargo_secret'),
    api(
      'anonymous creates a release',
      'POST',
      '/api/press-releases',
      '{"title":"x","_status":"published"}',
    ),
    api('anonymous lifts an embargo', 'POST', '/api/press-releases/1/lift-embargo', '{}'),
    api('anonymous uploads a document', 'POST', '/api/documents', '{"title":"x"}'),
    api('anonymous adds a session', 'POST', '/api/sessions', '{"title":"x"}'),
    api('anonymous creates a gallery', 'POST', '/api/galleries', '{"title":"x"}'),
    api('document file that does not exist', 'GET', '/api/documents/file/nothing.pdf'),
    api('news by an id of 1,000 digits', 'GET', `/api/news/${'9'.repeat(1000)}`),
    api('application by a non-numeric id', 'GET', '/api/accreditation-requests/abc'),
    api(
      'vetting import anonymously',
      'POST',
      '/api/accreditation-requests/vetting/import',
      'id,decision\n1,cleared',
      { 'Content-Type': 'text/csv' },
    ),
    api('attendance anonymously', 'GET', '/api/check-ins/attendance'),
    // GraphQL is switched off: every query is refused, whatever it asks.
    api('GraphQL, malformed', 'POST', '/api/graphql', '{"query":"{ News { docs { title '),
    api(
      'GraphQL, introspection',
      'POST',
      '/api/graphql',
      '{"query":"{ __schema { types { name } } }"}',
    ),
    api(
      'GraphQL, applications anonymously',
      'POST',
      '/api/graphql',
      '{"query":"{ AccreditationRequests { docs { fullName idNumber } } }"}',
    ),
    api('GraphQL playground', 'GET', '/api/graphql-playground'),
    api('news with depth in words', 'GET', '/api/news?depth=deep'),
    api('news with limit 100,000', 'GET', '/api/news?limit=100000'),
    api(
      'officer: application with a bad status',
      'PATCH',
      '/api/accreditation-requests/1',
      '{"status":"teleported"}',
      undefined,
      'officer',
    ),
    api(
      'officer: outlet with a negative quota',
      'POST',
      '/api/outlets',
      '{"name":"Báo Âm","type":"print","scope":"provincial","quotas":{"reporter":-3}}',
      undefined,
      'officer',
    ),
    api(
      'officer: outlet without a name',
      'POST',
      '/api/outlets',
      '{"type":"print"}',
      undefined,
      'officer',
    ),
    api(
      'officer: malformed JSON',
      'PATCH',
      '/api/accreditation-requests/1',
      '{"status":',
      undefined,
      'officer',
    ),
  ]
}
