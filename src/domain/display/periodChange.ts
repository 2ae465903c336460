// 环比 on 数据总览's cards: (now − before) / before, on the exact fractions
// (n1/d1 − n0/d0) / (n0/d0) = (n1·d0 − n0·d1) / (n0·d1), shown as a percentage (§7's rounding).
import { formatPercent } from './formatFigures'

export interface Fraction {
  num: number
  den: number
}

export interface PeriodChange {
  /** 1 up, −1 down, 0 unchanged. */
  direction: number
  /** The size of the change, formatted as a percentage. */
  text: string
}

/** Null (shown `–`) when either side is `–` (a zero denominator) or before is 0. */
export function periodChange(now: Fraction, before: Fraction): PeriodChange | null {
  if (now.den === 0 || before.den === 0 || before.num === 0) return null
  const diff = now.num * before.den - before.num * now.den
  const base = before.num * now.den
  return { direction: Math.sign(diff), text: formatPercent(Math.abs(diff), base) }
}
