// The live feed's client (issue 4): `pullFeed` follows `has_more` page by page and hands each
// page to the caller, who stores its events and cursor in one transaction before the next page
// is asked; `FeedScheduler` pulls on a timer, backs off after failures and reports a state for
// the page. No Vue, no DOM beyond fetch/AbortController; fetch, the clock and the timers are
// injected, so tests control time.
import {
  DEFAULT_FEED_LIMIT,
  parseSyncResponse,
  syncUrl,
  type FeedDirectory,
} from '@/domain/feed/feedContract'
import { clampIntervalSeconds } from '@/domain/feed/feedInterval'

export {
  clampIntervalSeconds,
  DEFAULT_INTERVAL_SECONDS,
  MAX_INTERVAL_SECONDS,
  MIN_INTERVAL_SECONDS,
} from '@/domain/feed/feedInterval'

export type FeedErrorKind = 'http' | 'timeout' | 'network' | 'body'

/** A pull that failed; `message` is for the page, in Chinese. */
export class FeedError extends Error {
  readonly kind: FeedErrorKind
  /** The HTTP status, for kind 'http'. */
  readonly status: number | undefined

  constructor(kind: FeedErrorKind, message: string, status?: number) {
    super(message)
    this.name = 'FeedError'
    this.kind = kind
    this.status = status
  }
}

/** The caller's signal ended the pull (pause, close): not a failure of the feed. */
export class FeedAbortedError extends Error {
  constructor() {
    super('同步已取消')
    this.name = 'AbortError'
  }
}

/** The clock and timers the client uses. `now` is epoch milliseconds. */
export interface FeedTimers {
  now(): number
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export const systemTimers: FeedTimers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>

export interface FeedPage {
  /** Not yet validated: the caller validates each (planFeedPage) and lists the invalid ones. */
  events: unknown[]
  directory?: FeedDirectory
  /** The cursor to store with this page's events. */
  nextCursor: string
  /** The cursor this page was asked with. */
  cursor: string | null
  hasMore: boolean
}

export interface PullOptions {
  feedUrl: string
  /** The stored cursor (null: from the feed's beginning). */
  cursor: string | null
  /** Events per page asked (default 1000). */
  limit?: number
  fetch?: FetchLike
  /** Per request, body included (default 15 000). */
  timeoutMs?: number
  /** Ends the pull: the request in flight is aborted; a page being stored is let finish. */
  signal?: AbortSignal
  timers?: FeedTimers
  /** Pages per pull at most (default 1000); the rest is left for the next pull. */
  maxPages?: number
  /** Stores the page's events and `nextCursor` together; the next page waits for it. */
  onPage: (page: FeedPage) => Promise<void> | void
}

export interface PullResult {
  pages: number
  /** Events received (valid or not, new or not). */
  events: number
  /** The last cursor stored (the one given when no page came). */
  cursor: string | null
  /** False when `maxPages` ended the pull while the feed still had more. */
  complete: boolean
}

export const DEFAULT_TIMEOUT_MS = 15_000
export const DEFAULT_MAX_PAGES = 1000

const seconds = (ms: number): string => String(Math.round((ms / 1000) * 10) / 10)

/**
 * Pulls until `has_more` is 0. Throws FeedError (nothing of the failing page stored; pages
 * before it are, with their cursor), FeedAbortedError when `signal` ended it, or what `onPage`
 * threw.
 */
export async function pullFeed(options: PullOptions): Promise<PullResult> {
  const doFetch: FetchLike = options.fetch ?? ((input, init) => fetch(input, init))
  const timers = options.timers ?? systemTimers
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES
  const limit = options.limit ?? DEFAULT_FEED_LIMIT
  const url = syncUrl(options.feedUrl)
  const result: PullResult = { pages: 0, events: 0, cursor: options.cursor, complete: true }
  let stalled = 0

  for (;;) {
    if (options.signal?.aborted) throw new FeedAbortedError()
    if (result.pages >= maxPages) {
      result.complete = false
      return result
    }
    const asked = result.cursor
    const body = await requestPage(
      doFetch,
      url,
      { cursor: asked, limit },
      timeoutMs,
      timers,
      options.signal,
    )
    const check = parseSyncResponse(body)
    if (!check.ok) throw new FeedError('body', `返回内容不符合约定:${check.reason}`)
    const response = check.response
    const page: FeedPage = {
      events: response.events,
      nextCursor: response.next_cursor,
      cursor: asked,
      hasMore: response.has_more === 1,
    }
    if (response.directory) page.directory = response.directory
    await options.onPage(page)
    result.pages += 1
    result.events += response.events.length
    result.cursor = response.next_cursor
    if (!page.hasMore) return result
    // A feed that says "more" without moving on would be asked forever.
    stalled = response.next_cursor === asked ? stalled + 1 : 0
    if (stalled >= 2) {
      throw new FeedError('body', '返回内容不符合约定:has_more 为 1,但 next_cursor 没有前进')
    }
  }
}

async function requestPage(
  doFetch: FetchLike,
  url: string,
  request: { cursor: string | null; limit: number },
  timeoutMs: number,
  timers: FeedTimers,
  signal: AbortSignal | undefined,
): Promise<unknown> {
  const controller = new AbortController()
  let timedOut = false
  const timer = timers.setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  const onAbort = (): void => controller.abort()
  signal?.addEventListener('abort', onAbort)
  const failed = (error: unknown): Error => {
    if (timedOut) return new FeedError('timeout', `请求超时(${seconds(timeoutMs)} 秒)`)
    if (signal?.aborted) return new FeedAbortedError()
    if (error instanceof FeedError) return error
    const detail = error instanceof Error && error.message ? `(${error.message})` : ''
    return new FeedError('network', `网络错误,无法连接到数据源${detail}`)
  }
  try {
    let response: Response
    try {
      response = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
        cache: 'no-store',
        signal: controller.signal,
      })
    } catch (error) {
      throw failed(error)
    }
    if (!response.ok) {
      // The body is not needed; let the connection go.
      response.body?.cancel().catch(() => undefined)
      throw new FeedError('http', `服务器返回 ${response.status}`, response.status)
    }
    let text: string
    try {
      text = await response.text()
    } catch (error) {
      throw failed(error)
    }
    if (timedOut) throw failed(null)
    try {
      return JSON.parse(text) as unknown
    } catch {
      throw new FeedError('body', '返回内容不符合约定:不是 JSON')
    }
  } finally {
    timers.clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
  }
}

// ——— the scheduler ———

export type FeedStateName = '正常' | '重试中' | '已暂停'

export interface FeedStatus {
  state: FeedStateName
  /** Epoch seconds of the last pull that ended well (by this scheduler), or null. */
  lastSuccessAt: number | null
  /** Epoch seconds of the next pull planned, or null (paused, or pulling now). */
  nextAttemptAt: number | null
  /** Why the last pull failed (Chinese), null after a success. */
  lastError: string | null
  /** A pull is running. */
  pulling: boolean
  /** The last attempt found another tab pulling (the lock was taken): it stored the data. */
  otherTabPulling: boolean
  intervalSeconds: number
}

/**
 * Runs `run` only if this tab can have the feed, and says whether it ran. In the browser:
 * `(run) => navigator.locks.request('kf-stats-feed', { ifAvailable: true },
 *    async (lock) => { if (!lock) return false; await run(); return true })`.
 */
export type FeedLock = (run: () => Promise<void>) => Promise<boolean>

export interface FeedSchedulerOptions {
  /**
   * One pull: read the stored cursor (inside the lock, so another tab's progress is seen), then
   * `pullFeed({ …, cursor, signal, onPage })`. Its result's `complete: false` asks for another
   * pull at once.
   */
  pull: (signal: AbortSignal) => Promise<PullResult | void>
  /** Seconds between pulls (default 60; clamped to 10–300). */
  intervalSeconds?: number
  lock?: FeedLock
  timers?: FeedTimers
  /** First retry after a failure (default 5 s), doubling, capped (default 300 s). */
  backoffInitialSeconds?: number
  backoffMaxSeconds?: number
}

/** The delay before retry number `failures` (1, 2, …): initial × 2^(failures−1), capped. */
export function backoffSeconds(failures: number, initial = 5, max = 300): number {
  return Math.min(max, initial * 2 ** Math.max(0, Math.min(failures - 1, 30)))
}

export type FeedStatusListener = (status: FeedStatus) => void

/**
 * Pulls at `start()`, then every interval; after a failure retries with backoff (the interval
 * comes back after a success). Never throws out of its loop: every failure becomes `lastError`.
 */
export class FeedScheduler {
  private readonly options: FeedSchedulerOptions
  private readonly timers: FeedTimers
  private readonly listeners = new Set<FeedStatusListener>()
  private current: FeedStatus
  private failures = 0
  private started = false
  private paused = false
  private timer: unknown = null
  private running: Promise<void> | null = null
  private controller: AbortController | null = null

  constructor(options: FeedSchedulerOptions) {
    this.options = options
    this.timers = options.timers ?? systemTimers
    this.current = {
      state: '正常',
      lastSuccessAt: null,
      nextAttemptAt: null,
      lastError: null,
      pulling: false,
      otherTabPulling: false,
      intervalSeconds: clampIntervalSeconds(options.intervalSeconds),
    }
  }

  get status(): FeedStatus {
    return { ...this.current }
  }

  /** Called on every change of the status; returns the unsubscribe. */
  subscribe(listener: FeedStatusListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** The first pull, at once (unless paused). */
  start(): void {
    if (this.started) return
    this.started = true
    if (this.paused) this.update({ state: '已暂停', nextAttemptAt: null })
    else void this.pullNow()
  }

  /** 「刷新」: a pull at once (joins the one running). Does nothing while paused. */
  refreshNow(): Promise<void> {
    if (this.paused || !this.started) return this.running ?? Promise.resolve()
    return this.pullNow()
  }

  /** Stops pulling: the timer is cleared and a request in flight aborted (replay, settings). */
  pause(): void {
    this.paused = true
    this.clearTimer()
    this.controller?.abort()
    this.update({ state: '已暂停', nextAttemptAt: null })
  }

  /** Pulls again at once. */
  resume(): void {
    if (!this.paused) return
    this.paused = false
    this.update({ state: this.failures > 0 ? '重试中' : '正常' })
    if (this.started) void this.pullNow()
  }

  /** A new interval; the next normal pull is planned from now. */
  setIntervalSeconds(value: number): void {
    const intervalSeconds = clampIntervalSeconds(value)
    this.update({ intervalSeconds })
    if (this.started && !this.paused && !this.running && this.failures === 0) {
      this.plan(intervalSeconds * 1000)
    }
  }

  /** Resolves when no pull is running (tests, and a caller closing down). */
  whenIdle(): Promise<void> {
    return this.running ?? Promise.resolve()
  }

  /** Stops for good: timer cleared, pull aborted, listeners dropped. */
  dispose(): void {
    this.paused = true
    this.clearTimer()
    this.controller?.abort()
    this.listeners.clear()
  }

  private pullNow(): Promise<void> {
    this.running ??= this.runOnce().finally(() => {
      this.running = null
    })
    return this.running
  }

  private async runOnce(): Promise<void> {
    this.clearTimer()
    const controller = new AbortController()
    this.controller = controller
    this.update({ pulling: true, nextAttemptAt: null })
    let again = false
    try {
      let result: PullResult | void = undefined
      const run = async (): Promise<void> => {
        result = await this.options.pull(controller.signal)
      }
      const ran = this.options.lock ? await this.options.lock(run) : (await run(), true)
      if (controller.signal.aborted) return
      this.failures = 0
      const done = result as PullResult | void
      again = ran && done !== undefined && !done.complete
      this.update({
        state: '正常',
        lastError: null,
        otherTabPulling: !ran,
        ...(ran ? { lastSuccessAt: Math.floor(this.timers.now() / 1000) } : {}),
      })
    } catch (error) {
      if (controller.signal.aborted) return
      this.failures += 1
      this.update({ state: '重试中', lastError: messageOf(error), otherTabPulling: false })
    } finally {
      if (this.controller === controller) this.controller = null
      this.update({ pulling: false })
      if (!this.paused) this.plan(this.nextDelaySeconds(controller.signal.aborted, again) * 1000)
    }
  }

  private nextDelaySeconds(aborted: boolean, again: boolean): number {
    // Aborted by a pause, then resumed before it ended: pull again at once.
    if (aborted || again) return 0
    if (this.failures === 0) return this.current.intervalSeconds
    const { backoffInitialSeconds, backoffMaxSeconds } = this.options
    return backoffSeconds(this.failures, backoffInitialSeconds, backoffMaxSeconds)
  }

  private plan(delayMs: number): void {
    this.clearTimer()
    this.timer = this.timers.setTimeout(() => {
      this.timer = null
      void this.pullNow()
    }, delayMs)
    this.update({ nextAttemptAt: Math.ceil((this.timers.now() + delayMs) / 1000) })
  }

  private clearTimer(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer)
    this.timer = null
  }

  private update(change: Partial<FeedStatus>): void {
    this.current = { ...this.current, ...change }
    const status = this.status
    for (const listener of this.listeners) {
      try {
        listener(status)
      } catch {
        // A listener's failure is its own; the loop goes on.
      }
    }
  }
}

function messageOf(error: unknown): string {
  if (error instanceof FeedError) return error.message
  const detail = error instanceof Error ? error.message : String(error)
  return `同步失败:${detail}`
}
