import { describe, expect, it } from 'vitest'
import { parseAsOf, parseEventTime, parseWorkbookTime } from '../../src/domain/time/eventTime'
import { ZoneClock } from '../../src/domain/time/zoneClock'

// 2026-11-20T00:00:00+08:00
const T = 1795104000

describe('data-format.md `time` grammar', () => {
  it.each([
    [T, T],
    [1795104000.0, T],
    ['2026-11-20T00:00:00+08:00', T],
    ['2026-11-20T00:00+08:00', T],
    ['2026-11-19T16:00:00Z', T],
    ['2026-11-20T00:00:00+0800', T],
    ['2026-11-20T00:00:00.999+08:00', T], // a fraction is dropped
    ['2026-11-20T00:00:00.5Z', T + 8 * 3600],
    ['2026-11-19T16:00:00-00:00', T],
    ['1970-01-01T00:00:00Z', 0],
    ['9999-12-31T23:59:59Z', 253402300799],
    ['2026-11-20T00:00:00+23:59', T + 8 * 3600 - (23 * 3600 + 59 * 60)],
  ])('%s is %i', (value, expected) => {
    expect(parseEventTime(value)).toEqual({ ok: true, time: expected })
  })

  it.each([
    ['1795104000', 'numeric string'],
    ['2026-11-20', 'date only'],
    ['2026-11-20 00:00:00+08:00', 'space instead of T'],
    ['2026-11-20T00:00:00', 'missing offset'],
    ['2026-11-20T00:00:00.+08:00', 'a point with no digits'],
    ['1969-12-31T23:59:59Z', 'before 1970'],
    ['1970-01-01T07:59:59+08:00', 'before 1970 as an instant'],
    ['9999-12-31T23:00:00-05:00', 'after 9999 as an instant'],
    ['2026-02-30T00:00:00Z', 'not a real date'],
    ['2026-11-20T24:00:00Z', 'hour 24'],
    ['2026-11-20T00:00:00+24:00', 'offset beyond ±23:59'],
    [-1, 'negative seconds'],
    [1795104000.5, 'fractional seconds as a number'],
    [true, 'a boolean'],
    [undefined, 'missing'],
    ['', 'empty'],
  ])('%s is invalid (%s)', (value, _why) => {
    const result = parseEventTime(value)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(/time|时间/)
  })

  it('a workbook reads wall times without an offset in the dataset zone', () => {
    const clock = new ZoneClock('Asia/Shanghai')
    expect(parseWorkbookTime('2026-11-20 00:00:00', clock)).toEqual({ ok: true, time: T })
    expect(parseWorkbookTime('2026-11-20T00:00', clock)).toEqual({ ok: true, time: T })
    expect(
      parseWorkbookTime(
        { wall: { year: 2026, month: 11, day: 20, hour: 0, minute: 0, second: 0 } },
        clock,
      ),
    ).toEqual({ ok: true, time: T })
    expect(parseWorkbookTime('2026-11-19T16:00:00Z', clock)).toEqual({ ok: true, time: T })
  })

  it('--at takes ISO with or without an offset (the dataset zone) or Unix seconds', () => {
    const clock = new ZoneClock('Asia/Shanghai')
    expect(parseAsOf('2026-11-20T00:00', clock)).toEqual({ ok: true, time: T })
    expect(parseAsOf(String(T), clock)).toEqual({ ok: true, time: T })
    expect(parseAsOf('2026-11-19T16:00:00Z', clock)).toEqual({ ok: true, time: T })
    expect(parseAsOf('yesterday', clock).ok).toBe(false)
  })
})
