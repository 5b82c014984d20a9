import { EVENT_TIME_ZONE } from '~/cms/lib/time'
import type { Locale } from '../i18n/locales'

type Style = 'date' | 'dateTime' | 'dayMonth' | 'time' | 'weekdayDate'

const options: Record<Style, Intl.DateTimeFormatOptions> = {
  date: { day: 'numeric', month: 'long', year: 'numeric' },
  dateTime: {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
  dayMonth: { day: 'numeric', month: 'long' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  weekdayDate: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(locale: Locale, style: Style): Intl.DateTimeFormat {
  const key = `${locale}:${style}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
      ...options[style],
      timeZone: EVENT_TIME_ZONE,
    })
    formatters.set(key, formatter)
  }
  return formatter
}

const toDate = (value: string | Date) => (typeof value === 'string' ? new Date(value) : value)

/** The one date formatter: always in the congress's time zone, whatever the server's. */
export function formatDate(value: string | Date, locale: Locale, style: Style = 'date'): string {
  return formatterFor(locale, style).format(toDate(value))
}

/** A span of days such as "16 – 17 tháng 10, 2025" / "16 – 17 October 2025", for the congress dates. */
export function formatDateRange(start: string | Date, end: string | Date, locale: Locale): string {
  return formatterFor(locale, 'date').formatRange(toDate(start), toDate(end))
}

/** A time of day in the congress's time zone, e.g. "07:30". */
export const formatTime = (value: string | Date, locale: Locale): string =>
  formatDate(value, locale, 'time')
