import { localDate } from '../time'

export type TimedSession = { startsAt: string; endsAt: string }

/** The sessions running at a moment, and the next ones to start (up to `count`). */
export function nowAndNext<T extends TimedSession>(
  sessions: readonly T[],
  at: Date,
  count = 2,
): { current: T[]; next: T[] } {
  const time = at.getTime()
  const sorted = [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  return {
    current: sorted.filter(
      (s) => new Date(s.startsAt).getTime() <= time && time < new Date(s.endsAt).getTime(),
    ),
    next: sorted.filter((s) => new Date(s.startsAt).getTime() > time).slice(0, count),
  }
}

/** Sessions grouped by their day in Vietnam (YYYY-MM-DD), days and sessions in order. */
export function groupByDay<T extends TimedSession>(
  sessions: readonly T[],
): { day: string; sessions: T[] }[] {
  const days = new Map<string, T[]>()
  for (const session of [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = localDate(session.startsAt)
    days.set(day, [...(days.get(day) ?? []), session])
  }
  return [...days].map(([day, list]) => ({ day, sessions: list }))
}
