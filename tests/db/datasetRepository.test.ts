import 'fake-indexeddb/auto'
import { describe, expect, it, vi } from 'vitest'
import {
  readDataset,
  StaleDatasetError,
  StorageFullError,
  writeImport,
  type DatasetWrite,
} from '../../src/db/datasetRepository'
import { KfDatabase } from '../../src/db/kfDatabase'
import type { KfEvent } from '../../src/domain/dataset/records'

let counter = 0
const newDb = () => new KfDatabase(`kf-repo-${counter++}`)

const event = (i: number): KfEvent => ({
  id: `e${i}`,
  seq: i,
  time: 1795140000 + i,
  type: 'message',
  open_kfid: 'kf1',
  external_userid: 'c1',
  origin: 'customer',
  content: i % 2 ? '你好' : { text: { content: '在吗' } },
  extra: { scene: 'menu' },
})

const write = (events: KfEvent[], expectedVersion: number): DatasetWrite => ({
  expectedVersion,
  timezone: 'Asia/Shanghai',
  events,
  directory: [{ kind: 'account', value: { open_kfid: 'kf1', name: '旗舰店' } }],
  imports: [
    {
      fileName: 'a.json',
      size: 10,
      added: events.length,
      duplicates: 0,
      conflicts: 0,
      invalid: 0,
      importedAt: 1,
    },
  ],
  isDemo: false,
  replaceExisting: false,
})

describe('the stored dataset (IndexedDB)', () => {
  it('reads back every event exactly as written, across chunks of 5,000', async () => {
    const db = newDb()
    const events = Array.from({ length: 12_001 }, (_, i) => event(i))
    const result = await writeImport(db, write(events, 0))
    expect(result.meta).toMatchObject({ version: 1, nextSeq: 12_001, timezone: 'Asia/Shanghai' })
    const stored = await readDataset(db)
    expect(stored.events).toEqual(events)
    expect(await db.eventChunks.count()).toBe(3)
    expect(stored.directory).toEqual([
      { kind: 'account', value: { open_kfid: 'kf1', name: '旗舰店' } },
    ])
    // Only what came after a chunk: the next write's events.
    await writeImport(db, write([event(20_000)], 1))
    expect((await readDataset(db, result.lastChunkId)).events).toEqual([event(20_000)])
  })

  it('a full disk rolls the whole import back and says so in Chinese', async () => {
    const db = newDb()
    await writeImport(db, write([event(1)], 0))
    const before = await readDataset(db)
    // The second chunk of the import hits the quota: the first one must not stay either.
    const add = db.eventChunks.add.bind(db.eventChunks)
    let calls = 0
    const fullOnSecondChunk = async (row: Parameters<typeof add>[0]) => {
      calls += 1
      if (calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return add(row)
    }
    vi.spyOn(db.eventChunks, 'add').mockImplementation(fullOnSecondChunk as unknown as typeof add)
    const events = Array.from({ length: 6000 }, (_, i) => event(100 + i))
    const error = await writeImport(db, write(events, 1)).catch((e: Error) => e)
    expect(error).toBeInstanceOf(StorageFullError)
    expect((error as Error).message).toContain('存储空间不足')
    expect(calls).toBe(2)
    expect(await readDataset(db)).toEqual(before)
  })

  it('refuses a write planned against an older version (another tab wrote in between)', async () => {
    const db = newDb()
    await writeImport(db, write([event(1)], 0))
    await expect(writeImport(db, write([event(2)], 0))).rejects.toBeInstanceOf(StaleDatasetError)
    expect((await readDataset(db)).events).toEqual([event(1)])
  })
})
