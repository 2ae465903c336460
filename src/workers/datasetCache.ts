// The worker's copy of the stored dataset and what it derived from it (the replay). It is kept
// between queries, so a filter change only re-aggregates; it is rebuilt only when data changes.
import type { Directory, KfEvent } from '@/domain/dataset/records'
import { DEFAULT_TIMEZONE } from '@/domain/dataset/records'
import type { DirectoryRecord } from '@/domain/dataset/validateDirectory'
import { emptyDirectory, upsertDirectory } from '@/domain/import/memoryDataset'
import { inProcessingOrder } from '@/domain/replay/processingOrder'
import { replayEvents } from '@/domain/replay/replayEvents'
import type { Replay, Session } from '@/domain/replay/replayTypes'
import { ZoneClock } from '@/domain/time/zoneClock'
import type { DatasetMetaRow, ImportRow } from '@/db/kfDatabase'
import type { StoredDataset } from '@/db/datasetRepository'

export class DatasetCache {
  readonly meta: DatasetMetaRow
  readonly events: KfEvent[]
  readonly byId: Map<string, KfEvent>
  readonly directory: Directory
  readonly imports: ImportRow[]
  readonly clock: ZoneClock
  readonly replay: Replay
  private sessionsByKey: Map<string, Session> | null = null

  constructor(stored: StoredDataset) {
    this.meta = stored.meta
    this.events = stored.events
    this.imports = stored.imports
    this.byId = new Map(stored.events.map((event) => [event.id, event]))
    this.directory = emptyDirectory()
    upsertDirectory(this.directory, stored.directory)
    this.clock = new ZoneClock(stored.meta.timezone ?? DEFAULT_TIMEZONE)
    this.replay = replayEvents(inProcessingOrder(this.events), this.directory)
  }

  get version(): number {
    return this.meta.version
  }

  get timezone(): string {
    return this.meta.timezone ?? DEFAULT_TIMEZONE
  }

  session(key: string): Session | undefined {
    this.sessionsByKey ??= new Map(this.replay.sessions.map((s) => [s.key, s]))
    return this.sessionsByKey.get(key)
  }

  /** The dataset after a committed import, without reading the database again. */
  withImport(
    meta: DatasetMetaRow,
    added: KfEvent[],
    directory: DirectoryRecord[],
    imports: ImportRow[],
    replaced: boolean,
  ): DatasetCache {
    const base = replaced
      ? { events: [], directory: [] as DirectoryRecord[], imports: [] }
      : this.stored()
    return new DatasetCache({
      meta,
      events: base.events.concat(added),
      directory: [...base.directory, ...directory],
      imports: [...base.imports, ...imports],
    })
  }

  private stored(): { events: KfEvent[]; directory: DirectoryRecord[]; imports: ImportRow[] } {
    const directory: DirectoryRecord[] = [
      ...[...this.directory.accounts.values()].map((value) => ({
        kind: 'account' as const,
        value,
      })),
      ...[...this.directory.servicers.values()].map((value) => ({
        kind: 'servicer' as const,
        value,
      })),
      ...[...this.directory.groups.values()].map((value) => ({ kind: 'group' as const, value })),
      ...[...this.directory.customers.values()].map((value) => ({
        kind: 'customer' as const,
        value,
      })),
    ]
    return { events: this.events, directory, imports: this.imports }
  }
}
