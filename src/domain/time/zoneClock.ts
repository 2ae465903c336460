// Calendar days and wall times in an IANA zone, DST included.
// Every offset comes from Intl (the platform's tz database); nothing here knows a zone's rules.
// Offsets are cached per UTC hour: within an hour whose two ends share an offset, no
// transition happens (tzdb has no two transitions within one hour).

const SECONDS_PER_DAY = 86400

export function isValidTimeZone(name: string): boolean {
  if (name === '') return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name })
    return true
  } catch {
    return false
  }
}

export interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

/** A day number: whole days since 1970-01-01 of the local calendar date. */
export type DayNumber = number

export class ZoneClock {
  readonly timeZone: string
  private readonly formatter: Intl.DateTimeFormat
  private readonly hourOffsets = new Map<number, number | null>()
  private readonly dayStarts = new Map<DayNumber, number>()

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
      era: 'short',
    })
  }

  /** The zone's offset from UTC at instant t, in seconds (east positive). */
  offsetAt(t: number): number {
    const hour = Math.floor(t / 3600)
    let cached = this.hourOffsets.get(hour)
    if (cached === undefined) {
      const atStart = this.intlOffset(hour * 3600)
      const atEnd = this.intlOffset(hour * 3600 + 3599)
      cached = atStart === atEnd ? atStart : null
      this.hourOffsets.set(hour, cached)
    }
    return cached ?? this.intlOffset(t)
  }

  /** The local calendar day of instant t. */
  dayOf(t: number): DayNumber {
    return Math.floor((t + this.offsetAt(t)) / SECONDS_PER_DAY)
  }

  wallTime(t: number): WallTime {
    return wallOfUtc(t + this.offsetAt(t))
  }

  /** The first instant of a local day (not always 00:00: some zones skip midnight). */
  startOfDay(day: DayNumber): number {
    let start = this.dayStarts.get(day)
    if (start === undefined) {
      // The first instant whose local day is ≥ day: offsets stay within ±26 h.
      let lo = day * SECONDS_PER_DAY - 26 * 3600
      let hi = day * SECONDS_PER_DAY + 26 * 3600
      while (lo < hi) {
        const mid = Math.floor((lo + hi) / 2)
        if (this.dayOf(mid) >= day) hi = mid
        else lo = mid + 1
      }
      start = lo
      this.dayStarts.set(day, start)
    }
    return start
  }

  /** [start, end) of a local day in epoch seconds. */
  dayBounds(day: DayNumber): [number, number] {
    return [this.startOfDay(day), this.startOfDay(day + 1)]
  }

  /**
   * The instant of a wall time in this zone. In a repeated hour (DST ends) the earlier instant;
   * in a skipped hour (DST starts) the wall time is read with the offset before the gap, which
   * lands after it (as Temporal's 'compatible' disambiguation does).
   */
  instantOfWall(w: WallTime): number {
    const asUtc = utcOfWall(w)
    const before = this.offsetAt(asUtc - SECONDS_PER_DAY)
    const after = this.offsetAt(asUtc + SECONDS_PER_DAY)
    const candidates = [...new Set([before, this.offsetAt(asUtc), after])]
      .map((offset) => asUtc - offset)
      .filter((t) => utcOfWall(this.wallTime(t)) === asUtc)
      .sort((a, b) => a - b)
    return candidates[0] ?? asUtc - before
  }

  /** `YYYY-MM-DDTHH:MM:SS±HH:MM` in this zone (UTC as +00:00). */
  formatInstant(t: number): string {
    const offset = this.offsetAt(t)
    const w = wallOfUtc(t + offset)
    const sign = offset < 0 ? '-' : '+'
    const abs = Math.abs(offset)
    return (
      `${formatDate(w)}T${pad2(w.hour)}:${pad2(w.minute)}:${pad2(w.second)}` +
      `${sign}${pad2(Math.floor(abs / 3600))}:${pad2(Math.floor((abs % 3600) / 60))}`
    )
  }

  private intlOffset(t: number): number {
    const parts = this.formatter.formatToParts(new Date(t * 1000))
    const get = (type: Intl.DateTimeFormatPartTypes): number =>
      Number(parts.find((p) => p.type === type)?.value ?? 0)
    let year = get('year')
    if (parts.find((p) => p.type === 'era')?.value === 'BC') year = 1 - year
    const local = utcOfWall({
      year,
      month: get('month'),
      day: get('day'),
      hour: get('hour'),
      minute: get('minute'),
      second: get('second'),
    })
    return local - t
  }
}

/** Seconds since the epoch of a wall time read as UTC (proleptic Gregorian). */
export function utcOfWall(w: WallTime): number {
  const date = new Date(0)
  date.setUTCFullYear(w.year, w.month - 1, w.day)
  date.setUTCHours(w.hour, w.minute, w.second, 0)
  return Math.floor(date.getTime() / 1000)
}

function wallOfUtc(t: number): WallTime {
  const d = new Date(t * 1000)
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  }
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

function formatDate(w: Pick<WallTime, 'year' | 'month' | 'day'>): string {
  return `${String(w.year).padStart(4, '0')}-${pad2(w.month)}-${pad2(w.day)}`
}

/** `YYYY-MM-DD` of a day number. */
export function formatDay(day: DayNumber): string {
  return formatDate(wallOfUtc(day * SECONDS_PER_DAY))
}

/** The day number of a `YYYY-MM-DD` date, or null when it is not a real date. */
export function parseDay(text: string): DayNumber | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!m) return null
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (!isRealDate(year, month, day)) return null
  return utcOfWall({ year, month, day, hour: 0, minute: 0, second: 0 }) / SECONDS_PER_DAY
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  return day <= daysInMonth(year, month)
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}
