// One figure as the pages show it — a card's value on 数据总览 and 实时看板, a cell of 员工统计's
// and 实时看板's tables: its report key (data-metric), its raw value(s), the text shown (formatted
// by src/domain/display) and, inside a shared cell, a prefix (满意 / 一般 / 不满意).
//
// A count, a duration or a status carries `value` (data-value; `null` — 接待上限 with no group
// linking the pair — carries data-metric and no value); a rate or an average carries `num` and
// `den` (data-num, data-den). The type is a RawFigure, so figureAttributes reads it as it is.
import { figureAttributes } from './figureAttributes'
import type { FigureView } from '@/domain/figures/figureCatalog'
import type { OverviewFigures } from '@/domain/figures/figureKeys'
import { periodChange, type PeriodChange } from '@/domain/display/periodChange'
import {
  NOT_COMPUTABLE,
  formatAverageDuration,
  formatDuration,
  formatPercent,
} from '@/domain/display/formatFigures'

interface CellText {
  /** `data-metric`: the report key of the value, or of the numerator of a rate or an average. */
  metric: string
  shown: string
  /** A prefix inside a shared cell (满意 / 一般 / 不满意). */
  label?: string
}

export type FigureCell =
  | (CellText & { kind: 'count' | 'duration' | 'status'; value: number | null })
  | (CellText & { kind: 'rate' | 'average'; num: number; den: number })

export function countCell(metric: string, value: number | null): FigureCell {
  return { metric, kind: 'count', value, shown: value === null ? NOT_COMPUTABLE : String(value) }
}

export function durationCell(metric: string, seconds: number): FigureCell {
  return { metric, kind: 'duration', value: seconds, shown: formatDuration(seconds) }
}

/** A state shown by its name (接待状态: 1 正在接待, 2 停止接待). */
export function statusCell(metric: string, value: number, shown: string): FigureCell {
  return { metric, kind: 'status', value, shown }
}

export function rateCell(metric: string, num: number, den: number, label?: string): FigureCell {
  return {
    metric,
    kind: 'rate',
    num,
    den,
    shown: formatPercent(num, den),
    ...(label ? { label } : {}),
  }
}

/** An average of seconds: total seconds over how many. */
export function averageCell(metric: string, num: number, den: number): FigureCell {
  return { metric, kind: 'average', num, den, shown: formatAverageDuration(num, den) }
}

/** A figure of 数据总览's catalogue (figureCatalog.ts) read from a set of figures. */
export function catalogCell(
  metric: string,
  view: FigureView,
  figures: OverviewFigures,
): FigureCell {
  switch (view.kind) {
    case 'count':
      return countCell(metric, figures[view.value])
    case 'rate':
      return rateCell(metric, figures[view.numerator], figures[view.denominator])
    case 'average-seconds':
      return averageCell(metric, figures[view.numerator], figures[view.denominator])
  }
}

/** The data attributes of a figure: data-metric and data-value, or data-num and data-den. */
export function cellAttributes(cell: FigureCell): Record<string, string> {
  return figureAttributes(cell.metric, cell)
}

/** The figure as an exact fraction (a count is n/1); null when it has no value. */
export function cellFraction(cell: FigureCell): { num: number; den: number } | null {
  if ('num' in cell) return { num: cell.num, den: cell.den }
  return cell.value === null ? null : { num: cell.value, den: 1 }
}

export type FigureChange = PeriodChange

/** 环比 of a cell against the same cell of the period before (src/domain/display/periodChange). */
export function cellChange(current: FigureCell, before: FigureCell): FigureChange | null {
  const a = cellFraction(current)
  const b = cellFraction(before)
  return a && b ? periodChange(a, b) : null
}
