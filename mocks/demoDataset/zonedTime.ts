// Calendar days and wall times in an IANA zone, from Intl.DateTimeFormat alone: no zone's
// offset is written down here, so any zone (with DST) gives the right day boundaries.

const SECONDS_PER_DAY = 86400
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

export interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

/** Whole days since 1970-01-01 for a 'YYYY-MM-DD' calendar date, or null if it is not one. */
export function dayNumberOfDate(text: string): number | null {
  const m = DATE_PATTERN.exec(text)
  if (!m) return null
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  if (year < 1971 || year > 9998 || month < 1 || month > 12 || day < 1) return null
  const ms = Date.UTC(year, month - 1, day)
  const check = new Date(ms)
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null
  return ms / (SECONDS_PER_DAY * 1000)
}

/** 'YYYY-MM-DD' for a day number. */
export function dateOfDayNumber(dayNumber: number): string {
  return new Date(dayNumber * SECONDS_PER_DAY * 1000).toISOString().slice(0, 10)
}

export function isValidTimeZone(name: string): boolean {
  if (name === '') return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name })
    return true
  } catch {
    return false
  }
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

export class ZoneCalendar {
  readonly timeZone: string
  private readonly formatter: Intl.DateTimeFormat

  constructor(timeZone: string) {
    this.timeZone = timeZone
    this.formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
  }

  /** The wall clock in this zone at instant t (Unix seconds). */
  wallTime(t: number): WallTime {
    const wall: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 }
    for (const part of this.formatter.formatToParts(new Date(t * 1000))) {
      if (part.type in wall) wall[part.type as keyof WallTime] = Number(part.value)
    }
    return wall
  }

  /** The zone's offset from UTC at instant t, in seconds (east positive). */
  offsetAt(t: number): number {
    const w = this.wallTime(t)
    const wallAsUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) / 1000
    return wallAsUtc - t
  }

  /** The local calendar day (day number) of instant t. */
  dayNumberAt(t: number): number {
    const w = this.wallTime(t)
    return Date.UTC(w.year, w.month - 1, w.day) / (SECONDS_PER_DAY * 1000)
  }

  /**
   * The first instant of a local day: a binary search for the first second whose local date
   * is that day or later (offsets stay within ±26 h; a zone that skips midnight is handled).
   */
  startOfDay(dayNumber: number): number {
    let lo = dayNumber * SECONDS_PER_DAY - 26 * 3600
    let hi = dayNumber * SECONDS_PER_DAY + 26 * 3600
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2)
      if (this.dayNumberAt(mid) >= dayNumber) hi = mid
      else lo = mid + 1
    }
    return lo
  }

  /**
   * The instant of a wall time (seconds after local midnight) on a local day. In a repeated
   * or skipped hour the result is one of the nearby instants, which is all the demo needs.
   */
  instantOfWall(dayNumber: number, secondsOfDay: number): number {
    const guess = dayNumber * SECONDS_PER_DAY + secondsOfDay
    const first = guess - this.offsetAt(guess)
    return guess - this.offsetAt(first)
  }

  /** 'YYYY-MM-DDTHH:MM:SS' in this zone, without an offset (a workbook cell). */
  formatWall(t: number): string {
    const w = this.wallTime(t)
    return (
      `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}` +
      `T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`
    )
  }
}
