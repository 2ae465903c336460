// 「导出列表」 for any page: a title row (the page and its filters), the Chinese headers, then the
// rows as the page shows them. XLSX through SheetJS (loaded only when exporting) or CSV in UTF-8
// with a BOM, so Excel opens the Chinese text correctly.
//
//   await exportRows({ fileName: '员工统计_2026-11-01_2026-11-07', title, headers, rows, format: 'xlsx' })

/** A number is written as a number cell (counts); everything else as the text shown. */
export type ExportCell = string | number

export type ExportFormat = 'xlsx' | 'csv'

export interface ExportTable {
  /** Without extension; characters a file system refuses are replaced. */
  fileName: string
  /** The first row, e.g. 「员工统计 2026-11-01 至 2026-11-07 客服账号:全部 接待组:售前组」. */
  title: string
  headers: string[]
  rows: ExportCell[][]
  format: ExportFormat
  /** XLSX only; default: the title's first word. */
  sheetName?: string
}

export interface ExportFile {
  fileName: string
  blob: Blob
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const CSV_MIME = 'text/csv;charset=utf-8'

/** A name every file system accepts. */
export function safeFileName(name: string): string {
  let cleaned = ''
  for (const ch of name) cleaned += ch < ' ' || '\\/:*?"<>|'.includes(ch) ? '_' : ch
  cleaned = cleaned.trim()
  return cleaned === '' ? '导出' : cleaned
}

/**
 * A text cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return at
 * the start) gets a leading apostrophe: exported nicknames are user input.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

function csvField(cell: ExportCell): string {
  const text = typeof cell === 'number' ? String(cell) : guardFormula(cell)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** RFC 4180: fields quoted when needed, CRLF line ends. No BOM (see buildExport). */
export function toCsv(table: Pick<ExportTable, 'title' | 'headers' | 'rows'>): string {
  const lines = [[table.title], table.headers, ...table.rows]
  return lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n'
}

/** Column width in characters: a CJK character takes two. */
function displayWidth(cell: ExportCell): number {
  let width = 0
  for (const ch of String(cell)) width += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1
  return width
}

function sheetNameOf(table: ExportTable): string {
  const name = table.sheetName ?? table.title.split(/\s+/)[0] ?? ''
  const cleaned = name.replace(/[\\/:*?[\]]/g, '_').slice(0, 31)
  return cleaned === '' ? 'Sheet1' : cleaned
}

export async function buildExport(table: ExportTable): Promise<ExportFile> {
  const base = safeFileName(table.fileName)
  if (table.format === 'csv') {
    return {
      fileName: `${base}.csv`,
      blob: new Blob(['\ufeff', toCsv(table)], { type: CSV_MIME }),
    }
  }
  const XLSX = await import('@e965/xlsx')
  const rows: ExportCell[][] = [[table.title], table.headers, ...table.rows]
  const sheet = XLSX.utils.aoa_to_sheet(rows)
  const columns = Math.max(1, table.headers.length)
  if (columns > 1) sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: columns - 1 } }]
  sheet['!cols'] = Array.from({ length: columns }, (_, c) => {
    let width = 6
    for (const row of rows.slice(1)) width = Math.max(width, displayWidth(row[c] ?? ''))
    return { wch: Math.min(width + 2, 60) }
  })
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, sheet, sheetNameOf(table))
  const bytes = XLSX.write(book, {
    bookType: 'xlsx',
    type: 'array',
    compression: true,
  }) as ArrayBuffer
  return { fileName: `${base}.xlsx`, blob: new Blob([bytes], { type: XLSX_MIME }) }
}

/** Builds the file and hands it to the browser as a download. */
export async function exportRows(table: ExportTable): Promise<ExportFile> {
  const file = await buildExport(table)
  const url = URL.createObjectURL(file.blob)
  const link = document.createElement('a')
  link.href = url
  link.download = file.fileName
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
  return file
}
