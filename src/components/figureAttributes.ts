// The testable-figure contract (issue «The app», point 10), in one place: every figure carries
// data-metric="<its report key>" and its raw value — data-value for a count or a duration
// (none when there is no value, e.g. 接待上限 with no group), data-num and data-den for a rate or
// an average.
export type RawFigure = { value: number | null } | { num: number; den: number }

export function figureAttributes(metric: string, raw: RawFigure): Record<string, string> {
  if ('num' in raw) {
    return { 'data-metric': metric, 'data-num': String(raw.num), 'data-den': String(raw.den) }
  }
  return raw.value === null
    ? { 'data-metric': metric }
    : { 'data-metric': metric, 'data-value': String(raw.value) }
}
