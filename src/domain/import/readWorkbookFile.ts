// Workbooks (xlsx) and CSV through SheetJS CE: one sheet per record kind, first row = field names.
import * as XLSX from '@e965/xlsx'
import type { DirectoryKind } from '../dataset/validateDirectory'
import { parseWorkbookTime, type WallCell } from '../time/eventTime'
import { ZoneClock } from '../time/zoneClock'
import { DatasetRefused } from './datasetRefused'
import { decodeText } from './decodeText'
import { ParsedFileBuilder, resolveTimezone, type ParsedFile } from './parsedFile'

type SheetKind = DirectoryKind | 'event' | 'meta'

const SHEET_KINDS: Record<string, SheetKind> = {
  accounts: 'account',
  客服账号: 'account',
  servicers: 'servicer',
  接待人员: 'servicer',
  groups: 'group',
  接待组: 'group',
  customers: 'customer',
  客户: 'customer',
  events: 'event',
  事件: 'event',
  meta: 'meta',
}

const NUMBER_FIELDS = new Set(['state', 'status', 'reception_limit'])
const LIST_FIELDS = new Set(['open_kfids', 'servicer_userids'])
const REQUIRED_EVENT_COLUMNS = ['id', 'type', 'time']

type Row = { values: Record<string, unknown>; rowNumber: number }

export function readWorkbookFile(fileName: string, bytes: Uint8Array): ParsedFile {
  const isCsv = /\.csv$/i.test(fileName)
  let workbook: XLSX.WorkBook
  if (isCsv) {
    const text = decodeText(bytes)
    if (text.trim() === '') throw new DatasetRefused('文件是空的')
    workbook = XLSX.read(text, { type: 'string', raw: true, dense: true })
  } else {
    if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
      throw new DatasetRefused('不是有效的 xlsx 工作簿(文件可能已损坏或是其他格式)')
    }
    try {
      workbook = XLSX.read(bytes, { type: 'array', cellNF: true, cellDates: false, dense: true })
    } catch {
      throw new DatasetRefused('无法读取 xlsx 工作簿(文件可能已损坏或被截断)')
    }
  }
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904)

  const sheets = new Map<SheetKind, { name: string; rows: Row[]; header: string[] }>()
  workbook.SheetNames.forEach((name, index) => {
    const kind = isCsv && index === 0 ? 'event' : SHEET_KINDS[name.trim()]
    const sheet = workbook.Sheets[name]
    if (!kind || !sheet || sheets.has(kind)) return
    sheets.set(kind, { name, ...readRows(sheet, date1904) })
  })
  if (!sheets.has('event') && ![...sheets.keys()].some((kind) => kind !== 'meta')) {
    throw new DatasetRefused(
      '工作簿中没有 kf-dataset 的工作表(应有 events/事件、accounts/客服账号 等工作表)',
    )
  }
  const events = sheets.get('event')
  if (events) {
    const missing = REQUIRED_EVENT_COLUMNS.filter((column) => !events.header.includes(column))
    if (missing.length > 0) {
      throw new DatasetRefused(`事件表「${events.name}」缺少必需的列:${missing.join('、')}`)
    }
  }

  const metaRow = sheets.get('meta')?.rows[0]?.values
  const timezone = resolveTimezone(metaRow?.timezone)
  const clock = new ZoneClock(timezone)
  const builder = new ParsedFileBuilder(fileName, timezone, (value) =>
    parseWorkbookTime(value, clock),
  )
  for (const kind of ['account', 'servicer', 'group', 'customer'] as const) {
    const sheet = sheets.get(kind)
    for (const row of sheet?.rows ?? []) {
      builder.addDirectory(kind, typedRecord(row.values), place(sheet!.name, row.rowNumber))
    }
  }
  for (const row of events?.rows ?? []) {
    builder.addEvent(typedRecord(row.values), place(events!.name, row.rowNumber))
  }
  return builder.file
}

function place(sheet: string, row: number): string {
  return `工作表 ${sheet} 第 ${row} 行`
}

function readRows(sheet: XLSX.WorkSheet, date1904: boolean): { rows: Row[]; header: string[] } {
  const data = (sheet['!data'] ?? []) as (XLSX.CellObject | undefined)[][]
  const header = (data[0] ?? []).map((cell) => String(cellValue(cell, date1904) ?? '').trim())
  const rows: Row[] = []
  for (let r = 1; r < data.length; r += 1) {
    const cells = data[r] ?? []
    const values: Record<string, unknown> = {}
    let any = false
    header.forEach((field, c) => {
      const value = cellValue(cells[c], date1904)
      if (field === '' || value === undefined || value === '') return
      values[field] = value
      any = true
    })
    if (any) rows.push({ values, rowNumber: r + 1 })
  }
  return { rows, header }
}

function cellValue(cell: XLSX.CellObject | undefined, date1904: boolean): unknown {
  if (!cell) return undefined
  switch (cell.t) {
    case 'n':
      if (typeof cell.z === 'string' && XLSX.SSF.is_date(cell.z))
        return dateCell(cell.v as number, date1904)
      return cell.v
    case 's':
      return cell.v
    case 'b':
      return cell.v
    case 'd':
      return cell.v instanceof Date ? String(cell.v.toISOString()) : cell.v
    default:
      return undefined
  }
}

function dateCell(serial: number, date1904: boolean): WallCell {
  const code = XLSX.SSF.parse_date_code(serial, { date1904 }) as Record<string, number>
  return {
    wall: {
      year: code.y ?? 0,
      month: code.m ?? 0,
      day: code.d ?? 0,
      hour: code.H ?? 0,
      minute: code.M ?? 0,
      second: code.S ?? 0,
    },
  }
}

/** A row's cells as the JSON record they stand for. */
function typedRecord(values: Record<string, unknown>): Record<string, unknown> {
  const record: Record<string, unknown> = {}
  for (const [field, value] of Object.entries(values)) {
    if (field === 'time') record.time = value
    else if (NUMBER_FIELDS.has(field)) record[field] = toNumber(value)
    else if (LIST_FIELDS.has(field))
      record[field] = String(value)
        .split(/[,，]/)
        .map((s) => s.trim())
        .filter(Boolean)
    else if (field === 'is_friend') record.is_friend = isTrue(value)
    else if (field === 'content') record.content = contentOf(value)
    else
      record[field] =
        typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : value
  }
  return record
}

function toNumber(value: unknown): unknown {
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value)
  return value
}

function isTrue(value: unknown): boolean {
  if (value === true || value === 1) return true
  return typeof value === 'string' && ['true', 'TRUE', '1', '是'].includes(value.trim())
}

function contentOf(value: unknown): unknown {
  if (typeof value !== 'string') return value
  const text = value.trim()
  if (text.startsWith('{') || text.startsWith('[')) {
    try {
      return JSON.parse(text)
    } catch {
      return value
    }
  }
  return value
}
