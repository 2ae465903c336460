// The worker's copy of the stored dataset and what it derived from it (the replay). It is kept
// between queries, so a filter change only re-aggregates. When data is only added (an import, a
// live pull, another tab's commit) it reads just the new chunks and lets the replay go on.
import type { Directory, KfEvent } from '@/domain/dataset/records'
import { DEFAULT_TIMEZONE } from '@/domain/dataset/records'
import type { DirectoryRecord } from '@/domain/dataset/validateDirectory'
import {
  directoryLists,
  directoryRecords,
  emptyDirectory,
  upsertDirectory,
} from '@/domain/import/memoryDataset'
import { inProcessingOrder } from '@/domain/replay/processingOrder'
import { createReplayer, type Replayer } from '@/domain/replay/replayEvents'
import type { Replay, Session } from '@/domain/replay/replayTypes'
import { ZoneClock } from '@/domain/time/zoneClock'
import type { DatasetMetaRow, ImportRow } from '@/db/kfDatabase'
import type { StoredDataset } from '@/db/datasetRepository'

export class DatasetCache {
  meta: DatasetMetaRow
  readonly events: KfEvent[]
  readonly byId: Map<string, KfEvent>
  directory: Directory
  imports: ImportRow[]
  clock: ZoneClock
  lastChunkId: number
  private replayer: Replayer
  private sessionsByKey: Map<string, Session> | null = null

  /**
   * `derived`: what was already derived from exactly these events and directory (an import's
   * preview replayed the dataset as it is once committed), so it is not replayed again.
   */
  constructor(
    stored: StoredDataset,
    derived?: { directory: Directory; replayer: Replayer; byId: Map<string, KfEvent> },
  ) {
    this.meta = stored.meta
    this.events = stored.events
    this.imports = stored.imports
    this.lastChunkId = stored.lastChunkId
    this.clock = new ZoneClock(this.timezone)
    if (derived) {
      this.byId = derived.byId
      this.directory = derived.directory
      this.replayer = derived.replayer
    } else {
      this.byId = new Map(stored.events.map((event) => [event.id, event]))
      this.directory = directoryOf(stored.directory)
      this.replayer = createReplayer(this.directory)
      this.replayer.add(inProcessingOrder(this.events))
    }
  }

  get version(): number {
    return this.meta.version
  }

  get resetVersion(): number {
    return this.meta.resetVersion ?? 0
  }

  get timezone(): string {
    return this.meta.timezone ?? DEFAULT_TIMEZONE
  }

  get replay(): Replay {
    return this.replayer.replay
  }

  session(key: string): Session | undefined {
    this.sessionsByKey ??= new Map(this.replay.sessions.map((s) => [s.key, s]))
    return this.sessionsByKey.get(key)
  }

  /** Every directory record, in directory order. */
  directoryRecords(): DirectoryRecord[] {
    return directoryRecords(directoryLists(this.directory))
  }

  /**
   * What was stored after this copy, when nothing was removed since: `added.events` are only
   * the new events; its directory and imports are complete. The replay goes on when the new
   * events all come after the replayed ones and the groups did not change (they decide
   * segment groups); otherwise it runs again over everything, still without reading the
   * database again.
   */
  append(added: StoredDataset): void {
    const groupsBefore = groupsText(this.directory)
    this.directory = directoryOf(added.directory)
    this.imports = added.imports
    this.extend(
      added.meta,
      added.events,
      added.lastChunkId,
      groupsText(this.directory) !== groupsBefore,
    )
  }

  /**
   * A live page this worker stored: its new events and its directory upserts (only those, not
   * the whole directory — a page rarely brings any).
   */
  appendPage(
    meta: DatasetMetaRow,
    events: KfEvent[],
    lastChunkId: number,
    upserts: readonly DirectoryRecord[],
  ): void {
    let groupsChanged = false
    if (upserts.length > 0) {
      const touchesGroups = upserts.some((record) => record.kind === 'group')
      const groupsBefore = touchesGroups ? groupsText(this.directory) : ''
      upsertDirectory(this.directory, upserts)
      groupsChanged = touchesGroups && groupsText(this.directory) !== groupsBefore
    }
    this.extend(meta, events, lastChunkId, groupsChanged)
  }

  private extend(
    meta: DatasetMetaRow,
    events: KfEvent[],
    lastChunkId: number,
    groupsChanged: boolean,
  ): void {
    for (const event of events) {
      this.events.push(event)
      this.byId.set(event.id, event)
    }
    const zoneChanged = (meta.timezone ?? DEFAULT_TIMEZONE) !== this.timezone
    this.meta = meta
    this.lastChunkId = lastChunkId
    if (zoneChanged) this.clock = new ZoneClock(this.timezone)
    const sorted = inProcessingOrder(events)
    if (!groupsChanged && this.replayer.canAppend(sorted)) {
      this.replayer.add(sorted)
    } else {
      this.replayer = createReplayer(this.directory)
      this.replayer.add(inProcessingOrder(this.events))
    }
    this.sessionsByKey = null
  }
}

function groupsText(directory: Directory): string {
  return JSON.stringify([...directory.groups.values()])
}

function directoryOf(records: readonly DirectoryRecord[]): Directory {
  const directory = emptyDirectory()
  upsertDirectory(directory, records)
  return directory
}
