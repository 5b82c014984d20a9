/**
 * The waiting list of an outlet's role at one event: first come, first served. Its order is the
 * order the requests arrived in (creation time, then id for the same millisecond).
 */
export type WaitingEntry = { id: number | string; createdAt: string }

export const byArrival = (a: WaitingEntry, b: WaitingEntry): number =>
  a.createdAt.localeCompare(b.createdAt) ||
  String(a.id).localeCompare(String(b.id), 'en', { numeric: true })

/** 1 for the first in line; null when the request is not on the list. */
export function waitingPosition(
  entries: readonly WaitingEntry[],
  id: number | string,
): number | null {
  const index = [...entries].sort(byArrival).findIndex((entry) => String(entry.id) === String(id))
  return index < 0 ? null : index + 1
}

/** Whether someone on the list arrived before `request`: a free place goes to them first. */
export const someoneEarlierWaits = (
  waiting: readonly WaitingEntry[],
  request: WaitingEntry,
): boolean =>
  waiting.some((entry) => String(entry.id) !== String(request.id) && byArrival(entry, request) < 0)
