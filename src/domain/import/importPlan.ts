// Importing a read file into a dataset (data-format.md): events are added by `id` — a duplicate
// (same content) changes nothing, a conflict (same id, other content) keeps the stored one.
// `read` = `added` + `duplicates` + `conflicts` + `invalid`.
import type { KfEvent } from '../dataset/records'
import { sameRecord } from '../dataset/canonicalRecord'
import type { DirectoryRecord } from '../dataset/validateDirectory'
import { DatasetRefused } from './datasetRefused'
import type { ParsedFile, Problem } from './parsedFile'

export interface ConflictPair {
  stored: KfEvent
  incoming: KfEvent
}

export interface ImportPlan {
  fileName: string
  timezone: string
  read: number
  /** New events, `seq` continuing the dataset's input order. */
  added: KfEvent[]
  duplicates: number
  conflicts: ConflictPair[]
  invalid: Problem[]
  directory: DirectoryRecord[]
  invalidDirectory: Problem[]
  /** The added events by id (a store may adopt it instead of indexing them again). */
  addedById: Map<string, KfEvent>
}

export interface StoredEvents {
  /** The zone already stored, or null for an empty dataset. */
  timezone: string | null
  find(id: string): KfEvent | undefined
  /** The next `seq` in input order. */
  nextSeq: number
}

/**
 * `addedSoFar`: events added by earlier files of the same import (by id); this file's added
 * events are put into it too, and it becomes the plan's `addedById` — one map for the batch.
 */
export function planImport(
  parsed: ParsedFile,
  stored: StoredEvents,
  addedSoFar: Map<string, KfEvent> = new Map(),
): ImportPlan {
  if (stored.timezone !== null && stored.timezone !== parsed.timezone) {
    throw new DatasetRefused(
      `文件的时区「${parsed.timezone}」与已导入数据的时区「${stored.timezone}」不同,不能合并到同一个数据集`,
    )
  }
  const plan: ImportPlan = {
    fileName: parsed.fileName,
    timezone: parsed.timezone,
    read: parsed.events.length + parsed.invalidEvents.length,
    added: [],
    duplicates: 0,
    conflicts: [],
    invalid: parsed.invalidEvents,
    directory: parsed.directory,
    invalidDirectory: parsed.invalidDirectory,
    addedById: addedSoFar,
  }
  const addedNow = plan.addedById
  const storeIsEmpty = stored.nextSeq === 0
  let seq = stored.nextSeq
  for (const event of parsed.events) {
    const earlier = (storeIsEmpty ? undefined : stored.find(event.id)) ?? addedNow.get(event.id)
    if (earlier === undefined) {
      event.seq = seq++ // the parsed event is this import's own: renumbered, not copied
      addedNow.set(event.id, event)
      plan.added.push(event)
    } else if (sameRecord(earlier, event)) plan.duplicates += 1
    else plan.conflicts.push({ stored: earlier, incoming: event })
  }
  return plan
}
