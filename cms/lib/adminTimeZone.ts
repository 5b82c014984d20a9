/**
 * The admin reads every date and time in Asia/Ho_Chi_Minh, whatever the time zone of the
 * officer's browser (a laptop set to Paris at a congress in Cà Mau; a reporter's phone).
 *
 * Payload formats dates in the browser with date-fns and react-datepicker, which read a Date's
 * LOCAL fields: list cells, document fields, date pickers, "last modified", version history. Its
 * per-field `timezone` option covers only date fields given a stored `<name>_tz` column (not
 * createdAt/updatedAt, nor version history). So the admin page itself runs in the office's zone:
 * `zonedDate` is a Date whose local fields are those of the zone, and `installTimeZone` makes it
 * the page's Date (and the zone the default of Intl's formatters). Instants never change: only how
 * they read. Used by the admin's provider (cms/components/AdminTimeZone.tsx), in the browser only;
 * the admin server runs with TZ=Asia/Ho_Chi_Minh for what it renders itself.
 */
export const OFFICE_TIME_ZONE = 'Asia/Ho_Chi_Minh'

type DateParts = [number, number, number, number, number, number, number]

const LOCAL_FIELDS = ['FullYear', 'Month', 'Date', 'Hours', 'Minutes', 'Seconds', 'Milliseconds']

/** ISO-like date-times without an offset, which JavaScript reads as local time. */
const LOCAL_DATE_TIME = /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?$/

export function zonedDate(
  NativeDate: DateConstructor,
  NativeFormat: typeof Intl.DateTimeFormat,
  timeZone: string,
): DateConstructor {
  const wallClock = new NativeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  })
  const offsets = new Map<number, number>()

  /** Minutes the zone is ahead of UTC at instant `time`. */
  const offsetAt = (time: number): number => {
    if (!Number.isFinite(time)) return 0
    const bucket = Math.floor(time / 900_000)
    const known = offsets.get(bucket)
    if (known !== undefined) return known
    const part: Record<string, number> = {}
    for (const { type, value } of wallClock.formatToParts(new NativeDate(time)))
      part[type] = Number(value)
    const wall = NativeDate.UTC(
      part.year!,
      part.month! - 1,
      part.day!,
      part.hour! % 24,
      part.minute!,
      part.second!,
    )
    const offset = Math.round((wall - Math.floor(time / 1000) * 1000) / 60_000)
    offsets.set(bucket, offset)
    return offset
  }

  /** The instant whose wall clock in the zone reads `wall` (given as if it were UTC). */
  const fromWall = (wall: number): number => {
    if (!Number.isFinite(wall)) return NaN
    const first = wall - offsetAt(wall) * 60_000
    const second = wall - offsetAt(first) * 60_000
    return second
  }

  const wallOf = (date: Date): Date => {
    const time = NativeDate.prototype.getTime.call(date)
    return new NativeDate(time + offsetAt(time) * 60_000)
  }

  class ZonedDate extends NativeDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super()
      else if (args.length === 1) {
        const [value] = args
        if (typeof value === 'string' && LOCAL_DATE_TIME.test(value.trim()))
          super(fromWall(NativeDate.parse(`${value.trim().replace(' ', 'T')}Z`)))
        else if (value instanceof NativeDate) super(NativeDate.prototype.getTime.call(value))
        else super(value as number | string)
      } else {
        const parts = args.map(Number)
        if (parts.length === 2) parts.push(1)
        super(fromWall(NativeDate.UTC(...(parts as DateParts))))
      }
    }

    static override [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof NativeDate
    }

    override getTimezoneOffset(): number {
      return -offsetAt(this.getTime())
    }

    override getDay(): number {
      return wallOf(this).getUTCDay()
    }

    override toString(): string {
      if (Number.isNaN(this.getTime())) return 'Invalid Date'
      return `${this.toDateString()} ${this.toTimeString()}`
    }

    override toDateString(): string {
      return wallOf(this)
        .toUTCString()
        .slice(0, 16)
        .replace(',', '')
        .replace(/^(\w+) (\d+) (\w+)/, '$1 $3 $2')
    }

    override toTimeString(): string {
      const offset = offsetAt(this.getTime())
      const sign = offset < 0 ? '-' : '+'
      const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')
      const minutes = String(Math.abs(offset) % 60).padStart(2, '0')
      return `${wallOf(this).toISOString().slice(11, 19)} GMT${sign}${hours}${minutes}`
    }

    override toLocaleString(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      return NativeDate.prototype.toLocaleString.call(this, locales, { timeZone, ...options })
    }

    override toLocaleDateString(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      return NativeDate.prototype.toLocaleDateString.call(this, locales, { timeZone, ...options })
    }

    override toLocaleTimeString(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      return NativeDate.prototype.toLocaleTimeString.call(this, locales, { timeZone, ...options })
    }
  }

  const prototype = ZonedDate.prototype as unknown as Record<string, unknown>
  const native = NativeDate.prototype as unknown as Record<string, (...a: unknown[]) => number>
  LOCAL_FIELDS.forEach((field) => {
    prototype[`get${field}`] = function (this: Date) {
      return native[`getUTC${field}`]!.call(wallOf(this))
    }
    prototype[`set${field}`] = function (this: Date, ...values: unknown[]) {
      const wall = wallOf(this)
      native[`setUTC${field}`]!.apply(wall, values)
      return this.setTime(fromWall(wall.getTime()))
    }
  })

  // `Date()` called without `new` answers a string, as the native one does.
  return new Proxy(ZonedDate, {
    apply: () => new ZonedDate().toString(),
  }) as unknown as DateConstructor
}

/** A formatter constructor whose default time zone is `timeZone` (an explicit one is kept). */
export function zonedFormat(
  NativeFormat: typeof Intl.DateTimeFormat,
  timeZone: string,
): typeof Intl.DateTimeFormat {
  const withZone = (options?: Intl.DateTimeFormatOptions) => ({
    ...options,
    timeZone: options?.timeZone ?? timeZone,
  })
  const Zoned = function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    return new NativeFormat(locales, withZone(options))
  } as unknown as typeof Intl.DateTimeFormat
  Object.defineProperty(Zoned, 'prototype', { value: NativeFormat.prototype })
  Object.defineProperty(Zoned, 'supportedLocalesOf', { value: NativeFormat.supportedLocalesOf })
  return Zoned
}

const INSTALLED = Symbol.for('portal.adminTimeZone')

/** Makes `scope` (the admin page's window) read dates in `timeZone`. Once; idempotent. */
export function installTimeZone(
  scope: { Date: DateConstructor; Intl: typeof Intl } & Record<symbol, unknown>,
  timeZone: string = OFFICE_TIME_ZONE,
): void {
  if (scope[INSTALLED]) return
  const NativeDate = scope.Date
  const NativeFormat = scope.Intl.DateTimeFormat
  scope.Date = zonedDate(NativeDate, NativeFormat, timeZone)
  scope.Intl.DateTimeFormat = zonedFormat(NativeFormat, timeZone)
  scope[INSTALLED] = true
}
