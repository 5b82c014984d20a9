import { EVENT_TIME_ZONE } from '../time'

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: EVENT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** dd/MM/yyyy HH:mm, 24 hours, in Vietnam: how every date on the dashboard reads. */
export function formatDateTime(moment: Date | string | null | undefined): string {
  if (!moment) return '—'
  const date = typeof moment === 'string' ? new Date(moment) : moment
  if (Number.isNaN(date.getTime())) return '—'
  const p = Object.fromEntries(parts.formatToParts(date).map((part) => [part.type, part.value]))
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`
}

/** How long something has waited, in the admin's language: "3 ngày 4 giờ", "2 h 5 min". */
export function formatWaited(since: Date | string, at: Date, language: 'vi' | 'en'): string {
  const ms = Math.max(0, at.getTime() - new Date(since).getTime())
  const minutes = Math.floor(ms / 60_000)
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const mins = minutes % 60
  const unit =
    language === 'vi'
      ? { d: 'ngày', h: 'giờ', m: 'phút' }
      : { d: days === 1 ? 'day' : 'days', h: 'h', m: 'min' }
  if (days > 0) return `${days} ${unit.d} ${hours} ${unit.h}`
  if (hours > 0) return `${hours} ${unit.h} ${mins} ${unit.m}`
  return `${mins} ${unit.m}`
}

/** A local day ("2026-12-02") as dd/MM/yyyy. */
export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  return match ? `${match[3]}/${match[2]}/${match[1]}` : day
}
