// The generator's calendar: the engine's ZoneClock (days and wall times from Intl, any zone,
// DST included), plus the two conveniences the generator needs.
import { formatDay, parseDay, ZoneClock } from '../../src/domain/time/zoneClock'

export { isValidTimeZone } from '../../src/domain/time/zoneClock'
export type { WallTime } from '../../src/domain/time/zoneClock'

const SECONDS_PER_DAY = 86400
const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** Whole days since 1970-01-01 for a 'YYYY-MM-DD' date from 1971 to 9998, or null. */
export function dayNumberOfDate(text: string): number | null {
  const day = parseDay(text)
  if (day === null) return null
  const year = Number(text.slice(0, 4))
  return year < 1971 || year > 9998 ? null : day
}

/** 'YYYY-MM-DD' for a day number. */
export const dateOfDayNumber = formatDay

export class ZoneCalendar extends ZoneClock {
  /** The local calendar day (day number) of instant t. */
  dayNumberAt(t: number): number {
    return this.dayOf(t)
  }

  /** The instant of a wall time (seconds after local midnight) on a local day. */
  instantOnDay(dayNumber: number, secondsOfDay: number): number {
    const wall = new Date((dayNumber * SECONDS_PER_DAY + secondsOfDay) * 1000)
    return this.instantOfWall({
      year: wall.getUTCFullYear(),
      month: wall.getUTCMonth() + 1,
      day: wall.getUTCDate(),
      hour: wall.getUTCHours(),
      minute: wall.getUTCMinutes(),
      second: wall.getUTCSeconds(),
    })
  }

  /** 'YYYY-MM-DDTHH:MM:SS' in this zone, without an offset (a workbook cell). */
  formatWall(t: number): string {
    const w = this.wallTime(t)
    return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`
  }
}
