// metrics.md §5: a date range is whole days in the dataset's zone, both ends included.
import type { DayNumber, ZoneClock } from '../time/zoneClock'

export interface DayRange {
  from: DayNumber
  to: DayNumber
}

export function dayCount(range: DayRange): number {
  return Math.max(0, range.to - range.from + 1)
}

/** Counts a moment into its day of the range: the index, or -1 outside the range. */
export class DayBuckets {
  readonly count: number
  private readonly from: DayNumber
  private readonly clock: ZoneClock

  constructor(range: DayRange, clock: ZoneClock) {
    this.from = range.from
    this.count = dayCount(range)
    this.clock = clock
  }

  indexOf(time: number): number {
    const index = this.clock.dayOf(time) - this.from
    return index >= 0 && index < this.count ? index : -1
  }
}

/** [first instant, end) of the range, for durations (接待时长). */
export function rangeBounds(range: DayRange, clock: ZoneClock): [number, number] {
  return [clock.startOfDay(range.from), clock.startOfDay(range.to + 1)]
}
