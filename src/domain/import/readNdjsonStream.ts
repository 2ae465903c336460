// NDJSON, read as a stream: one JSON object a line, tagged by "record". Never one big string.
import { parseEventTime } from '../time/eventTime'
import type { DirectoryKind } from '../dataset/validateDirectory'
import { DatasetRefused } from './datasetRefused'
import { NOT_TEXT } from './decodeText'
import { checkFormatAndVersion } from './readJsonFile'
import { ParsedFileBuilder, resolveTimezone, type ParsedFile } from './parsedFile'

const DIRECTORY_RECORDS: Record<string, DirectoryKind> = {
  account: 'account',
  servicer: 'servicer',
  group: 'group',
  customer: 'customer',
}

export interface StreamProgress {
  bytes: number
  events: number
}

export async function readNdjsonStream(
  fileName: string,
  chunks: AsyncIterable<Uint8Array>,
  onProgress?: (progress: StreamProgress) => void,
): Promise<ParsedFile> {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let builder: ParsedFileBuilder | null = null
  let lineNumber = 0
  let bytes = 0
  let rest = ''

  const handleLine = (line: string): void => {
    lineNumber += 1
    if (isBlank(line)) return
    const place = lineNumber
    if (builder === null) {
      // A binary file fails here: bad UTF-8 throws while decoding, and a NUL byte is no meta.
      if (line.includes('\u0000')) throw new DatasetRefused(NOT_TEXT)
      builder = openWithMeta(fileName, line)
      return
    }
    // Later lines need no NUL scan: JSON allows no raw NUL, so such a line is invalid JSON.
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      builder.addUnreadable(
        place,
        '这一行不是有效的 JSON',
        line.length > 500 ? line.slice(0, 500) : line,
      )
      return
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      builder.addUnreadable(place, '这一行不是 JSON 对象', value)
      return
    }
    const record = (value as Record<string, unknown>).record
    if (record === 'event') builder.addEvent(value, place)
    else if (record === 'meta')
      return // a repeated meta line is ignored
    else if (typeof record === 'string' && record in DIRECTORY_RECORDS) {
      builder.addDirectory(DIRECTORY_RECORDS[record] as DirectoryKind, value, place)
    } else {
      builder.addUnreadable(place, `未知的记录类型 record「${String(record)}」`, value)
    }
  }

  try {
    for await (const chunk of chunks) {
      bytes += chunk.byteLength
      rest += decoder.decode(chunk, { stream: true })
      let start = 0
      let newline = rest.indexOf('\n', start)
      while (newline !== -1) {
        handleLine(stripCarriageReturn(rest.slice(start, newline)))
        start = newline + 1
        newline = rest.indexOf('\n', start)
      }
      rest = rest.slice(start)
      onProgress?.({ bytes, events: eventsSoFar(builder) })
    }
    rest += decoder.decode()
  } catch (error) {
    if (error instanceof TypeError) throw new DatasetRefused(NOT_TEXT)
    throw error
  }
  if (rest !== '') handleLine(stripCarriageReturn(rest))
  if (builder === null) throw new DatasetRefused('文件是空的')
  return (builder as ParsedFileBuilder).file
}

function eventsSoFar(builder: ParsedFileBuilder | null): number {
  return builder ? builder.file.events.length + builder.file.invalidEvents.length : 0
}

function isBlank(line: string): boolean {
  if (line.length === 0) return true
  const first = line.charCodeAt(0)
  // Only a line that starts with white space can be blank; JSON lines start with `{`.
  return (first === 32 || first === 9 || first === 13 || first === 0xfeff) && line.trim() === ''
}

function stripCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line
}

function openWithMeta(fileName: string, line: string): ParsedFileBuilder {
  let meta: unknown
  try {
    meta = JSON.parse(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line)
  } catch {
    throw new DatasetRefused('不是 kf-dataset NDJSON 文件:第一行不是有效的 JSON')
  }
  if (
    typeof meta !== 'object' ||
    meta === null ||
    Array.isArray(meta) ||
    (meta as Record<string, unknown>).record !== 'meta'
  ) {
    throw new DatasetRefused('不是 kf-dataset NDJSON 文件:第一行应为 "record": "meta" 的元信息')
  }
  const fields = meta as Record<string, unknown>
  checkFormatAndVersion(fields)
  return new ParsedFileBuilder(fileName, resolveTimezone(fields.timezone), parseEventTime)
}
