// What reading one file gives, before it meets the store: its valid records in file order and
// every invalid one with its place and reason.
import type { KfEvent } from '../dataset/records'
import { DEFAULT_TIMEZONE } from '../dataset/records'
import { validateEvent } from '../dataset/validateEvent'
import {
  validateDirectoryRecord,
  type DirectoryKind,
  type DirectoryRecord,
} from '../dataset/validateDirectory'
import type { TimeResult } from '../time/eventTime'
import { isValidTimeZone } from '../time/zoneClock'
import { DatasetRefused } from './datasetRefused'

export interface Problem {
  /** Where: 「第 12 行」, 「events 第 3 项」, 「工作表 events 第 5 行」. */
  place: string
  reason: string
  /** The record as read, for the downloadable list (absent when it was not parseable). */
  record?: unknown
}

export interface ParsedFile {
  fileName: string
  timezone: string
  /** Valid events in file order; `seq` counts from 0 within the file. */
  events: KfEvent[]
  invalidEvents: Problem[]
  directory: DirectoryRecord[]
  invalidDirectory: Problem[]
}

/** The dataset's zone from a `timezone` field: absent or null is Asia/Shanghai. */
export function resolveTimezone(value: unknown): string {
  if (value === undefined || value === null) return DEFAULT_TIMEZONE
  if (typeof value !== 'string' || value === '') {
    throw new DatasetRefused('timezone 为空或不是文本,无法确定按哪个时区划分日期')
  }
  if (!isValidTimeZone(value)) throw new DatasetRefused(`未知的时区「${value}」`)
  return value
}

export function placeLabel(place: string | number): string {
  return typeof place === 'number' ? `第 ${place} 行` : place
}

/** Collects records as a reader finds them, validating each at once. */
export class ParsedFileBuilder {
  readonly file: ParsedFile
  private readonly parseTime: (value: unknown) => TimeResult

  constructor(fileName: string, timezone: string, parseTime: (value: unknown) => TimeResult) {
    this.file = {
      fileName,
      timezone,
      events: [],
      invalidEvents: [],
      directory: [],
      invalidDirectory: [],
    }
    this.parseTime = parseTime
  }

  /** `place` may be a line number (「第 N 行」), so valid records cost no label. */
  addEvent(record: unknown, place: string | number): void {
    const check = validateEvent(record, this.file.events.length, this.parseTime)
    if (check.ok) this.file.events.push(check.event)
    else this.file.invalidEvents.push({ place: placeLabel(place), reason: check.reason, record })
  }

  /** A record that cannot even be read as one (not JSON, unknown NDJSON `record`). */
  addUnreadable(place: string | number, reason: string, record?: unknown): void {
    const label = placeLabel(place)
    this.file.invalidEvents.push(
      record === undefined ? { place: label, reason } : { place: label, reason, record },
    )
  }

  addDirectory(kind: DirectoryKind, record: unknown, place: string | number): void {
    const check = validateDirectoryRecord(kind, record)
    if (check.ok) this.file.directory.push(check.record)
    else this.file.invalidDirectory.push({ place: placeLabel(place), reason: check.reason, record })
  }
}
