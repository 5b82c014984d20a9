import { localDate } from '../time'

/** The congress days as local dates (YYYY-MM-DD in Vietnam time), from its opening and closing times. */
export function eventDays(startDate: string, endDate: string): string[] {
  const first = localDate(startDate)
  const last = localDate(endDate)
  const days: string[] = []
  for (
    let cursor = new Date(`${first}T00:00:00Z`);
    days.length < 31;
    cursor.setUTCDate(cursor.getUTCDate() + 1)
  ) {
    const iso = cursor.toISOString().slice(0, 10)
    days.push(iso)
    if (iso >= last) break
  }
  return days
}
