import { type PressRole, ROLES } from '../accreditation/quota'

/**
 * The press pool's rotation among outlets, for one pool-only session. Pure and deterministic: the
 * same candidates, quotas and history always give the same pool, so naming it again changes
 * nothing (no chance at run time).
 *
 * Fairness: places go one at a time to the outlet with the fewest pool turns so far in this event
 * (turns of sessions that come earlier in the programme, and places already given in this
 * naming); ties go to the outlet whose last turn is the longest ago (never beats any time), then to
 * the smaller outlet key. An outlet sends at most one person per role while another outlet still
 * has a candidate for that role; only then does the quota take a second person from the same
 * outlet. With N outlets and k places per session, every outlet has a turn before any has a second.
 */
export type PoolQuotas = Partial<Record<PressRole, number | null>>

export type PoolCandidate = {
  pass: string
  /** The outlet's id, or a key of its own for a journalist without a listed outlet. */
  outlet: string
  role: PressRole
}

/** One earlier turn in this event: which outlet and pass, and when that session started. */
export type EarlierTurn = { outlet: string; pass: string; at: string }

export type PoolPick = PoolCandidate & {
  /** The outlet's pool turn in this event: 1 for its first, 2 for its second… */
  turn: number
}

/** Outlet keys compare as numbers when both are numbers (database ids), else as text. */
export function compareKeys(a: string, b: string): number {
  const numeric = /^\d+$/
  if (numeric.test(a) && numeric.test(b)) return Number(a) - Number(b) || a.localeCompare(b)
  return a < b ? -1 : a > b ? 1 : 0
}

type Tally = { turns: number; last: string | null }

function tally(history: readonly EarlierTurn[], key: (turn: EarlierTurn) => string) {
  const tallies = new Map<string, Tally>()
  for (const turn of history) {
    const current = tallies.get(key(turn)) ?? { turns: 0, last: null }
    current.turns += 1
    if (current.last === null || turn.at > current.last) current.last = turn.at
    tallies.set(key(turn), current)
  }
  return tallies
}

/** Fewer turns first, then the older last turn (none is oldest), then the key. */
function compareTallies(a: Tally, b: Tally, keyA: string, keyB: string): number {
  if (a.turns !== b.turns) return a.turns - b.turns
  if (a.last !== b.last) {
    if (a.last === null) return -1
    if (b.last === null) return 1
    return a.last < b.last ? -1 : 1
  }
  return compareKeys(keyA, keyB)
}

/**
 * Names the pool: `at` is the session's start (it becomes the last turn of every outlet picked).
 * Roles are filled in the order of ROLES; a role without quota gets no place.
 */
export function namePoolMembers(input: {
  candidates: readonly PoolCandidate[]
  quotas: PoolQuotas
  history: readonly EarlierTurn[]
  at: string
}): PoolPick[] {
  const outlets = tally(input.history, (turn) => turn.outlet)
  const people = tally(input.history, (turn) => turn.pass)
  const outletTally = (outlet: string) => outlets.get(outlet) ?? { turns: 0, last: null }
  const personTally = (pass: string) => people.get(pass) ?? { turns: 0, last: null }
  const picks: PoolPick[] = []
  const taken = new Set<string>()
  for (const role of ROLES) {
    const quota = input.quotas[role] ?? 0
    const inRole = new Map<string, number>()
    for (let place = 0; place < quota; place++) {
      const open = input.candidates.filter((c) => c.role === role && !taken.has(c.pass))
      if (open.length === 0) break
      // The outlets that have sent the fewest people in this role so far in this session.
      const fewest = Math.min(...open.map((c) => inRole.get(c.outlet) ?? 0))
      const choice = [...open]
        .filter((c) => (inRole.get(c.outlet) ?? 0) === fewest)
        .sort(
          (a, b) =>
            compareTallies(outletTally(a.outlet), outletTally(b.outlet), a.outlet, b.outlet) ||
            compareTallies(personTally(a.pass), personTally(b.pass), a.pass, b.pass),
        )[0]
      if (!choice) break
      const outlet = outletTally(choice.outlet)
      const turn = outlet.turns + 1
      outlets.set(choice.outlet, { turns: turn, last: input.at })
      taken.add(choice.pass)
      inRole.set(choice.outlet, (inRole.get(choice.outlet) ?? 0) + 1)
      picks.push({ ...choice, turn })
    }
  }
  return picks
}

export type PoolMemberState = { pass: string; outlet: string; role: PressRole }

export type AddProblem = 'already-member' | 'quota-full' | 'outlet-has-place'

/**
 * Whether an officer may add one candidate by hand to a session's pool: not twice, within the
 * role's quota, and a second person of the same outlet and role only when no other outlet has a
 * candidate left for that role.
 */
export function poolAdditionProblem(input: {
  candidate: PoolCandidate
  members: readonly PoolMemberState[]
  candidates: readonly PoolCandidate[]
  quotas: PoolQuotas
}): AddProblem | null {
  const { candidate, members } = input
  if (members.some((m) => m.pass === candidate.pass)) return 'already-member'
  const inRole = members.filter((m) => m.role === candidate.role)
  if (inRole.length >= (input.quotas[candidate.role] ?? 0)) return 'quota-full'
  if (inRole.some((m) => m.outlet === candidate.outlet)) {
    const served = new Set(inRole.map((m) => m.outlet))
    const members = new Set(input.members.map((m) => m.pass))
    const another = input.candidates.some(
      (c) =>
        c.role === candidate.role &&
        !members.has(c.pass) &&
        c.outlet !== candidate.outlet &&
        !served.has(c.outlet),
    )
    if (another) return 'outlet-has-place'
  }
  return null
}

/** The outlet's next turn number in this event, given its earlier turns. */
export const nextTurn = (history: readonly EarlierTurn[], outlet: string): number =>
  history.filter((turn) => turn.outlet === outlet).length + 1

/** A quota must be a whole number from 0 to 500 (null: not set, no place). */
export function isValidQuota(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true
  const number = typeof value === 'number' ? value : Number(value)
  return Number.isInteger(number) && number >= 0 && number <= 500 && String(value).trim() !== ''
}
