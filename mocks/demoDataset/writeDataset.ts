// Writes a demo dataset as a kf-dataset v1 file: JSON (one object), NDJSON (one record a line)
// or an XLSX workbook. JSON and NDJSON are streamed in chunks, so a million events never
// become one string; XLSX is for demo sizes only.
import { open } from 'node:fs/promises'
import * as XLSX from '@e965/xlsx'
import type { DemoDataset, DemoEvent } from './types'
import { ZoneCalendar } from './zonedTime'

export type OutputFormat = 'json' | 'ndjson' | 'xlsx'

export interface WriteSummary {
  format: OutputFormat
  events: number
  bytes: number
}

/** Largest event count the XLSX writer accepts (a workbook is built in memory). */
export const XLSX_MAX_EVENTS = 300_000

const CHUNK_BYTES = 1 << 20

export function formatOfPath(path: string): OutputFormat | null {
  const lower = path.toLowerCase()
  if (lower.endsWith('.json')) return 'json'
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return 'ndjson'
  if (lower.endsWith('.xlsx')) return 'xlsx'
  return null
}

/** The lines of the NDJSON form (without newlines): meta, the directory, then every event. */
export function* ndjsonLines(dataset: DemoDataset): Generator<string, void, undefined> {
  yield JSON.stringify({ record: 'meta', ...dataset.meta })
  const { accounts, servicers, groups, customers } = dataset.directory
  for (const r of accounts) yield JSON.stringify({ record: 'account', ...r })
  for (const r of servicers) yield JSON.stringify({ record: 'servicer', ...r })
  for (const r of groups) yield JSON.stringify({ record: 'group', ...r })
  for (const r of customers) yield JSON.stringify({ record: 'customer', ...r })
  for (const e of dataset.events()) yield JSON.stringify({ record: 'event', ...e })
}

/** The JSON container as pieces of text: one record a line, events streamed. */
function* jsonPieces(dataset: DemoDataset): Generator<string, void, undefined> {
  const { format, version, timezone } = dataset.meta
  yield `{"format":${JSON.stringify(format)},"version":${version},"timezone":${JSON.stringify(timezone)}`
  const tables: [string, readonly object[]][] = [
    ['accounts', dataset.directory.accounts],
    ['servicers', dataset.directory.servicers],
    ['groups', dataset.directory.groups],
    ['customers', dataset.directory.customers],
  ]
  for (const [name, rows] of tables) {
    yield `,\n"${name}":[`
    let first = true
    for (const row of rows) {
      yield (first ? '\n' : ',\n') + JSON.stringify(row)
      first = false
    }
    yield '\n]'
  }
  yield ',\n"events":['
  let first = true
  for (const event of dataset.events()) {
    yield (first ? '\n' : ',\n') + JSON.stringify(event)
    first = false
  }
  yield '\n]}\n'
}

/** Writes text pieces to a file in ~1 MB chunks; returns the bytes written. */
async function writePieces(path: string, pieces: Iterable<string>): Promise<number> {
  const file = await open(path, 'w')
  let bytes = 0
  try {
    let chunk: string[] = []
    let size = 0
    const flush = async (): Promise<void> => {
      if (chunk.length === 0) return
      const buffer = Buffer.from(chunk.join(''), 'utf8')
      chunk = []
      size = 0
      await file.write(buffer)
      bytes += buffer.length
    }
    for (const piece of pieces) {
      chunk.push(piece)
      size += piece.length
      if (size >= CHUNK_BYTES) await flush()
    }
    await flush()
  } finally {
    await file.close()
  }
  return bytes
}

/** The same dataset, counting the events as they are read. */
function counted(dataset: DemoDataset): { source: DemoDataset; count: () => number } {
  let n = 0
  const source: DemoDataset = {
    ...dataset,
    events: function* () {
      for (const event of dataset.events()) {
        n += 1
        yield event
      }
    },
  }
  return { source, count: () => n }
}

function* withNewlines(lines: Iterable<string>): Generator<string, void, undefined> {
  for (const line of lines) yield line + '\n'
}

export async function writeNdjson(dataset: DemoDataset, path: string): Promise<WriteSummary> {
  const { source, count } = counted(dataset)
  const bytes = await writePieces(path, withNewlines(ndjsonLines(source)))
  return { format: 'ndjson', events: count(), bytes }
}

export async function writeJson(dataset: DemoDataset, path: string): Promise<WriteSummary> {
  const { source, count } = counted(dataset)
  const bytes = await writePieces(path, jsonPieces(source))
  return { format: 'json', events: count(), bytes }
}

const EVENT_COLUMNS = [
  'id',
  'type',
  'time',
  'open_kfid',
  'external_userid',
  'origin',
  'servicer_userid',
  'msgtype',
  'content',
  'state',
  'group_id',
  'status',
  'rating',
  'kind',
  'target',
  'scene',
  'scene_param',
] as const

type Cell = string | number | boolean | null

/**
 * The workbook: sheets accounts, servicers, groups, customers, events and meta. List fields are
 * comma-separated; `time` is the wall time in the dataset's zone ('YYYY-MM-DDTHH:MM:SS', no
 * offset); `content` is the text, or JSON text for an object.
 */
export function workbookOf(dataset: DemoDataset): XLSX.WorkBook {
  const calendar = new ZoneCalendar(dataset.meta.timezone)
  const { accounts, servicers, groups, customers } = dataset.directory
  const sheet = (rows: Cell[][]): XLSX.WorkSheet => XLSX.utils.aoa_to_sheet(rows)
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(
    book,
    sheet([
      ['open_kfid', 'name', 'avatar'],
      ...accounts.map((a) => [a.open_kfid, a.name, a.avatar ?? null]),
    ]),
    'accounts',
  )
  XLSX.utils.book_append_sheet(
    book,
    sheet([
      ['userid', 'name', 'department'],
      ...servicers.map((s) => [s.userid, s.name, s.department ?? null]),
    ]),
    'servicers',
  )
  XLSX.utils.book_append_sheet(
    book,
    sheet([
      ['group_id', 'name', 'reception_limit', 'open_kfids', 'servicer_userids'],
      ...groups.map((g) => [
        g.group_id,
        g.name,
        g.reception_limit,
        g.open_kfids.join(','),
        g.servicer_userids.join(','),
      ]),
    ]),
    'groups',
  )
  XLSX.utils.book_append_sheet(
    book,
    sheet([
      ['external_userid', 'nickname', 'avatar', 'is_friend'],
      ...customers.map((c) => [c.external_userid, c.nickname, c.avatar ?? null, c.is_friend]),
    ]),
    'customers',
  )
  const rows: Cell[][] = [[...EVENT_COLUMNS]]
  for (const event of dataset.events()) {
    if (rows.length > XLSX_MAX_EVENTS) {
      throw new RangeError(
        `XLSX 只适合演示规模（不超过 ${XLSX_MAX_EVENTS} 条事件），请改用 .ndjson 或 .json`,
      )
    }
    rows.push(eventRow(event, calendar))
  }
  XLSX.utils.book_append_sheet(book, sheet(rows), 'events')
  XLSX.utils.book_append_sheet(book, sheet([['timezone'], [dataset.meta.timezone]]), 'meta')
  return book
}

function eventRow(event: DemoEvent, calendar: ZoneCalendar): Cell[] {
  const fields = event as unknown as Record<string, unknown>
  return EVENT_COLUMNS.map((column): Cell => {
    const value = fields[column]
    if (value === undefined) return null
    if (column === 'time') return calendar.formatWall(value as number)
    if (typeof value === 'object' && value !== null) return JSON.stringify(value)
    return value as Cell
  })
}

export async function writeXlsx(dataset: DemoDataset, path: string): Promise<WriteSummary> {
  const book = workbookOf(dataset)
  const events = (book.Sheets['events'] as XLSX.WorkSheet)['!ref']
  const rowCount = events === undefined ? 0 : XLSX.utils.decode_range(events).e.r
  const buffer = XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer
  const file = await open(path, 'w')
  try {
    await file.write(buffer)
  } finally {
    await file.close()
  }
  return { format: 'xlsx', events: rowCount, bytes: buffer.length }
}

/** Writes by the file's extension: .json, .ndjson / .jsonl, or .xlsx. */
export async function writeDataset(dataset: DemoDataset, path: string): Promise<WriteSummary> {
  switch (formatOfPath(path)) {
    case 'json':
      return writeJson(dataset, path)
    case 'ndjson':
      return writeNdjson(dataset, path)
    case 'xlsx':
      return writeXlsx(dataset, path)
    default:
      throw new RangeError(`不支持的输出文件类型「${path}」：应以 .json、.ndjson 或 .xlsx 结尾`)
  }
}
