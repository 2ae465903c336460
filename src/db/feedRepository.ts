// The live feed's storage: its settings and cursors (one row), its pages (event chunks written
// with the cursor in one transaction), and the 数据问题 list.
import type { KfEvent } from '@/domain/dataset/records'
import type { DirectoryRecord } from '@/domain/dataset/validateDirectory'
import {
  isQuotaError,
  mergeDirectory,
  readDirectory,
  readMeta,
  StaleDatasetError,
  StorageFullError,
} from './datasetRepository'
import {
  encodeChunk,
  type DatasetMetaRow,
  type EventChunkRow,
  type FeedRow,
  type FeedSettingsRow,
  type KfDatabase,
  type ProblemRow,
} from './kfDatabase'

export const DEFAULT_FEED_ROW: FeedRow = {
  key: 'feed',
  settings: { source: 'demo', url: '', intervalSeconds: 60 },
  cursors: {},
  lastStoredAt: null,
  addedTotal: 0,
}

/**
 * Events per stored chunk of a live pull. Measured in Chromium on a pull of 5,000 events (about
 * 1 MB of JSON, stored as 2 MB of UTF-16): five values of 1,000 were written in about half the
 * time of one value of 5,000; twenty smaller ones were slower again.
 */
export const FEED_CHUNK_SIZE = 1000

/** 数据问题 keeps the newest this many; older ones are dropped as new ones come. */
export const MAX_STORED_PROBLEMS = 10_000

export async function readFeed(db: KfDatabase): Promise<FeedRow> {
  return (await db.feed.get('feed')) ?? DEFAULT_FEED_ROW
}

export async function saveFeedSettings(
  db: KfDatabase,
  settings: FeedSettingsRow,
): Promise<FeedRow> {
  return db.transaction('rw', db.feed, async () => {
    const row: FeedRow = { ...(await readFeed(db)), settings: { ...settings } }
    await db.feed.put(row)
    return row
  })
}

export interface FeedPageWrite {
  /** The version the page was planned against. */
  expectedVersion: number
  sourceKey: string
  /** The cursor the page was asked with; nothing is written if the stored one moved since. */
  askedCursor: string | null
  nextCursor: string
  timezone: string
  /** New events, `seq` already given. */
  events: KfEvent[]
  directory: DirectoryRecord[]
  problems: Omit<ProblemRow, 'id'>[]
  receivedAt: number
  /**
   * Whether the page's source still feeds the data as stored (checked inside the transaction):
   * an import may have replaced the demo, or the settings changed, while the page was on its way.
   */
  stillFeeds: (settings: FeedSettingsRow, meta: DatasetMetaRow) => boolean
}

export type FeedPageWriteResult =
  | { stored: false; meta: DatasetMetaRow }
  | { stored: true; meta: DatasetMetaRow; lastChunkId: number }

/**
 * Stores one page: its new events, directory upserts, problems and `nextCursor`, all or none.
 * Returns `stored: false` (writing nothing) when the stored cursor is no longer `askedCursor`
 * (another tab stored this page already) or the source no longer feeds this data. Throws StaleDatasetError when the data changed since
 * the plan (plan again), StorageFullError when the browser refused the space.
 */
export async function writeFeedPage(
  db: KfDatabase,
  write: FeedPageWrite,
): Promise<FeedPageWriteResult> {
  const tables = [db.meta, db.eventChunks, db.directory, db.feed, db.problems]
  // Encoded before the transaction, which then only writes.
  const chunks: EventChunkRow[] = []
  for (let i = 0; i < write.events.length; i += FEED_CHUNK_SIZE) {
    chunks.push(encodeChunk(0, write.events.slice(i, i + FEED_CHUNK_SIZE)))
  }
  try {
    return await db.transaction('rw', tables, async (): Promise<FeedPageWriteResult> => {
      const [meta, feed] = await Promise.all([readMeta(db), readFeed(db)])
      const moved = (feed.cursors[write.sourceKey] ?? null) !== write.askedCursor
      if (moved || !write.stillFeeds(feed.settings, meta)) return { stored: false, meta }
      if (meta.version !== write.expectedVersion) throw new StaleDatasetError()

      // The chunks are added at once (not one after the other): the ids come in order.
      const ids = await Promise.all(chunks.map((chunk) => db.eventChunks.add(chunk)))
      const lastChunkId =
        ids.length > 0
          ? Number(ids[ids.length - 1])
          : Number((await db.eventChunks.orderBy('id').lastKey()) ?? 0)
      if (write.directory.length > 0) {
        await db.directory.bulkPut(mergeDirectory(await readDirectory(db), write.directory, true))
      }
      if (write.problems.length > 0) {
        await db.problems.bulkAdd(write.problems)
        const excess = (await db.problems.count()) - MAX_STORED_PROBLEMS
        if (excess > 0) {
          const oldest = await db.problems.orderBy('id').limit(excess).primaryKeys()
          await db.problems.bulkDelete(oldest)
        }
      }
      await db.feed.put({
        ...feed,
        cursors: { ...feed.cursors, [write.sourceKey]: write.nextCursor },
        lastStoredAt: write.receivedAt,
        addedTotal: feed.addedTotal + write.events.length,
      })
      const changed = write.events.length > 0 || write.directory.length > 0
      const next: DatasetMetaRow = changed
        ? {
            ...meta,
            timezone: meta.timezone ?? write.timezone,
            nextSeq: meta.nextSeq + write.events.length,
            version: meta.version + 1,
            resetVersion: meta.resetVersion ?? 0,
          }
        : meta
      if (changed) await db.meta.put(next)
      return { stored: true, meta: next, lastChunkId }
    })
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError()
    throw error
  }
}

/** 数据问题, newest first. */
export async function readProblems(
  db: KfDatabase,
  offset: number,
  limit: number,
): Promise<{ total: number; rows: ProblemRow[] }> {
  return db.transaction('r', db.problems, async () => ({
    total: await db.problems.count(),
    rows: await db.problems.orderBy('id').reverse().offset(offset).limit(limit).toArray(),
  }))
}

export async function clearProblems(db: KfDatabase): Promise<void> {
  await db.problems.clear()
}
