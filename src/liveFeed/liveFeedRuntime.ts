// The live feed in the page: one FeedScheduler, one pull at a time across tabs (a Web Lock), each
// pull handed to the worker, which stores its events with its last cursor in one transaction. The page pulls rather than the
// worker because the demo's feed is answered by MSW's service worker, which serves the pages it
// controls. No Vue here; the store (src/stores/liveFeedStore.ts) makes it reactive.
import { DIRECTORY_LISTS } from '@/domain/feed/feedContract'
import type { AnalyticsApi, FeedPageInput, FeedStateView } from '@/workers/analyticsTypes'
import {
  FeedScheduler,
  pullFeed,
  systemTimers,
  type FeedLock,
  type FeedPage,
  type FeedStatus,
  type FeedTimers,
  type FetchLike,
} from './feedClient'

/** What the last pull brought (for the status line and the bench). */
export interface PullSummary {
  /** Epoch seconds it ended. */
  at: number
  pages: number
  /** Events received. */
  events: number
  added: number
  duplicates: number
  invalid: number
  conflicts: number
  /** Worker milliseconds summed over the pull's stores (one per 5,000 events at most). */
  workerMs: number
}

export interface LiveFeedSnapshot {
  status: FeedStatus
  /** The settings and counts as last read from the worker. */
  state: FeedStateView | null
  lastPull: PullSummary | null
  /** The view shows a past moment (`?at=`): the feed is paused. */
  replaying: boolean
}

export interface LiveFeedRuntimeOptions {
  api: Pick<AnalyticsApi, 'feedState' | 'storeFeedPage'>
  /** The demo feed's address (starting MSW first); only called for the 演示数据 source. */
  demoFeedUrl: () => Promise<string>
  /** After a pull stored something: the page refreshes what it shows. */
  onStored: (summary: PullSummary) => void
  lock?: FeedLock
  fetch?: FetchLike
  /** The clock and timers (tests move them by hand). */
  timers?: FeedTimers
}

/** A pull is stored in one transaction up to this many events (a longer backlog in several). */
export const BATCH_EVENTS = 5000

function startBatch(sourceKey: string, page: FeedPage): FeedPageInput {
  const batch: FeedPageInput = {
    sourceKey,
    cursor: page.cursor,
    nextCursor: page.nextCursor,
    events: [...page.events],
  }
  if (page.directory) batch.directory = { ...page.directory }
  return batch
}

function extendBatch(batch: FeedPageInput, page: FeedPage): FeedPageInput {
  for (const event of page.events) batch.events.push(event)
  batch.nextCursor = page.nextCursor
  if (page.directory) {
    const directory = (batch.directory ??= {})
    for (const list of DIRECTORY_LISTS) {
      const records = page.directory[list]
      if (records) directory[list] = [...(directory[list] ?? []), ...records]
    }
  }
  return batch
}

/** Another tab stored the page first; this pull stops and the next one starts from its cursor. */
class CursorMoved extends Error {}

/** `navigator.locks` when the browser has it: only one tab pulls at a time. */
export function webLock(name = 'kf-stats-feed'): FeedLock | undefined {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks
  if (!locks) return undefined
  return async (run) =>
    (await locks.request(name, { ifAvailable: true }, async (lock) => {
      if (!lock) return false
      await run()
      return true
    })) as boolean
}

export class LiveFeedRuntime {
  private readonly options: LiveFeedRuntimeOptions
  private readonly scheduler: FeedScheduler
  private readonly timers: FeedTimers
  private readonly listeners = new Set<(snapshot: LiveFeedSnapshot) => void>()
  private snapshot: LiveFeedSnapshot
  private replaying = false
  private inactive = true

  constructor(options: LiveFeedRuntimeOptions) {
    this.options = options
    this.timers = options.timers ?? systemTimers
    this.scheduler = new FeedScheduler({
      pull: (signal) => this.pullOnce(signal),
      timers: this.timers,
      ...(options.lock ? { lock: options.lock } : {}),
    })
    this.snapshot = { status: this.scheduler.status, state: null, lastPull: null, replaying: false }
    this.scheduler.subscribe((status) => this.emit({ status }))
    // Paused until `start()` has read the settings.
    this.scheduler.pause()
  }

  get current(): LiveFeedSnapshot {
    return this.snapshot
  }

  subscribe(listener: (snapshot: LiveFeedSnapshot) => void): () => void {
    this.listeners.add(listener)
    listener(this.snapshot)
    return () => this.listeners.delete(listener)
  }

  /** Reads the settings and pulls at once if a source is active. */
  async start(): Promise<void> {
    this.scheduler.start()
    await this.reconsider()
  }

  /**
   * Reads the settings again (after they were saved, or the data was replaced) and pauses or
   * resumes accordingly.
   */
  async reconsider(): Promise<FeedStateView> {
    const state = await this.options.api.feedState()
    this.emit({ state })
    this.scheduler.setIntervalSeconds(state.settings.intervalSeconds)
    this.inactive = state.active === null
    this.applyPause()
    return state
  }

  /** The view shows a past moment: no pulls until it shows now again. */
  setReplaying(replaying: boolean): void {
    if (this.replaying === replaying) return
    this.replaying = replaying
    this.emit({ replaying })
    this.applyPause()
  }

  /** 「刷新」: a pull at once, when the feed runs. */
  refreshNow(): Promise<void> {
    return this.scheduler.refreshNow()
  }

  /** Resolves when no pull is running. */
  whenIdle(): Promise<void> {
    return this.scheduler.whenIdle()
  }

  dispose(): void {
    this.scheduler.dispose()
    this.listeners.clear()
  }

  private applyPause(): void {
    if (this.replaying || this.inactive) this.scheduler.pause()
    else this.scheduler.resume()
  }

  private async pullOnce(signal: AbortSignal) {
    // Read inside the lock: another tab may have moved the cursor since this one last looked.
    const state = await this.options.api.feedState()
    this.emit({ state })
    const active = state.active
    if (active === null) {
      this.inactive = true
      queueMicrotask(() => this.applyPause())
      return { pages: 0, events: 0, cursor: state.cursor, complete: true }
    }
    const feedUrl = active.feedUrl ?? (await this.options.demoFeedUrl())
    const summary: PullSummary = {
      at: 0,
      pages: 0,
      events: 0,
      added: 0,
      duplicates: 0,
      invalid: 0,
      conflicts: 0,
      workerMs: 0,
    }
    let stores = 0
    // Pages wait here until the pull ends or BATCH_EVENTS are in: a pull is stored in one
    // transaction with its last cursor; a long backlog in transactions of about that size.
    let batch: FeedPageInput | null = null
    const flush = async (): Promise<void> => {
      if (batch === null) return
      const input = batch
      batch = null
      const result = await this.options.api.storeFeedPage(input)
      if (!result.stored) throw new CursorMoved()
      stores += 1
      summary.events += input.events.length
      summary.added += result.added
      summary.duplicates += result.duplicates
      summary.invalid += result.invalid
      summary.conflicts += result.conflicts
      summary.workerMs += result.workerMs
    }
    try {
      const result = await pullFeed({
        feedUrl,
        cursor: state.cursor,
        signal,
        timers: this.timers,
        ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
        onPage: async (page) => {
          summary.pages += 1
          batch = batch === null ? startBatch(active.sourceKey, page) : extendBatch(batch, page)
          if (!page.hasMore || batch.events.length >= BATCH_EVENTS) await flush()
        },
      })
      await flush()
      return result
    } catch (error) {
      if (!(error instanceof CursorMoved)) throw error
      return { pages: summary.pages, events: summary.events, cursor: null, complete: true }
    } finally {
      if (stores > 0) {
        summary.at = Math.floor(this.timers.now() / 1000)
        this.emit({ lastPull: summary })
        this.options.onStored(summary)
        void this.options.api.feedState().then((fresh) => this.emit({ state: fresh }))
      }
    }
  }

  private emit(change: Partial<LiveFeedSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change }
    for (const listener of this.listeners) listener(this.snapshot)
  }
}
