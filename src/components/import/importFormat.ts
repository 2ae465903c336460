// Texts of the import dialog: sizes, progress, the per-file summary, the problems CSV.
import type {
  ImportPreview,
  ImportPreviewFile,
  ImportProblem,
  ImportProgress,
} from '@/workers/analyticsTypes'

export const ACCEPTED_EXTENSIONS = ['.json', '.ndjson', '.jsonl', '.xlsx', '.csv']

/** `512 B`, `12.3 KB`, `4.5 MB`, `1.2 GB`. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '–'
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB', 'TB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  return `${value >= 100 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`
}

/** 12,345 — counts are grouped by thousands, as the rest of the app reads them. */
export function formatCount(n: number): string {
  return n.toLocaleString('zh-CN')
}

/** Whole percent of bytes read, 0–100. */
export function progressPercent(progress: ImportProgress | null): number {
  if (!progress || progress.totalBytes <= 0) return 0
  return Math.min(100, Math.floor((progress.bytes * 100) / progress.totalBytes))
}

export function progressText(progress: ImportProgress): string {
  return (
    `已读取 ${formatBytes(progress.bytes)} / ${formatBytes(progress.totalBytes)} · ` +
    `${formatCount(progress.events)} 个事件 · ${formatCount(progress.eventsPerSecond)} 个/秒`
  )
}

/** Events of every file that would be added, counted over the files. */
export function previewTotals(
  preview: ImportPreview,
): Omit<ImportPreviewFile, 'fileName' | 'refused'> {
  const totals = {
    size: 0,
    read: 0,
    added: 0,
    duplicates: 0,
    conflicts: 0,
    invalid: 0,
    directoryRecords: 0,
  }
  for (const file of preview.files) {
    totals.size += file.size
    totals.read += file.read
    totals.added += file.added
    totals.duplicates += file.duplicates
    totals.conflicts += file.conflicts
    totals.invalid += file.invalid
    totals.directoryRecords += file.directoryRecords
  }
  return totals
}

/** Why 「确认导入」 is off, or null when the import can be committed. */
export function nothingToCommitReason(preview: ImportPreview): string | null {
  if (preview.canCommit) return null
  if (preview.files.every((file) => file.refused !== undefined))
    return '所有文件都被拒绝,没有可导入的内容'
  return '没有新的事件或目录记录可导入(全部是重复、冲突或无效记录)'
}

/** Problems the worker counted: invalid events, conflicts, refusals and warnings. */
export function countedProblems(preview: ImportPreview): number {
  let count = preview.warnings
  for (const file of preview.files) {
    count += file.invalid + file.conflicts + (file.refused === undefined ? 0 : 1)
  }
  return count
}

export const PROBLEM_HEADERS = ['文件', '位置', '原因', '记录']

/** The problems as export rows (文件, 位置, 原因, 记录); warnings name no single file. */
export function problemRows(problems: readonly ImportProblem[]): string[][] {
  return problems.map((p) => [p.fileName || '(合并后的数据)', p.place, p.reason, p.record ?? ''])
}

/**
 * The reason an import failed, for the user: the worker's own messages are Chinese already; an
 * engine error (a RangeError on a huge file, say) gets a Chinese sentence, its text kept as detail.
 */
export function importErrorText(message: string): string {
  if (/[\u4e00-\u9fff]/.test(message)) return message
  return (
    '浏览器处理这些文件时出错,可能是文件太大。可以把数据拆成几个较小的文件分别导入。' +
    `(技术信息:${message})`
  )
}
