// 导出全部数据: what the worker holds as one kf-dataset NDJSON file, built in parts so a million
// events never become one string.
import { datasetNdjsonLines } from '@/domain/dataset/datasetNdjson'
import type { DatasetCache } from './datasetCache'

const LINES_PER_PART = 10_000

export function exportDatasetBlob(data: DatasetCache): Blob {
  const parts: string[] = []
  let lines: string[] = []
  for (const line of datasetNdjsonLines(data.timezone, data.directoryRecords(), data.events)) {
    lines.push(line)
    if (lines.length >= LINES_PER_PART) {
      parts.push(lines.join('\n') + '\n')
      lines = []
    }
  }
  if (lines.length > 0) parts.push(lines.join('\n') + '\n')
  return new Blob(parts, { type: 'application/x-ndjson' })
}
