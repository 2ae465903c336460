// The date ranges a user picks (今天, 近7天, 本月…), resolved in the dataset's zone at `as_of`.
import { formatDay, parseDay, type DayNumber, type ZoneClock } from '../time/zoneClock'
import type { DayRange } from './dayRange'

export type RangePreset = 'today' | 'yesterday' | '7d' | '30d' | 'month' | 'lastMonth' | 'all'
export type RangeSpec = { preset: RangePreset } | { from: string; to: string }

export const RANGE_PRESET_LABELS: Record<RangePreset, string> = {
  today: '今天',
  yesterday: '昨天',
  '7d': '近7天',
  '30d': '近30天',
  month: '本月',
  lastMonth: '上月',
  all: '全部',
}

function monthStart(day: DayNumber): DayNumber {
  const text = formatDay(day)
  return parseDay(`${text.slice(0, 8)}01`)!
}

/**
 * 近7天 and 近30天 end today (the day of `as_of`) — the board is live, unlike WeChat's next-day
 * statistics. 全部 is the report's default: the first stored event's day to today.
 */
export function resolveRangeSpec(
  spec: RangeSpec,
  clock: ZoneClock,
  asOf: number,
  firstEventTime: number | null,
): DayRange {
  const today = clock.dayOf(asOf)
  if ('from' in spec) {
    const from = parseDay(spec.from)
    const to = parseDay(spec.to)
    if (from !== null && to !== null) return { from, to }
    return { from: today, to: today }
  }
  switch (spec.preset) {
    case 'today':
      return { from: today, to: today }
    case 'yesterday':
      return { from: today - 1, to: today - 1 }
    case '7d':
      return { from: today - 6, to: today }
    case '30d':
      return { from: today - 29, to: today }
    case 'month':
      return { from: monthStart(today), to: today }
    case 'lastMonth': {
      const thisMonth = monthStart(today)
      return { from: monthStart(thisMonth - 1), to: thisMonth - 1 }
    }
    case 'all':
      return { from: firstEventTime === null ? today : clock.dayOf(firstEventTime), to: today }
  }
}

/** The period of the same length just before (环比). */
export function previousRange(range: DayRange): DayRange {
  const length = Math.max(1, range.to - range.from + 1)
  return { from: range.from - length, to: range.from - 1 }
}
