// The JSON container: one object with format, version, timezone and five arrays.
import { parseEventTime } from '../time/eventTime'
import type { DirectoryKind } from '../dataset/validateDirectory'
import { DatasetRefused } from './datasetRefused'
import { decodeText } from './decodeText'
import { ParsedFileBuilder, resolveTimezone, type ParsedFile } from './parsedFile'

const DIRECTORY_ARRAYS: [string, DirectoryKind][] = [
  ['accounts', 'account'],
  ['servicers', 'servicer'],
  ['groups', 'group'],
  ['customers', 'customer'],
]

export function checkFormatAndVersion(value: Record<string, unknown>): void {
  if (value.format !== 'kf-dataset') {
    throw new DatasetRefused('不是 kf-dataset 数据文件:缺少 "format": "kf-dataset"')
  }
  if (value.version !== 1) {
    throw new DatasetRefused(`不支持的数据版本「${String(value.version)}」,只支持 version 1`)
  }
}

export function readJsonFile(fileName: string, bytes: Uint8Array): ParsedFile {
  const text = decodeText(bytes)
  if (text.trim() === '') throw new DatasetRefused('文件是空的')
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch {
    throw new DatasetRefused('文件不是完整的 JSON 文档(可能已截断或损坏)')
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new DatasetRefused('JSON 文件的顶层不是 kf-dataset 对象')
  }
  const root = document as Record<string, unknown>
  checkFormatAndVersion(root)
  const timezone = resolveTimezone(root.timezone)
  for (const field of ['accounts', 'servicers', 'groups', 'customers', 'events']) {
    if (root[field] !== undefined && !Array.isArray(root[field])) {
      throw new DatasetRefused(`字段 ${field} 应为数组`)
    }
  }
  const builder = new ParsedFileBuilder(fileName, timezone, parseEventTime)
  for (const [field, kind] of DIRECTORY_ARRAYS) {
    const list = (root[field] as unknown[] | undefined) ?? []
    list.forEach((record, index) =>
      builder.addDirectory(kind, record, `${field} 第 ${index + 1} 项`),
    )
  }
  const events = (root.events as unknown[] | undefined) ?? []
  events.forEach((record, index) => builder.addEvent(record, `events 第 ${index + 1} 项`))
  return builder.file
}
