import { describe, expect, it } from 'vitest'
import type { ImportPreview } from '../../../src/workers/analyticsTypes'
import {
  countedProblems,
  formatBytes,
  importErrorText,
  nothingToCommitReason,
  previewTotals,
  problemRows,
  progressPercent,
  progressText,
} from '../../../src/components/import/importFormat'

function preview(patch: Partial<ImportPreview> = {}): ImportPreview {
  return {
    token: 't',
    files: [
      {
        fileName: 'a.ndjson',
        size: 2048,
        read: 10,
        added: 6,
        duplicates: 2,
        conflicts: 1,
        invalid: 1,
        directoryRecords: 3,
      },
      {
        fileName: 'b.csv',
        size: 10,
        read: 0,
        added: 0,
        duplicates: 0,
        conflicts: 0,
        invalid: 0,
        directoryRecords: 0,
        refused: '文件是空的',
      },
    ],
    problems: [],
    warnings: 2,
    canCommit: true,
    replacesDemo: false,
    ...patch,
  }
}

describe('import texts', () => {
  it('formats sizes', () => {
    expect(formatBytes(0)).toBe('0 B')
    expect(formatBytes(1023)).toBe('1023 B')
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB')
    expect(formatBytes(300 * 1024 * 1024)).toBe('300 MB')
  })

  it('shows progress as bytes of total, events and events per second', () => {
    const p = {
      fileName: 'a',
      bytes: 512 * 1024,
      totalBytes: 2 * 1024 * 1024,
      events: 12000,
      eventsPerSecond: 34567,
    }
    expect(progressPercent(p)).toBe(25)
    expect(progressPercent(null)).toBe(0)
    expect(progressPercent({ ...p, totalBytes: 0 })).toBe(0)
    expect(progressText(p)).toBe('已读取 512 KB / 2.0 MB · 12,000 个事件 · 34,567 个/秒')
  })

  it('sums the files and counts the problems the worker counted', () => {
    expect(previewTotals(preview())).toEqual({
      size: 2058,
      read: 10,
      added: 6,
      duplicates: 2,
      conflicts: 1,
      invalid: 1,
      directoryRecords: 3,
    })
    // 1 invalid + 1 conflict + 1 refused file + 2 warnings
    expect(countedProblems(preview())).toBe(5)
  })

  it('says why nothing can be committed', () => {
    expect(nothingToCommitReason(preview())).toBeNull()
    expect(nothingToCommitReason(preview({ canCommit: false }))).toContain('没有新的事件')
    const refusedOnly = preview({ canCommit: false })
    refusedOnly.files = refusedOnly.files.filter((f) => f.refused)
    expect(nothingToCommitReason(refusedOnly)).toBe('所有文件都被拒绝,没有可导入的内容')
  })

  it('lists the problems as rows for the CSV, the full record last', () => {
    expect(
      problemRows([
        { fileName: 'a.csv', place: '事件 第 3 行', reason: '缺少 id', record: '{"a":1}' },
        { fileName: '', place: '事件 id「x」', reason: '警告' },
      ]),
    ).toEqual([
      ['a.csv', '事件 第 3 行', '缺少 id', '{"a":1}'],
      ['(合并后的数据)', '事件 id「x」', '警告', ''],
    ])
  })

  it('keeps the worker Chinese reasons and explains engine errors in Chinese', () => {
    expect(importErrorText('这次导入已失效,请重新选择文件')).toBe('这次导入已失效,请重新选择文件')
    const text = importErrorText('Maximum call stack size exceeded')
    expect(text).toMatch(/^浏览器处理这些文件时出错/)
    expect(text).toContain('(技术信息:Maximum call stack size exceeded)')
  })
})
