// src/components/exportTable.ts: the shared 「导出列表」 (tested here with the other shared UI code).
import { describe, expect, it } from 'vitest'
import * as XLSX from '@e965/xlsx'
import {
  buildExport,
  guardFormula,
  safeFileName,
  toCsv,
  type ExportTable,
} from '../../src/components/exportTable'

const table: ExportTable = {
  fileName: '员工统计_2026-11-01_2026-11-07',
  title: '员工统计 2026-11-01 至 2026-11-07 客服账号:全部 接待组:售前组',
  headers: ['接待人员', '接待时长', '接入人工会话次数', '人工回复率'],
  rows: [
    ['张三', '1小时2分3秒', 12, '33%'],
    ['李四, "小李"', '45秒', 0, '–'],
  ],
  format: 'csv',
}

describe('toCsv', () => {
  it('title row, headers, rows; quotes only where needed; CRLF', () => {
    expect(toCsv(table)).toBe(
      '员工统计 2026-11-01 至 2026-11-07 客服账号:全部 接待组:售前组\r\n' +
        '接待人员,接待时长,接入人工会话次数,人工回复率\r\n' +
        '张三,1小时2分3秒,12,33%\r\n' +
        '"李四, ""小李""",45秒,0,–\r\n',
    )
  })

  it('a text that a spreadsheet would run as a formula gets an apostrophe', () => {
    expect(guardFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")')
    expect(guardFormula('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(guardFormula('+86 138')).toBe("'+86 138")
    expect(guardFormula('–')).toBe('–')
    expect(toCsv({ title: 't', headers: ['a'], rows: [['=1+1'], [-5]] })).toBe(
      "t\r\na\r\n'=1+1\r\n-5\r\n",
    )
  })
})

describe('safeFileName', () => {
  it('replaces what file systems refuse', () => {
    expect(safeFileName('会话记录 a/b:c*?')).toBe('会话记录 a_b_c__')
    expect(safeFileName('  ')).toBe('导出')
  })
})

describe('buildExport', () => {
  it('CSV: UTF-8 with a BOM, .csv', async () => {
    const file = await buildExport(table)
    expect(file.fileName).toBe('员工统计_2026-11-01_2026-11-07.csv')
    const bytes = new Uint8Array(await file.blob.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder().decode(bytes.slice(3))).toBe(toCsv(table))
  })

  it('XLSX: the title row merged over the columns, numbers as numbers', async () => {
    const file = await buildExport({ ...table, format: 'xlsx' })
    expect(file.fileName).toBe('员工统计_2026-11-01_2026-11-07.xlsx')
    const book = XLSX.read(new Uint8Array(await file.blob.arrayBuffer()), { type: 'array' })
    expect(book.SheetNames).toEqual(['员工统计'])
    const sheet = book.Sheets['员工统计'] as XLSX.WorkSheet
    expect(XLSX.utils.sheet_to_json(sheet, { header: 1, defval: '' })).toEqual([
      [table.title, '', '', ''],
      table.headers,
      ['张三', '1小时2分3秒', 12, '33%'],
      ['李四, "小李"', '45秒', 0, '–'],
    ])
    expect(sheet['C3']).toMatchObject({ t: 'n', v: 12 })
    expect(sheet['!merges']).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }])
  })
})
