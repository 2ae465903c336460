// When each 接待人员 is 接待中: shifts (one of them through the night), two days off a week,
// lunch breaks, a few short breaks. A day's plan depends only on the seed and the day, so a
// day is planned alike whatever range it is generated in (the live feed plays one day at a time).
import { SERVICER_MODELS, type ServicerModel, type ShiftKind } from './directory'
import { SeededRandom, deriveSeed } from './seededRandom'
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

/** Seconds after local midnight; a shift whose off is before its on runs through midnight. */
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
  // On a working day: 00:00–08:45 (with the break) and 21:30–24:00, two pieces of the same day.
  // The break is the n-th night servicer's: 01:30, 03:00 or 04:30 (seconds after midnight, not
  // wall time, so a DST change cannot make two of them meet), each within [−15, +65] minutes
  // of it, so no two overlap.
  night: {
    on: 21 * H + 30 * M,
    off: 8 * H + 45 * M,
    breakAt: 1 * H + 30 * M,
    breakMinutes: [30, 45],
  },
}
const NIGHT_BREAK_STEP = 90 * M

/** The night servicers in directory order: the n-th takes the n-th break. */
const NIGHT_MODELS = SERVICER_MODELS.filter((m) => m.shift === 'night')

/** A day off (two a week, by restOffset). */
const isRestDay = (model: ServicerModel, dayNumber: number): boolean =>
  (((dayNumber + model.restOffset) % 7) + 7) % 7 < 2

/** The instant of a wall time on a day; plain addition unless the day has a DST change. */
export function wallInstant(calendar: ZoneCalendar, day: Day, secondsOfDay: number): number {
  if (day.end - day.start === 86400) {
    const offsetStart = calendar.offsetAt(day.start)
    if (offsetStart === calendar.offsetAt(day.end - 1)) return day.start + secondsOfDay
  }
  return calendar.instantOnDay(day.dayNumber, secondsOfDay)
}

/** One servicer's random values for one day: the same number drawn for every servicer. */
interface Draws {
  sick: boolean
  onJitter: number
  offJitter: number
  breakJitter: number
  breakLength: number
  extraBreak: boolean
  extraAt: number
  extraLength: number
}

function draw(rng: SeededRandom, model: ServicerModel): Draws {
  return {
    sick: rng.chance(0.02),
    onJitter: rng.int(-12 * M, 8 * M),
    offJitter: rng.int(-10 * M, 25 * M),
    breakJitter: rng.int(-15 * M, 20 * M),
    breakLength: rng.int(model.shift === 'late' ? 25 : 30, 70) * M,
    extraBreak: rng.chance(0.15),
    extraAt: rng.float(0.6, 0.9),
    extraLength: rng.int(5 * M, 20 * M),
  }
}

/** The [on, off) pieces of a working day, in time order (some may be empty). */
function pieces(calendar: ZoneCalendar, day: Day, model: ServicerModel, d: Draws): Interval[] {
  const plan = SHIFTS[model.shift]
  if (model.shift === 'night') {
    const slot = plan.breakAt + NIGHT_MODELS.indexOf(model) * NIGHT_BREAK_STEP
    const breakStart = day.start + slot + d.breakJitter
    const breakEnd = breakStart + Math.min(d.breakLength, plan.breakMinutes[1] * M)
    const morningOff = wallInstant(calendar, day, plan.off + d.offJitter)
    const eveningOn = wallInstant(calendar, day, plan.on + d.onJitter)
    // The evening piece ends at the day's end: its off is the next day's first moment.
    return [
      { on: day.start, off: breakStart },
      { on: breakEnd, off: morningOff },
      { on: eveningOn, off: day.end },
    ]
  }
  const on = wallInstant(calendar, day, plan.on + d.onJitter)
  const off = wallInstant(calendar, day, plan.off + d.offJitter)
  const breakStart = wallInstant(calendar, day, plan.breakAt + d.breakJitter)
  const breakEnd = breakStart + Math.min(d.breakLength, plan.breakMinutes[1] * M)
  if (!d.extraBreak)
    return [
      { on, off: breakStart },
      { on: breakEnd, off },
    ]
  const at = breakEnd + Math.floor((off - breakEnd) * d.extraAt)
  return [
    { on, off: breakStart },
    { on: breakEnd, off: at },
    { on: at + d.extraLength, off },
  ]
}

export class Schedule {
  /** Per servicer, in time order; pieces that meet (a night across midnight) are one interval. */
  private readonly intervals = new Map<string, Interval[]>()
  /** Status changes per day number (the day they happen in), in time order. */
  private readonly changesByDay = new Map<number, StatusChange[]>()

  /**
   * `days` in order, one after the other. A piece that ends at a day's end (the night shift's
   * evening) goes off at the next day's first moment: that change belongs to the next day, before
   * any change at the same moment, so a night worked through is an off and an on at 00:00 (never
   * a double on), and every day's status changes, generated alone, agree with the day before.
   */
  constructor(seed: number, calendar: ZoneCalendar, days: readonly Day[]) {
    for (const model of SERVICER_MODELS) this.intervals.set(model.servicer.userid, [])
    for (const day of days) {
      const rng = new SeededRandom(deriveSeed(seed, `schedule ${day.dayNumber}`))
      const draws = SERVICER_MODELS.map((model) => draw(rng, model))
      // At most one of the night shift is away on a day (its days off never coincide); one who
      // falls ill when a colleague is already away comes in anyway, so two are always on duty.
      let nightAway = NIGHT_MODELS.filter((m) => isRestDay(m, day.dayNumber)).length
      SERVICER_MODELS.forEach((model, i) => {
        const d = draws[i] as Draws
        if (isRestDay(model, day.dayNumber)) return
        if (d.sick) {
          if (model.shift !== 'night') return
          if (nightAway === 0) {
            nightAway += 1
            return
          }
        }
        this.add(model.servicer.userid, day, pieces(calendar, day, model, d))
      })
    }
    for (const changes of this.changesByDay.values()) {
      // At one moment, an off before an on (a night through midnight).
      changes.sort((a, b) => a.time - b.time || b.status - a.status)
    }
  }

  private add(userid: string, day: Day, list: readonly Interval[]): void {
    const intervals = this.intervals.get(userid) as Interval[]
    for (const piece of list) {
      if (piece.off <= piece.on) continue
      const last = intervals[intervals.length - 1]
      if (last !== undefined && last.off === piece.on) last.off = piece.off
      else intervals.push({ ...piece })
      this.change(day, { time: piece.on, userid, status: 1 })
      this.change(day, { time: piece.off, userid, status: 2 })
    }
  }

  private change(day: Day, change: StatusChange): void {
    const dayNumber = change.time >= day.end ? day.dayNumber + 1 : day.dayNumber
    let list = this.changesByDay.get(dayNumber)
    if (!list) this.changesByDay.set(dayNumber, (list = []))
    list.push(change)
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
