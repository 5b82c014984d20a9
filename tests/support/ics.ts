/**
 * A small iCalendar (RFC 5545) reader for the tests: unfolds continued lines, checks the
 * calendar's frame and CRLF line ends, and returns each VEVENT's properties (text unescaped).
 */
export type IcsEvent = Record<string, string>

export function parseIcs(text: string): IcsEvent[] {
  if (!text.startsWith('BEGIN:VCALENDAR\r\n') || !text.trimEnd().endsWith('END:VCALENDAR'))
    throw new Error('not an iCalendar file')
  if (/[^\r]\n/.test(text)) throw new Error('iCalendar lines must end with CRLF')
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean)
  if (!lines.includes('VERSION:2.0')) throw new Error('no VERSION:2.0')
  const events: IcsEvent[] = []
  let current: IcsEvent | null = null
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {}
    else if (line === 'END:VEVENT') {
      if (!current) throw new Error('END:VEVENT without BEGIN')
      events.push(current)
      current = null
    } else if (current) {
      const colon = line.indexOf(':')
      const name = line.slice(0, colon).split(';')[0]!
      current[name] = line
        .slice(colon + 1)
        .replace(/\\n/gi, '\n')
        .replace(/\\([,;\\])/g, '$1')
    }
  }
  return events
}

/** An iCalendar UTC time (20251016T020000Z) as a Date. */
export const icsTime = (value: string): Date =>
  new Date(value.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'))
