import { describe, expect, it } from 'vitest'
import {
  averageSeconds,
  formatAverageDuration,
  formatDuration,
  formatPercent,
} from '../../src/domain/display/formatFigures'

describe('metrics.md §7 rates: whole percent, half up, exactly', () => {
  it.each([
    [57, 200, '29%'], // 28.5% → 29%
    [1, 3, '33%'], // 33.33% → 33%
    [2, 3, '67%'], // 66.67% → 67%
    [1, 8, '13%'], // 12.5% → 13%
    [0, 5, '0%'],
    [5, 5, '100%'],
    [0, 0, '–'],
    [3, 0, '–'],
  ])('%i/%i → %s', (num, den, shown) => {
    expect(formatPercent(num, den)).toBe(shown)
  })

  it('does not inherit floating-point error: 0.285 · 100 is 28.499… in binary, still 29%', () => {
    // Math.round(57 / 200 * 100) happens to work, but 1.005-style cases do not:
    // 201/20000 = 1.005% → 1%; 2010/200000 the same. 0.145 = 29/200 → 14.5% → 15%.
    expect(formatPercent(29, 200)).toBe('15%')
    expect(Math.round((29 / 200) * 100)).toBe(14) // why integer arithmetic is required
  })
})

describe('metrics.md §7 times: half up to whole seconds, 秒 / 分秒 / 小时分秒', () => {
  it.each([
    [0, '0秒'],
    [45, '45秒'],
    [185, '3分5秒'],
    [3723, '1小时2分3秒'],
    [3725, '1小时2分5秒'],
    [3600, '1小时0分0秒'],
    [60, '1分0秒'],
  ])('%i s → %s', (seconds, shown) => {
    expect(formatDuration(seconds)).toBe(shown)
  })

  it('averages round half up: 3/2 s → 2秒, 5/4 s → 1秒, 7/2 s → 4秒', () => {
    expect(averageSeconds(3, 2)).toBe(2)
    expect(averageSeconds(5, 4)).toBe(1)
    expect(formatAverageDuration(7, 2)).toBe('4秒')
  })

  it('an average with no replies is –, never 0 or NaN', () => {
    expect(formatAverageDuration(0, 0)).toBe('–')
  })
})
