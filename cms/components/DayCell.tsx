'use client'

/** A day stored as YYYY-MM-DD (a door list's day, a pass's or request's days), read dd/MM/yyyy in lists. */
export function DayCell({ cellData }: { cellData?: unknown }) {
  const days = (Array.isArray(cellData) ? cellData : [cellData]).filter(
    (day): day is string => typeof day === 'string' && day.length > 0,
  )
  const read = (day: string) =>
    /^\d{4}-\d\d-\d\d$/.test(day) ? day.split('-').reverse().join('/') : day
  return <span>{days.map(read).join(', ')}</span>
}
