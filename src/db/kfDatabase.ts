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

export interface EventChunkRow {
  id?: number
  importId: number
  events: KfEvent[]
}

export interface DirectoryRow {
  /** `${kind}:${key}` */
  id: string
  kind: DirectoryRecord['kind']
  /** First appearance across imports: the directory order of groups (metrics.md §1). */
  order: number
  record: DirectoryRecord
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
  directory!: EntityTable<DirectoryRow, 'id'>
  imports!: EntityTable<ImportRow, 'id'>

  constructor(name = DATABASE_NAME) {
    super(name)
    this.version(1).stores({
      meta: 'key',
      eventChunks: '++id, importId',
      directory: 'id, kind, order',
      imports: '++id',
    })
  }
}
