// Reading and writing the stored dataset. Every write is one transaction: all of it or none.
import Dexie from 'dexie'
import type { KfEvent } from '@/domain/dataset/records'
import { directoryKey, type DirectoryRecord } from '@/domain/dataset/validateDirectory'
import {
  chunkEvents,
  encodeChunk,
  type DatasetMetaRow,
  type DirectoryRow,
  type ImportRow,
  type KfDatabase,
} from './kfDatabase'

export const CHUNK_SIZE = 5000

export const EMPTY_META: DatasetMetaRow = {
  key: 'dataset',
  timezone: null,
  nextSeq: 0,
  version: 0,
  isDemo: false,
  demoOffered: false,
  resetVersion: 0,
}

export interface StoredDataset {
  meta: DatasetMetaRow
  /** In `seq` order. */
  events: KfEvent[]
  /** The id of the last event chunk read (0 when none). */
  lastChunkId: number
  /** In directory order (first appearance). */
  directory: DirectoryRecord[]
  imports: ImportRow[]
}

/** Another tab changed the data since this copy was read: read again and plan again. */
export class StaleDatasetError extends Error {
  constructor() {
    super('数据已在其他窗口中改变,请重新导入')
    this.name = 'StaleDatasetError'
  }
}

/** The browser refused to store more: nothing was written. */
export class StorageFullError extends Error {
  constructor() {
    super(
      '浏览器存储空间不足,导入已全部撤销,已有数据未改变。请清理浏览器存储或申请持久化存储后重试。',
    )
    this.name = 'StorageFullError'
  }
}

export async function readMeta(db: KfDatabase): Promise<DatasetMetaRow> {
  return (await db.meta.get('dataset')) ?? EMPTY_META
}

/** Everything stored, or — with `afterChunkId` — only the event chunks added after that one. */
export async function readDataset(db: KfDatabase, afterChunkId = 0): Promise<StoredDataset> {
  return db.transaction('r', [db.meta, db.eventChunks, db.directory, db.imports], async () => {
    const meta = await readMeta(db)
    const chunks = await db.eventChunks.where('id').above(afterChunkId).toArray()
    const events: KfEvent[] = []
    let lastChunkId = afterChunkId
    for (const chunk of chunks) {
      for (const event of chunkEvents(chunk)) events.push(event)
      lastChunkId = Math.max(lastChunkId, chunk.id ?? 0)
    }
    const directory = await readDirectory(db)
    const imports = await db.imports.orderBy('id').toArray()
    return { meta, events, lastChunkId, directory, imports }
  })
}

export interface DatasetWrite {
  /** The version the plan was made against. */
  expectedVersion: number
  timezone: string
  events: KfEvent[]
  directory: DirectoryRecord[]
  imports: Omit<ImportRow, 'id'>[]
  isDemo: boolean
  /** Replace everything stored (the demo) instead of adding to it. */
  replaceExisting: boolean
}

const DIRECTORY_KINDS: DirectoryRecord['kind'][] = ['account', 'servicer', 'group', 'customer']

export async function readDirectory(db: KfDatabase): Promise<DirectoryRecord[]> {
  const rows = await db.directory.bulkGet(DIRECTORY_KINDS)
  return rows.flatMap((row) => row?.records ?? [])
}

/**
 * Upserts by key: an upsert replaces the whole record and keeps its place. Only the tables
 * `added` touches are returned when `onlyTouched` (a live page rewrites no customer table for
 * an account's new name).
 */
export function mergeDirectory(
  stored: DirectoryRecord[],
  added: DirectoryRecord[],
  onlyTouched = false,
): DirectoryRow[] {
  const tables = new Map(DIRECTORY_KINDS.map((kind) => [kind, new Map<string, DirectoryRecord>()]))
  for (const record of stored) tables.get(record.kind)!.set(directoryKey(record), record)
  for (const record of added) tables.get(record.kind)!.set(directoryKey(record), record)
  const touched = new Set(added.map((record) => record.kind))
  return DIRECTORY_KINDS.filter((kind) => !onlyTouched || touched.has(kind)).map((kind) => ({
    kind,
    records: [...tables.get(kind)!.values()],
  }))
}

export interface WriteResult {
  meta: DatasetMetaRow
  /** The id of the last event chunk written (the previous last one when none was). */
  lastChunkId: number
  imports: ImportRow[]
}

/** Adds events, upserts directory records and logs the imports, in one transaction. */
export async function writeImport(db: KfDatabase, write: DatasetWrite): Promise<WriteResult> {
  try {
    return await db.transaction(
      'rw',
      [db.meta, db.eventChunks, db.directory, db.imports, db.feed],
      async () => {
        const meta = await readMeta(db)
        // Replacing the demo needs only that the demo is still what is stored (the live feed
        // may have added to it since the preview); adding needs the data as planned against.
        const current = write.replaceExisting && meta.isDemo
        if (!current && meta.version !== write.expectedVersion) throw new StaleDatasetError()
        if (write.replaceExisting) {
          await Promise.all([
            db.eventChunks.clear(),
            db.directory.clear(),
            db.imports.clear(),
            forgetFeedProgress(db),
          ])
        }
        const startSeq = write.replaceExisting ? 0 : meta.nextSeq
        const imports: ImportRow[] = []
        for (const row of write.imports) {
          imports.push({ ...row, id: (await db.imports.add(row)) as number })
        }
        const importId = imports[imports.length - 1]?.id ?? 0
        let lastChunkId = Number((await db.eventChunks.orderBy('id').lastKey()) ?? 0)
        for (let i = 0; i < write.events.length; i += CHUNK_SIZE) {
          const row = encodeChunk(importId, write.events.slice(i, i + CHUNK_SIZE))
          lastChunkId = (await db.eventChunks.add(row)) as number
        }
        await db.directory.bulkPut(mergeDirectory(await readDirectory(db), write.directory))
        const next: DatasetMetaRow = {
          key: 'dataset',
          timezone: write.timezone,
          nextSeq: startSeq + write.events.length,
          version: meta.version + 1,
          isDemo: write.isDemo,
          demoOffered: meta.demoOffered || write.isDemo,
          resetVersion: write.replaceExisting ? meta.version + 1 : (meta.resetVersion ?? 0),
        }
        await db.meta.put(next)
        return { meta: next, lastChunkId, imports }
      },
    )
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError()
    throw error
  }
}

/** 清空全部数据: everything but the memory that the demo was offered once, and the feed's settings. */
export async function clearDataset(db: KfDatabase): Promise<DatasetMetaRow> {
  const tables = [db.meta, db.eventChunks, db.directory, db.imports, db.feed, db.problems]
  return db.transaction('rw', tables, async () => {
    const meta = await readMeta(db)
    await Promise.all([
      db.eventChunks.clear(),
      db.directory.clear(),
      db.imports.clear(),
      db.problems.clear(),
      forgetFeedProgress(db),
    ])
    const next: DatasetMetaRow = {
      ...EMPTY_META,
      version: meta.version + 1,
      demoOffered: meta.demoOffered,
      resetVersion: meta.version + 1,
    }
    await db.meta.put(next)
    return next
  })
}

/**
 * The data the feed's cursors point into is gone: every source starts again from its beginning
 * (its settings stay). Inside the caller's transaction, which must include `db.feed`.
 */
async function forgetFeedProgress(db: KfDatabase): Promise<void> {
  await db.feed.toCollection().modify({ cursors: {}, lastStoredAt: null, addedTotal: 0 })
}

export function isQuotaError(error: unknown): boolean {
  if (error instanceof Dexie.QuotaExceededError) return true
  const inner = (error as { inner?: unknown } | null)?.inner
  const name = (error as { name?: string } | null)?.name ?? ''
  return (
    name === 'QuotaExceededError' || (inner !== undefined && inner !== error && isQuotaError(inner))
  )
}
