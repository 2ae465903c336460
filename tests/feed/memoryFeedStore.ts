// What the worker owner's store does with a page, in memory: plan it by id (planFeedPage), then
// keep its new events, its problems and its cursor together — the "one transaction".
import type { KfEvent } from '../../src/domain/dataset/records'
import { directoryKey, type DirectoryRecord } from '../../src/domain/dataset/validateDirectory'
import { planFeedPage } from '../../src/domain/feed/feedPage'
import type { Problem } from '../../src/domain/import/parsedFile'
import type { FeedPage } from '../../src/liveFeed/feedClient'

export class MemoryFeedStore {
  readonly byId = new Map<string, KfEvent>()
  readonly problems: Problem[] = []
  readonly directory = new Map<string, DirectoryRecord>()
  cursor: string | null = null
  duplicates = 0
  conflicts = 0
  /** Pages stored (transactions committed). */
  commits = 0
  /** Throw instead of storing the page number `failOn` (1-based, counted over all calls). */
  failOn: number | null = null
  private calls = 0

  /** A "reload": a new store over what this one committed. */
  reopen(): MemoryFeedStore {
    const copy = new MemoryFeedStore()
    for (const [id, event] of this.byId) copy.byId.set(id, event)
    copy.problems.push(...this.problems)
    copy.cursor = this.cursor
    return copy
  }

  ids(): string[] {
    return [...this.byId.keys()]
  }

  onPage = async (page: FeedPage): Promise<void> => {
    this.calls += 1
    await Promise.resolve()
    const plan = planFeedPage(page, {
      timezone: 'Asia/Shanghai',
      find: (id) => this.byId.get(id),
      nextSeq: this.byId.size,
    })
    if (this.calls === this.failOn) throw new Error('磁盘已满')
    // The transaction: events, problems, directory and cursor, all or none.
    for (const event of plan.added) this.byId.set(event.id, event)
    this.problems.push(...plan.invalid, ...plan.invalidDirectory)
    for (const record of plan.directory) {
      this.directory.set(`${record.kind}:${directoryKey(record)}`, record)
    }
    this.duplicates += plan.duplicates
    this.conflicts += plan.conflicts.length
    this.cursor = page.nextCursor
    this.commits += 1
  }
}
