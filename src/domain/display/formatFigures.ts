// metrics.md §7: how figures are shown. Integer arithmetic only: no Math.round(x * 100).

export const NOT_COMPUTABLE = '–'

/** A whole percent, rounded half up exactly: floor((200·num + den) / (2·den)). */
export function percentValue(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null
  return Math.floor((200 * numerator + denominator) / (2 * denominator))
}

export function formatPercent(numerator: number, denominator: number): string {
  const value = percentValue(numerator, denominator)
  return value === null ? NOT_COMPUTABLE : `${value}%`
}

/** An average in whole seconds, rounded half up: floor((2·num + den) / (2·den)). */
export function averageSeconds(totalSeconds: number, count: number): number | null {
  if (count === 0) return null
  return Math.floor((2 * totalSeconds + count) / (2 * count))
}

/** `45秒`, `3分5秒`, `1小时2分3秒`. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds))
  const hours = Math.floor(whole / 3600)
  const minutes = Math.floor((whole % 3600) / 60)
  const rest = whole % 60
  if (hours > 0) return `${hours}小时${minutes}分${rest}秒`
  if (minutes > 0) return `${minutes}分${rest}秒`
  return `${rest}秒`
}

export function formatAverageDuration(totalSeconds: number, count: number): string {
  const average = averageSeconds(totalSeconds, count)
  return average === null ? NOT_COMPUTABLE : formatDuration(average)
}
