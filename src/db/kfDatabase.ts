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
 * A chunk of events in input order, as JSON text: writing and reading one string is many times
 * faster than structured-cloning thousands of objects (measured: a million events took 20 s to
 * write as objects in Chromium).
 */
export interface EventChunkRow {
  id?: number
  importId: number
  count: number
  /** The events' JSON, UTF-8 encoded (half the bytes of a string of Chinese text). */
  json: Uint8Array
}

/** The fields of an event in a stored tuple; absent fields are stored as null. */
const TUPLE_FIELDS = [
  'id',
  'seq',
  'time',
  'type',
  'open_kfid',
  'external_userid',
  'origin',
  'servicer_userid',
  'state',
  'group_id',
  'status',
  'rating',
  'kind',
  'target',
  'msgtype',
  'content',
  'extra',
] as const satisfies readonly (keyof KfEvent)[]

/**
 * Events as JSON arrays of fixed-position tuples, UTF-8 encoded: arrays of primitives
 * serialize many times faster than objects of varying shapes, and the bytes are half those of
 * a string of Chinese text.
 */
export function encodeChunk(importId: number, events: KfEvent[]): EventChunkRow {
  const tuples = events.map((event) => TUPLE_FIELDS.map((field) => event[field] ?? null))
  return { importId, count: events.length, json: new TextEncoder().encode(JSON.stringify(tuples)) }
}

export function chunkEvents(row: EventChunkRow): KfEvent[] {
  const tuples = JSON.parse(new TextDecoder().decode(row.json)) as unknown[][]
  return tuples.map((tuple) => {
    const event: Record<string, unknown> = {}
    for (let i = 0; i < TUPLE_FIELDS.length; i += 1) {
      const value = tuple[i]
      if (value !== null && value !== undefined) event[TUPLE_FIELDS[i]!] = value
    }
    return event as unknown as KfEvent
  })
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

export class KfDatabase extends Dexie {
  meta!: EntityTable<DatasetMetaRow, 'key'>
  eventChunks!: EntityTable<EventChunkRow, 'id'>
  directory!: EntityTable<DirectoryRow, 'kind'>
  imports!: EntityTable<ImportRow, 'id'>

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
  }
}
