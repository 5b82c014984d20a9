import { createHash, randomBytes } from 'node:crypto'

import { type PressRole, ROLES } from '../accreditation/quota'

/**
 * A nominee's life: invited (a personal link sent), completed (they filled in their own
 * application: it is now an accreditation request), approved or rejected by an officer, replaced
 * by the outlet (another person takes the place) or withdrawn with the whole nomination.
 */
export const NOMINEE_STATES = [
  'invited',
  'completed',
  'approved',
  'rejected',
  'replaced',
  'withdrawn',
] as const
export type NomineeState = (typeof NOMINEE_STATES)[number]

/** States that hold a place of the outlet's quota (a nominee still in the running). */
export const PLACE_HOLDING: readonly NomineeState[] = ['invited', 'completed', 'approved']

export type QuotaRow = { outlet?: unknown; role: string; max: number | null | undefined }
export type OutletQuotas = Partial<
  Record<'reporter' | 'photographer' | 'cameraOperator' | 'technician', number | null>
>

const OUTLET_FIELD: Record<PressRole, keyof OutletQuotas> = {
  reporter: 'reporter',
  photographer: 'photographer',
  'camera-operator': 'cameraOperator',
  technician: 'technician',
}

const idOf = (value: unknown): string =>
  value && typeof value === 'object' && 'id' in value
    ? String((value as { id: unknown }).id)
    : value == null
      ? ''
      : String(value)

/**
 * How many people of a role an outlet may have at an event: the event's row for that outlet and
 * role, else the event's row for the role (any outlet), else the outlet's own standing quota.
 */
export function quotaLimit(
  eventQuotas: readonly QuotaRow[] | null | undefined,
  outletId: string | number,
  outletQuotas: OutletQuotas | null | undefined,
  role: PressRole,
): number {
  const rows = (eventQuotas ?? []).filter((row) => row.role === role)
  const own = rows.find((row) => idOf(row.outlet) === String(outletId))
  const general = rows.find((row) => !idOf(row.outlet))
  const chosen = own ?? general
  if (chosen) return Math.max(0, chosen.max ?? 0)
  return Math.max(0, outletQuotas?.[OUTLET_FIELD[role]] ?? 0)
}

export type NomineeLike = { role: string; state: string }

/** Places in use per role: every nominee still in the running, across the outlet's nominations. */
export function quotaInUse(nominees: readonly NomineeLike[]): Record<PressRole, number> {
  const used = Object.fromEntries(ROLES.map((role) => [role, 0])) as Record<PressRole, number>
  for (const nominee of nominees)
    if ((PLACE_HOLDING as readonly string[]).includes(nominee.state) && nominee.role in used)
      used[nominee.role as PressRole] += 1
  return used
}

/** The roles a list would take beyond the quota: `[]` when every role fits. */
export function rolesOverQuota(
  inUse: Record<PressRole, number>,
  adding: readonly { role: PressRole }[],
  limitOf: (role: PressRole) => number,
): PressRole[] {
  const wanted = { ...inUse }
  for (const { role } of adding) wanted[role] += 1
  return ROLES.filter((role) => wanted[role] > inUse[role] && wanted[role] > limitOf(role))
}

export type LinkVerdict =
  'open' | 'used' | 'replaced' | 'withdrawn' | 'not-yet-open' | 'window-closed' | 'unknown'

/**
 * Whether a nominee's personal link may still be used to complete their application: once only,
 * while the nomination and the nominee stand, inside the event's accreditation window.
 */
export function linkVerdict(input: {
  nominee: { state: string } | null | undefined
  nominationState: string | null | undefined
  opensAt?: string | null
  closesAt?: string | null
  eventState?: string | null
  at: Date
}): LinkVerdict {
  const { nominee, nominationState, opensAt, closesAt, eventState, at } = input
  if (!nominee) return 'unknown'
  if (nominationState === 'withdrawn' || nominee.state === 'withdrawn') return 'withdrawn'
  if (nominee.state === 'replaced') return 'replaced'
  if (nominee.state !== 'invited') return 'used'
  if (eventState && eventState !== 'open') return 'window-closed'
  if (opensAt && at.getTime() < new Date(opensAt).getTime()) return 'not-yet-open'
  if (closesAt && at.getTime() >= new Date(closesAt).getTime()) return 'window-closed'
  return 'open'
}

/** A nominee's personal link: the secret goes in the e-mail, only its hash is stored. */
export const newNomineeSecret = (): string => randomBytes(24).toString('base64url')
export const hashNomineeSecret = (secret: string): string =>
  createHash('sha256').update(secret, 'utf8').digest('hex')
export const looksLikeNomineeSecret = (value: string): boolean => /^[A-Za-z0-9_-]{32}$/.test(value)

export type NomineeRow = { name: string; role: PressRole; email: string }
export type NomineeRowProblem = { line: number; problem: 'name' | 'role' | 'email' | 'columns' }

const ROLE_WORDS: Record<string, PressRole> = {
  reporter: 'reporter',
  'phóng viên': 'reporter',
  'phong vien': 'reporter',
  pv: 'reporter',
  photographer: 'photographer',
  'phóng viên ảnh': 'photographer',
  'phong vien anh': 'photographer',
  'camera-operator': 'camera-operator',
  'camera operator': 'camera-operator',
  camera: 'camera-operator',
  'quay phim': 'camera-operator',
  technician: 'technician',
  'kỹ thuật viên': 'technician',
  'ky thuat vien': 'technician',
  'kỹ thuật': 'technician',
}

/** A role as an outlet writes it in its list (English code or Vietnamese title), or null. */
export const roleFromText = (text: string): PressRole | null =>
  ROLE_WORDS[text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ')] ?? null

const EMAIL = /^[^\s@<>"',;]+@[^\s@<>"',;]+\.[^\s@<>"',;]+$/
const NAME = /^[\p{L}\p{M}][\p{L}\p{M} .'-]{1,99}$/u

/** One nominee as typed or read from a list: trimmed, NFC, checked. */
export function checkNominee(
  raw: { name: string; role: string; email: string },
  line = 0,
): NomineeRow | NomineeRowProblem {
  const name = raw.name.normalize('NFC').trim().replace(/\s+/g, ' ')
  const role = (ROLES as readonly string[]).includes(raw.role)
    ? (raw.role as PressRole)
    : roleFromText(raw.role)
  const email = raw.email.trim().toLowerCase()
  if (!NAME.test(name)) return { line, problem: 'name' }
  if (!role) return { line, problem: 'role' }
  if (email.length > 254 || !EMAIL.test(email)) return { line, problem: 'email' }
  return { name, role, email }
}

/** Splits one CSV line (RFC 4180 quotes; `,` or `;`, the separator Vietnamese Excel writes). */
function cells(line: string, separator: string): string[] {
  const out: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === separator) {
      out.push(cell)
      cell = ''
    } else cell += char
  }
  out.push(cell)
  return out.map((value) => value.trim())
}

const HEADER_WORDS = /^(name|full ?name|họ( và)? tên|ho ten|ho va ten)$/i

/**
 * An outlet's list of nominees from a spreadsheet: columns name, role, e-mail (a header row is
 * recognised and skipped), comma or semicolon separated, UTF-8 with or without a BOM. Every bad
 * line is reported with its number; nothing is taken from a list that has any (all or nothing).
 */
export function parseNomineesCsv(
  text: string,
  maxRows = 100,
): { ok: true; nominees: NomineeRow[] } | { ok: false; problems: NomineeRowProblem[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  const first = lines.find((line) => line.trim()) ?? ''
  const separator = (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ','
  const nominees: NomineeRow[] = []
  const problems: NomineeRowProblem[] = []
  lines.forEach((line, index) => {
    if (!line.trim()) return
    const row = cells(line, separator)
    if (nominees.length + problems.length === 0 && HEADER_WORDS.test(row[0] ?? '')) return
    if (row.length < 3 || row.slice(3).some(Boolean)) {
      problems.push({ line: index + 1, problem: 'columns' })
      return
    }
    const checked = checkNominee({ name: row[0]!, role: row[1]!, email: row[2]! }, index + 1)
    if ('problem' in checked) problems.push(checked)
    else nominees.push(checked)
  })
  if (nominees.length + problems.length > maxRows)
    problems.push({ line: maxRows + 1, problem: 'columns' })
  return problems.length ? { ok: false, problems } : { ok: true, nominees }
}

/**
 * The state to show for a nominee: once they have an application, an officer's decision on it
 * (made on the nomination or on the request itself) is what counts.
 */
export function shownState(
  nominee: { state: string },
  requestStatus?: string | null,
): NomineeState {
  const state = nominee.state as NomineeState
  if (state !== 'completed' && state !== 'approved' && state !== 'rejected') return state
  if (requestStatus === 'approved') return 'approved'
  if (requestStatus === 'rejected' || requestStatus === 'withdrawn') return 'rejected'
  if (requestStatus) return 'completed'
  return state
}
