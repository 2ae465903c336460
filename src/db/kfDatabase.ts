// The one IndexedDB database. Schema versions are only ever appended.
// Events are stored in chunks (a few thousand a row): a million events write and read in
// hundreds of rows instead of a million, and the worker keeps its own index by id.
import Dexie, { type EntityTable } from 'dexie'
import type { KfEvent } from '@/domain/dataset/records'
import type { DirectoryRecord } from '@/domain/dataset/validateDirectory'

export const DATABASE_NAME = 'kf-stats'

export interface DatasetMetaRow {
  key: 'dataset'
  timezone: string | null
  /** The next `seq` (input order across every import). */
  nextSeq: number
  /** Increases with every committed change; workers compare it to know their copy is current. */
  version: number
  isDemo: boolean
  /** The demo was loaded once already (it is not loaded again by itself after a clear). */
  demoOffered: boolean
  /**
   * The version of the last write that removed data (clear, or an import replacing the demo).
   * While it stays the same, every later version only added: a reader can read just the new
   * chunks. Rows written before this field existed read as 0.
   */
  resetVersion?: number
}

/**
 * A chunk of events in input order, as JSON text of fixed-position tuples. Measured on a million
 * events: structured-cloning the objects took 20 s to write in Chromium; JSON of objects of
 * varying shapes is slow to make; UTF-8 encoding the text costs more than it saves.
 */
export interface EventChunkRow {
  id?: number
  importId: number
  count: number
  json: string
}

/** The fields of an event in its stored tuple, in this order; absent fields are null. */
type EventTuple = [
  id: string,
  seq: number,
  time: number,
  type: KfEvent['type'],
  open_kfid: string | null,
  external_userid: string | null,
  origin: KfEvent['origin'] | null,
  servicer_userid: string | null,
  state: KfEvent['state'] | null,
  group_id: string | null,
  status: KfEvent['status'] | null,
  rating: KfEvent['rating'] | null,
  kind: KfEvent['kind'] | null,
  target: string | null,
  msgtype: string | null,
  content: unknown,
  extra: Record<string, unknown> | null,
]

function tupleOf(e: KfEvent): EventTuple {
  return [
    e.id,
    e.seq,
    e.time,
    e.type,
    e.open_kfid ?? null,
    e.external_userid ?? null,
    e.origin ?? null,
    e.servicer_userid ?? null,
    e.state ?? null,
    e.group_id ?? null,
    e.status ?? null,
    e.rating ?? null,
    e.kind ?? null,
    e.target ?? null,
    e.msgtype ?? null,
    e.content ?? null,
    e.extra ?? null,
  ]
}

function eventOf(t: EventTuple): KfEvent {
  const event: KfEvent = { id: t[0], seq: t[1], time: t[2], type: t[3] }
  if (t[4] !== null) event.open_kfid = t[4]
  if (t[5] !== null) event.external_userid = t[5]
  if (t[6] !== null) event.origin = t[6]
  if (t[7] !== null) event.servicer_userid = t[7]
  if (t[8] !== null) event.state = t[8]
  if (t[9] !== null) event.group_id = t[9]
  if (t[10] !== null) event.status = t[10]
  if (t[11] !== null) event.rating = t[11]
  if (t[12] !== null) event.kind = t[12]
  if (t[13] !== null) event.target = t[13]
  if (t[14] !== null) event.msgtype = t[14]
  if (t[15] !== null) event.content = t[15]
  if (t[16] !== null) event.extra = t[16]
  return event
}

export function encodeChunk(importId: number, events: KfEvent[]): EventChunkRow {
  return { importId, count: events.length, json: JSON.stringify(events.map(tupleOf)) }
}

export function chunkEvents(row: EventChunkRow): KfEvent[] {
  return (JSON.parse(row.json) as EventTuple[]).map(eventOf)
}

/**
 * One row per directory table (accounts, servicers, groups, customers), its records in
 * directory order — first appearance across imports, which decides segment groups
 * (metrics.md §1). A table is small next to the events; one row writes in one step where
 * tens of thousands of customer rows took seconds.
 */
export interface DirectoryRow {
  kind: DirectoryRecord['kind']
  records: DirectoryRecord[]
}

export interface ImportRow {
  id?: number
  fileName: string
  size: number
  added: number
  duplicates: number
  conflicts: number
  invalid: number
  importedAt: number
}

/** The live feed's settings (shared by every tab). */
export interface FeedSettingsRow {
  source: 'demo' | 'url' | 'off'
  url: string
  intervalSeconds: number
}

/**
 * The live feed's one row: its settings, and per source (`demo`, `url:<address>`) the cursor
 * stored with the last page it added. Cursors are forgotten when the data is replaced or cleared.
 */
export interface FeedRow {
  key: 'feed'
  settings: FeedSettingsRow
  cursors: Record<string, string>
  /** Epoch seconds of the last page stored. */
  lastStoredAt: number | null
  /** Events the feed added since the data was last replaced or cleared. */
  addedTotal: number
}

/** 数据问题: a record the feed sent that could not be stored as is. */
export interface ProblemRow {
  id?: number
  receivedAt: number
  source: string
  place: string
  reason: string
  record?: string
}

export class KfDatabase extends Dexie {
  meta!: EntityTable<DatasetMetaRow, 'key'>
  eventChunks!: EntityTable<EventChunkRow, 'id'>
  directory!: EntityTable<DirectoryRow, 'kind'>
  imports!: EntityTable<ImportRow, 'id'>
  feed!: EntityTable<FeedRow, 'key'>
  problems!: EntityTable<ProblemRow, 'id'>

  constructor(name = DATABASE_NAME) {
    super(name)
    this.version(1).stores({
      meta: 'key',
      eventChunks: '++id, importId',
      directory: 'id, kind, order',
      imports: '++id',
    })
    // v2: directory tables as one row each; event chunks as UTF-8 JSON. Nothing shipped with
    // v1, so its rows are dropped rather than converted.
    this.version(2)
      .stores({ directory: 'kind' })
      .upgrade(async (tx) => {
        await Promise.all([
          tx.table('eventChunks').clear(),
          tx.table('imports').clear(),
          tx.table('meta').clear(),
        ])
      })
    // v3: the live feed (settings and cursors) and the 数据问题 list.
    this.version(3).stores({ feed: 'key', problems: '++id' })
  }
}
