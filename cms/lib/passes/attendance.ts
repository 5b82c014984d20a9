import { toCsv } from '../csv'
import { EVENT_TIME_ZONE } from '../time'

export type ScanRow = {
  scannedAt: string
  passNumber?: string | null
  day: string
  zone: string
  verdict: string
  staff?: string | null
  offline?: boolean | null
}

export type Attendance = {
  /** `admitted` counts entries (re-entries included), `people` the distinct passes admitted. */
  lists: { day: string; zone: string; admitted: number; people: number; refused: number }[]
  byHour: { hour: string; admitted: number }[]
  total: { scans: number; admitted: number; refused: number; offline: number }
}

const hourOf = new Intl.DateTimeFormat('sv-SE', {
  timeZone: EVENT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
})

/** Counts for the press office: per check-in list (day and zone), and admissions per hour (Vietnam time). */
export function summariseAttendance(rows: readonly ScanRow[]): Attendance {
  const lists = new Map<string, Attendance['lists'][number]>()
  const hours = new Map<string, number>()
  const people = new Map<string, Set<string>>()
  const total = { scans: rows.length, admitted: 0, refused: 0, offline: 0 }
  for (const row of rows) {
    const key = `${row.day} ${row.zone}`
    const list = lists.get(key) ?? {
      day: row.day,
      zone: row.zone,
      admitted: 0,
      people: 0,
      refused: 0,
    }
    const admitted = row.verdict === 'valid'
    if (admitted) {
      list.admitted++
      const seen = people.get(key) ?? new Set<string>()
      seen.add(row.passNumber ?? `scan-${list.admitted}`)
      people.set(key, seen)
      list.people = seen.size
      total.admitted++
      const hour = `${hourOf.format(new Date(row.scannedAt))}:00`
      hours.set(hour, (hours.get(hour) ?? 0) + 1)
    } else {
      list.refused++
      total.refused++
    }
    if (row.offline) total.offline++
    lists.set(key, list)
  }
  return {
    lists: [...lists.values()].sort((a, b) =>
      `${a.day}${a.zone}`.localeCompare(`${b.day}${b.zone}`),
    ),
    byHour: [...hours.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([hour, admitted]) => ({ hour, admitted })),
    total,
  }
}

/** Every scan as a spreadsheet row, times in Vietnam. */
export function attendanceCsv(rows: readonly ScanRow[]): string {
  const local = new Intl.DateTimeFormat('sv-SE', {
    timeZone: EVENT_TIME_ZONE,
    dateStyle: 'short',
    timeStyle: 'medium',
  })
  return toCsv(
    ['scanned_at', 'pass_number', 'day', 'zone', 'verdict', 'staff', 'offline'],
    rows.map((row) => [
      local.format(new Date(row.scannedAt)),
      row.passNumber ?? '',
      row.day,
      row.zone,
      row.verdict,
      row.staff ?? '',
      row.offline ? 'yes' : 'no',
    ]),
  )
}
