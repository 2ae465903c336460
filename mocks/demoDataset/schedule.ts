// When each 接待人员 is 接待中: shifts, two days off a week, lunch breaks, a few short breaks.
import { SERVICER_MODELS, type ShiftKind } from './directory'
import type { SeededRandom } from './seededRandom'
import type { ZoneCalendar } from './zonedTime'

/** [on, off) in Unix seconds. */
export interface Interval {
  on: number
  off: number
}

export interface StatusChange {
  time: number
  userid: string
  status: 1 | 2
}

/** A local day: its number (days since 1970-01-01) and [start, end) in Unix seconds. */
export interface Day {
  dayNumber: number
  start: number
  end: number
}

const H = 3600
const M = 60

interface ShiftPlan {
  on: number
  off: number
  breakAt: number
  breakMinutes: [number, number]
}

const SHIFTS: Record<ShiftKind, ShiftPlan> = {
  early: { on: 8 * H + 30 * M, off: 17 * H + 30 * M, breakAt: 12 * H, breakMinutes: [30, 70] },
  middle: { on: 10 * H, off: 19 * H, breakAt: 13 * H, breakMinutes: [30, 60] },
  late: { on: 13 * H, off: 22 * H, breakAt: 17 * H + 30 * M, breakMinutes: [25, 45] },
}

/** The instant of a wall time on a day; plain addition unless the day has a DST change. */
export function wallInstant(calendar: ZoneCalendar, day: Day, secondsOfDay: number): number {
  if (day.end - day.start === 86400) {
    const offsetStart = calendar.offsetAt(day.start)
    if (offsetStart === calendar.offsetAt(day.end - 1)) return day.start + secondsOfDay
  }
  return calendar.instantOnDay(day.dayNumber, secondsOfDay)
}

export class Schedule {
  private readonly intervals = new Map<string, Interval[]>()
  /** Status changes per day number, in time order. */
  private readonly changesByDay = new Map<number, StatusChange[]>()

  /** `days` in order; the plan covers them all (the caller may add a day after the range). */
  constructor(rng: SeededRandom, calendar: ZoneCalendar, days: readonly Day[]) {
    for (const model of SERVICER_MODELS) this.intervals.set(model.servicer.userid, [])
    for (const day of days) {
      const changes: StatusChange[] = []
      for (const model of SERVICER_MODELS) {
        const userid = model.servicer.userid
        const rest = (day.dayNumber + model.restOffset) % 7
        // Draw the same number of values every day, so one servicer's plan never shifts another's.
        const sick = rng.chance(0.02)
        const onJitter = rng.int(-12 * M, 8 * M)
        const offJitter = rng.int(-10 * M, 25 * M)
        const breakJitter = rng.int(-15 * M, 20 * M)
        const breakLength = rng.int(model.shift === 'late' ? 25 : 30, 70) * M
        const extraBreak = rng.chance(0.15)
        const extraAt = rng.float(0.6, 0.9)
        const extraLength = rng.int(5 * M, 20 * M)
        if (rest === 0 || rest === 1 || sick) continue
        const plan = SHIFTS[model.shift]
        const on = wallInstant(calendar, day, plan.on + onJitter)
        const off = wallInstant(calendar, day, plan.off + offJitter)
        const breakStart = wallInstant(calendar, day, plan.breakAt + breakJitter)
        const breakEnd = breakStart + Math.min(breakLength, plan.breakMinutes[1] * M)
        const pieces: Interval[] = [{ on, off: breakStart }]
        if (extraBreak) {
          const at = breakEnd + Math.floor((off - breakEnd) * extraAt)
          pieces.push({ on: breakEnd, off: at }, { on: at + extraLength, off })
        } else {
          pieces.push({ on: breakEnd, off })
        }
        const list = this.intervals.get(userid) as Interval[]
        for (const piece of pieces) {
          if (piece.off <= piece.on) continue
          list.push(piece)
          changes.push(
            { time: piece.on, userid, status: 1 },
            { time: piece.off, userid, status: 2 },
          )
        }
      }
      changes.sort((a, b) => a.time - b.time)
      this.changesByDay.set(day.dayNumber, changes)
    }
  }

  changesOn(dayNumber: number): readonly StatusChange[] {
    return this.changesByDay.get(dayNumber) ?? []
  }

  /** Index of the first interval whose off is after t. */
  private firstEndingAfter(list: readonly Interval[], t: number): number {
    let lo = 0
    let hi = list.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((list[mid] as Interval).off > t) hi = mid
      else lo = mid + 1
    }
    return lo
  }

  /** Online at t and not about to go off within `margin` seconds. */
  isOnline(userid: string, t: number, margin = 120): boolean {
    const list = this.intervals.get(userid) ?? []
    const i = this.firstEndingAfter(list, t + margin)
    const interval = list[i]
    return interval !== undefined && interval.on <= t
  }

  /** The next moment after t when the servicer comes on, or null. */
  nextOn(userid: string, t: number): number | null {
    const list = this.intervals.get(userid) ?? []
    for (let i = this.firstEndingAfter(list, t); i < list.length; i++) {
      const interval = list[i] as Interval
      if (interval.on > t) return interval.on
    }
    return null
  }
}
