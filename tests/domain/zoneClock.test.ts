import { describe, expect, it } from 'vitest'
import { formatDay, parseDay, ZoneClock } from '../../src/domain/time/zoneClock'

describe('ZoneClock: calendar days of any IANA zone, DST included', () => {
  it('Asia/Shanghai: a day starts at 16:00 UTC the day before', () => {
    const clock = new ZoneClock('Asia/Shanghai')
    const day = parseDay('2026-11-20')!
    expect(clock.startOfDay(day)).toBe(Date.UTC(2026, 10, 19, 16) / 1000)
    expect(clock.formatInstant(Date.UTC(2026, 10, 19, 16) / 1000)).toBe('2026-11-20T00:00:00+08:00')
    expect(clock.dayOf(Date.UTC(2026, 10, 19, 15, 59, 59) / 1000)).toBe(day - 1)
  })

  it('America/New_York: the spring-forward day has 23 hours, the fall-back day 25', () => {
    const clock = new ZoneClock('America/New_York')
    const [s0, s1] = clock.dayBounds(parseDay('2026-03-08')!)
    expect(s1 - s0).toBe(23 * 3600)
    const [f0, f1] = clock.dayBounds(parseDay('2026-11-01')!)
    expect(f1 - f0).toBe(25 * 3600)
    expect(clock.formatInstant(f0)).toBe('2026-11-01T00:00:00-04:00')
    expect(clock.formatInstant(f1)).toBe('2026-11-02T00:00:00-05:00')
  })

  it('a zone that skips midnight starts its day at 01:00 (America/Santiago, 2026-09-06)', () => {
    const clock = new ZoneClock('America/Santiago')
    const start = clock.startOfDay(parseDay('2026-09-06')!)
    expect(clock.formatInstant(start)).toBe('2026-09-06T01:00:00-03:00')
    expect(clock.formatInstant(start - 1)).toBe('2026-09-05T23:59:59-04:00')
  })

  it('UTC is shown as +00:00; quarter-hour zones keep their minutes', () => {
    expect(new ZoneClock('UTC').formatInstant(0)).toBe('1970-01-01T00:00:00+00:00')
    expect(new ZoneClock('Asia/Kathmandu').formatInstant(0)).toBe('1970-01-01T05:30:00+05:30')
    expect(new ZoneClock('Asia/Kathmandu').formatInstant(1795104000)).toBe(
      '2026-11-19T21:45:00+05:45',
    )
  })

  it('a wall time in a repeated hour is the earlier instant; in a skipped hour it moves forward', () => {
    const clock = new ZoneClock('America/New_York')
    const repeated = clock.instantOfWall({
      year: 2026,
      month: 11,
      day: 1,
      hour: 1,
      minute: 30,
      second: 0,
    })
    expect(clock.formatInstant(repeated)).toBe('2026-11-01T01:30:00-04:00')
    const skipped = clock.instantOfWall({
      year: 2026,
      month: 3,
      day: 8,
      hour: 2,
      minute: 30,
      second: 0,
    })
    expect(clock.formatInstant(skipped)).toBe('2026-03-08T03:30:00-04:00')
  })

  it('parses and formats dates, refusing impossible ones', () => {
    expect(formatDay(parseDay('2024-02-29')!)).toBe('2024-02-29')
    expect(parseDay('2026-02-29')).toBeNull()
    expect(parseDay('2026-13-01')).toBeNull()
    expect(parseDay('2026-1-01')).toBeNull()
  })
})
