/** The congress's time zone: every date a person reads is shown and reasoned about in it. */
export const EVENT_TIME_ZONE = 'Asia/Ho_Chi_Minh'

const localDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: EVENT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The calendar date (YYYY-MM-DD) in Vietnam at a moment. */
export const localDate = (moment: Date | string = new Date()): string =>
  localDay.format(typeof moment === 'string' ? new Date(moment) : moment)

/** Whether YYYY-MM-DD names a day that exists (no 30 February, no month 13). */
export function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}
/** A moment as part of a file or folder name (`2026-11-25T15-04-05Z`): sortable, safe everywhere. */
export const fileStamp = (moment: Date): string =>
  moment
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-')
const systemClock = () => new Date()
let clock: () => Date = systemClock

/**
 * "Now" for every rule that depends on time (embargoes, scheduled publishing, now/next sessions).
 * Tests move it with setClock; production always reads the system clock.
 */
export const now = (): Date => clock()

export function setClock(next: (() => Date) | Date | null): void {
  clock = next === null ? systemClock : next instanceof Date ? () => next : next
}
