// One figure per day for the trend chart: counts as they are, a rate or an average made of that
// day's own numerator and denominator (null where the denominator is 0: a gap, never 0).
import type { FigureView } from '@/domain/figures/figureCatalog'
import type { OverviewFigures } from '@/domain/figures/figureKeys'
import {
  averageSeconds,
  formatAverageDuration,
  formatPercent,
  percentValue,
} from '@/domain/display/formatFigures'

export interface TrendPoint {
  date: string
  /** The plotted value: a count, a whole percent, or whole seconds; null = `–`. */
  value: number | null
  /** The value as shown elsewhere on the page (`45%`, `3分5秒`, `–`). */
  shown: string
}

export function trendPoint(view: FigureView, date: string, f: OverviewFigures): TrendPoint {
  switch (view.kind) {
    case 'count':
      return { date, value: f[view.value], shown: String(f[view.value]) }
    case 'rate': {
      const num = f[view.numerator]
      const den = f[view.denominator]
      return { date, value: percentValue(num, den), shown: formatPercent(num, den) }
    }
    case 'average-seconds': {
      const num = f[view.numerator]
      const den = f[view.denominator]
      return { date, value: averageSeconds(num, den), shown: formatAverageDuration(num, den) }
    }
  }
}

export function trendSeries(
  view: FigureView,
  byDay: readonly { date: string; figures: OverviewFigures }[],
): TrendPoint[] {
  return byDay.map((day) => trendPoint(view, day.date, day.figures))
}
