// The `time` grammar of data-format.md: integer Unix seconds, or ISO-8601 with an offset.
import { isRealDate, utcOfWall, type WallTime, type ZoneClock } from './zoneClock'

/** 1970-01-01T00:00:00Z … 9999-12-31T23:59:59Z: the bounds apply to the instant. */
export const MIN_INSTANT = 0
export const MAX_INSTANT = 253402300799

const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:?\d{2})$/
const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?$/

export type TimeResult = { ok: true; time: number } | { ok: false; reason: string }

const bad = (reason: string): TimeResult => ({ ok: false, reason })

function inBounds(t: number): TimeResult {
  if (t < MIN_INSTANT) return bad('时间早于 1970 年')
  if (t > MAX_INSTANT) return bad('时间晚于 9999 年')
  return { ok: true, time: t }
}

function wallFromMatch(m: RegExpExecArray): WallTime | null {
  const w: WallTime = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4]),
    minute: Number(m[5]),
    second: m[6] === undefined ? 0 : Number(m[6]),
  }
  if (!isRealDate(w.year, w.month, w.day)) return null
  if (w.hour > 23 || w.minute > 59 || w.second > 59) return null
  return w
}

/** An event's `time` in JSON or NDJSON: a JSON number or an ISO string with an offset. */
export function parseEventTime(value: unknown): TimeResult {
  if (value === undefined || value === null || value === '') return bad('缺少 time')
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || !Number.isInteger(value)) return bad('time 不是整数秒')
    return inBounds(value)
  }
  if (typeof value !== 'string') return bad('time 类型错误')
  const m = ISO_WITH_OFFSET.exec(value)
  if (!m) return bad(`time「${value}」不符合格式:应为 Unix 秒数或带时区偏移的 ISO-8601 时间`)
  const wall = wallFromMatch(m)
  if (!wall) return bad(`time「${value}」不是有效的日期时间`)
  const offset = parseOffset(m[8] as string)
  if (offset === null) return bad(`time「${value}」的时区偏移无效`)
  return inBounds(utcOfWall(wall) - offset)
}

function parseOffset(text: string): number | null {
  if (text === 'Z') return 0
  const sign = text[0] === '-' ? -1 : 1
  const digits = text.slice(1).replace(':', '')
  if (digits.length !== 4) return null
  const hours = Number(digits.slice(0, 2))
  const minutes = Number(digits.slice(2))
  if (hours > 23 || minutes > 59) return null
  return sign * (hours * 3600 + minutes * 60)
}

/**
 * A workbook cell: a workbook has no offsets, so text without one is read in the dataset's
 * zone; text with one is read as in JSON; a whole number is Unix seconds.
 */
export function parseWorkbookTime(value: unknown, clock: ZoneClock): TimeResult {
  if (isWallCell(value)) {
    const { wall } = value
    if (!isRealDate(wall.year, wall.month, wall.day)) return bad('time 不是有效的日期时间')
    return inBounds(clock.instantOfWall(wall))
  }
  if (typeof value === 'string') {
    const text = value.trim()
    if (/^\d+$/.test(text)) return parseEventTime(Number(text))
    const m = WALL_TIME.exec(text)
    if (m) {
      const wall = wallFromMatch(m)
      if (!wall) return bad(`time「${text}」不是有效的日期时间`)
      return inBounds(clock.instantOfWall(wall))
    }
    return parseEventTime(text)
  }
  return parseEventTime(value)
}

/** A date cell of a workbook, as the wall time it shows (a workbook has no offsets). */
export interface WallCell {
  wall: WallTime
}

export function isWallCell(value: unknown): value is WallCell {
  return typeof value === 'object' && value !== null && 'wall' in value
}

/** `--at`: ISO-8601 (read in the dataset's zone when it has no offset) or Unix seconds. */
export function parseAsOf(text: string, clock: ZoneClock): TimeResult {
  const trimmed = text.trim()
  if (/^\d+$/.test(trimmed)) return parseEventTime(Number(trimmed))
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed)
  if (dateOnly) return parseWorkbookTime(`${trimmed}T00:00:00`, clock)
  return parseWorkbookTime(trimmed, clock)
}
