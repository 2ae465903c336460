// FeedScheduler: the interval, backoff after failures, the page's state, pause/resume, the
// one-tab lock — on a ManualTimers clock, first with a scripted pull, then against the mock.
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { generateDataset } from '../../mocks/demoDataset/generateDataset'
import { createLiveFeed } from '../../mocks/liveFeed/handlers'
import {
  backoffSeconds,
  clampIntervalSeconds,
  FeedError,
  FeedScheduler,
  pullFeed,
  type FeedLock,
  type FeedStatus,
  type PullResult,
} from '../../src/liveFeed/feedClient'
import { ManualTimers } from './manualTimers'
import { MemoryFeedStore } from './memoryFeedStore'

const DONE: PullResult = { pages: 1, events: 0, cursor: 'c', complete: true }
const T = 1_000_000 // ms: epoch second 1000

/** A scheduler whose pulls answer from `script` in turn (DONE when it runs out). */
function scripted(script: (() => Promise<PullResult | void>)[] = [], extra = {}) {
  const timers = new ManualTimers(T)
  let pulls = 0
  const signals: AbortSignal[] = []
  const scheduler = new FeedScheduler({
    timers,
    pull: async (signal) => {
      signals.push(signal)
      const step = script[pulls]
      pulls += 1
      return step ? step() : DONE
    },
    ...extra,
  })
  return { timers, scheduler, signals, pulls: () => pulls }
}

const fail =
  (message = '服务器返回 500') =>
  () =>
    Promise.reject(new FeedError('http', message))

describe('settings and backoff', () => {
  it('clamps the interval to 10–300 s, 60 by default', () => {
    expect(clampIntervalSeconds(undefined)).toBe(60)
    expect(clampIntervalSeconds(Number.NaN)).toBe(60)
    expect(clampIntervalSeconds('30')).toBe(60)
    expect(clampIntervalSeconds(5)).toBe(10)
    expect(clampIntervalSeconds(10)).toBe(10)
    expect(clampIntervalSeconds(59.6)).toBe(60)
    expect(clampIntervalSeconds(300)).toBe(300)
    expect(clampIntervalSeconds(301)).toBe(300)
  })

  it('backs off 5 s doubling, capped at 300 s', () => {
    // 5, 10, 20, 40, 80, 160, then 320 capped to 300.
    expect([1, 2, 3, 4, 5, 6, 7, 8, 50].map((n) => backoffSeconds(n))).toEqual([
      5, 10, 20, 40, 80, 160, 300, 300, 300,
    ])
  })
})

describe('FeedScheduler', () => {
  it('pulls at start, then every interval', async () => {
    const { timers, scheduler, pulls } = scripted()
    const seen: FeedStatus[] = []
    scheduler.subscribe((status) => seen.push(status))
    scheduler.start()
    expect(scheduler.status.pulling).toBe(true)
    await scheduler.whenIdle()
    expect(pulls()).toBe(1)
    expect(scheduler.status).toEqual({
      state: '正常',
      lastSuccessAt: 1000,
      nextAttemptAt: 1060,
      lastError: null,
      pulling: false,
      otherTabPulling: false,
      intervalSeconds: 60,
    })
    expect(seen[0]).toMatchObject({ pulling: true, state: '正常' })
    timers.advance(59_999)
    expect(pulls()).toBe(1)
    timers.advance(1)
    await scheduler.whenIdle()
    expect(pulls()).toBe(2)
    expect(scheduler.status).toMatchObject({ lastSuccessAt: 1060, nextAttemptAt: 1120 })
  })

  it('retries with backoff after failures, and the interval comes back after a success', async () => {
    const script = [...Array.from({ length: 8 }, () => fail()), () => Promise.resolve(DONE)]
    const { timers, scheduler, pulls } = scripted(script)
    scheduler.start()
    await scheduler.whenIdle()
    // Failure n at time t plans the next attempt at t + backoff(n).
    const expectedDelays = [5, 10, 20, 40, 80, 160, 300, 300]
    let now = 1000
    for (const delay of expectedDelays) {
      expect(scheduler.status).toMatchObject({
        state: '重试中',
        lastError: '服务器返回 500',
        nextAttemptAt: now + delay,
        lastSuccessAt: null,
      })
      timers.advance(delay * 1000)
      now += delay
      await scheduler.whenIdle()
    }
    // 1000 + 5 + 10 + 20 + 40 + 80 + 160 + 300 + 300 = 1915: the ninth pull succeeds.
    expect(now).toBe(1915)
    expect(pulls()).toBe(9)
    expect(scheduler.status).toMatchObject({
      state: '正常',
      lastError: null,
      lastSuccessAt: 1915,
      nextAttemptAt: 1975,
    })
  })

  it('a failure that is not the feed’s is shown too, and the loop goes on', async () => {
    const { scheduler } = scripted([() => Promise.reject(new Error('磁盘已满'))])
    scheduler.subscribe(() => {
      throw new Error('a broken listener')
    })
    scheduler.start()
    await scheduler.whenIdle()
    expect(scheduler.status).toMatchObject({
      state: '重试中',
      lastError: '同步失败:磁盘已满',
      nextAttemptAt: 1005,
    })
  })

  it('「刷新」 pulls at once, joining a pull already running', async () => {
    let release: () => void = () => undefined
    const { timers, scheduler, pulls } = scripted([
      () => Promise.resolve(DONE),
      () => new Promise<PullResult>((resolve) => (release = () => resolve(DONE))),
    ])
    scheduler.start()
    await scheduler.whenIdle()
    timers.advance(20_000)
    const refresh = scheduler.refreshNow()
    expect(pulls()).toBe(2)
    const again = scheduler.refreshNow()
    expect(pulls()).toBe(2)
    release()
    await Promise.all([refresh, again])
    // From 1020, the next one a full interval later.
    expect(scheduler.status).toMatchObject({ lastSuccessAt: 1020, nextAttemptAt: 1080 })
  })

  it('pulls again at once when a pull stopped at maxPages', async () => {
    const { timers, scheduler, pulls } = scripted([
      () => Promise.resolve({ ...DONE, complete: false }),
    ])
    scheduler.start()
    await scheduler.whenIdle()
    expect(scheduler.status.nextAttemptAt).toBe(1000)
    timers.advance(0)
    await scheduler.whenIdle()
    expect(pulls()).toBe(2)
    expect(scheduler.status.nextAttemptAt).toBe(1060)
  })

  it('pause stops the timer and aborts the pull in flight; resume pulls at once', async () => {
    let started = 0
    const { timers, scheduler, signals, pulls } = scripted([
      () => Promise.resolve(DONE),
      () =>
        new Promise<PullResult>((_resolve, reject) => {
          started += 1
          signals[1]!.addEventListener('abort', () => reject(new Error('aborted')))
        }),
    ])
    scheduler.start()
    await scheduler.whenIdle()
    scheduler.pause()
    expect(scheduler.status).toMatchObject({ state: '已暂停', nextAttemptAt: null })
    expect(timers.delays()).toEqual([])
    timers.advance(600_000)
    await scheduler.refreshNow()
    expect(pulls()).toBe(1)

    scheduler.resume() // at 1600
    expect(started).toBe(1)
    scheduler.pause()
    await scheduler.whenIdle()
    expect(signals[1]!.aborted).toBe(true)
    // An aborted pull is not a failure.
    expect(scheduler.status).toMatchObject({ state: '已暂停', lastError: null, pulling: false })
    expect(timers.delays()).toEqual([])

    scheduler.resume()
    await scheduler.whenIdle()
    expect(pulls()).toBe(3)
    expect(scheduler.status).toMatchObject({
      state: '正常',
      lastSuccessAt: 1600,
      nextAttemptAt: 1660,
    })
  })

  it('a new interval is clamped and plans the next pull from now', async () => {
    const { timers, scheduler } = scripted()
    scheduler.start()
    await scheduler.whenIdle()
    timers.advance(3000)
    scheduler.setIntervalSeconds(5)
    expect(scheduler.status).toMatchObject({ intervalSeconds: 10, nextAttemptAt: 1013 })
    expect(timers.delays()).toEqual([10_000])
  })

  it('does not pull while another tab holds the lock', async () => {
    const busy: FeedLock = async () => false
    const { scheduler, pulls } = scripted([], { lock: busy })
    scheduler.start()
    await scheduler.whenIdle()
    expect(pulls()).toBe(0)
    expect(scheduler.status).toMatchObject({
      state: '正常',
      otherTabPulling: true,
      lastSuccessAt: null,
      nextAttemptAt: 1060,
    })
  })
})

describe('FeedScheduler against the live mock', () => {
  const FEED = 'https://feed.test/demo-feed'
  const server = setupServer()
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())

  const T0 = Date.parse('2026-11-20T15:30:00+08:00')
  const idsUpTo = (ms: number) =>
    [...generateDataset({ seed: 5, endDate: '2026-11-20', days: 1, targetEvents: 3000 }).events()]
      .filter((e) => e.time <= ms / 1000)
      .map((e) => `live-2026-11-20-${e.id}`)

  function tab(store: MemoryFeedStore, timers: ManualTimers, lock?: FeedLock) {
    return new FeedScheduler({
      timers,
      lock,
      pull: (signal) =>
        pullFeed({
          feedUrl: FEED,
          cursor: store.cursor, // read inside the lock
          limit: 500,
          timers,
          signal,
          onPage: store.onPage,
        }),
    })
  }

  it('500, time-out and garbage: backs off 5, 10, 20 s, then stores everything once', async () => {
    const timers = new ManualTimers(T0)
    const feed = createLiveFeed({
      seed: 5,
      eventsPerDay: 3000,
      now: () => timers.nowSeconds(),
      faults: ['status500', 'timeout', 'garbage'],
    })
    server.use(...feed.handlers)
    const store = new MemoryFeedStore()
    const scheduler = tab(store, timers)
    const states: string[] = []
    scheduler.subscribe((s) => {
      if (states[states.length - 1] !== s.state) states.push(s.state)
    })
    const t0 = T0 / 1000

    scheduler.start() // t0: 500
    await scheduler.whenIdle()
    expect(scheduler.status).toMatchObject({ lastError: '服务器返回 500', nextAttemptAt: t0 + 5 })

    timers.advance(5000) // t0 + 5: no answer; the request gives up 15 s later
    await vi.waitFor(() => expect(timers.delays()).toEqual([15_000]))
    timers.advance(15_000)
    await scheduler.whenIdle()
    expect(scheduler.status).toMatchObject({
      lastError: '请求超时(15 秒)',
      nextAttemptAt: t0 + 20 + 10,
    })

    timers.advance(10_000) // t0 + 30: an HTML page
    await scheduler.whenIdle()
    expect(scheduler.status).toMatchObject({
      lastError: '返回内容不符合约定:不是 JSON',
      nextAttemptAt: t0 + 30 + 20,
    })
    expect(store.byId.size).toBe(0)

    timers.advance(20_000) // t0 + 50: well
    await scheduler.whenIdle()
    expect(scheduler.status).toMatchObject({
      state: '正常',
      lastError: null,
      lastSuccessAt: t0 + 50,
      nextAttemptAt: t0 + 110,
    })
    expect(states).toEqual(['正常', '重试中', '正常'])
    expect(store.ids()).toEqual(idsUpTo(T0 + 50_000))
    expect(store.duplicates).toBe(0)
    expect(feed.requests).toBeGreaterThanOrEqual(4)
    scheduler.dispose()
  })

  it('two tabs over one store: one pulls at a time, nothing is doubled', async () => {
    const timers = new ManualTimers(T0)
    const feed = createLiveFeed({ seed: 5, eventsPerDay: 3000, now: () => timers.nowSeconds() })
    server.use(...feed.handlers)
    let held = false
    const lock: FeedLock = async (run) => {
      if (held) return false
      held = true
      try {
        await run()
        return true
      } finally {
        held = false
      }
    }
    const store = new MemoryFeedStore() // the tabs' shared IndexedDB
    const a = tab(store, timers, lock)
    const b = tab(store, timers, lock)
    a.start()
    b.start()
    await Promise.all([a.whenIdle(), b.whenIdle()])
    expect(a.status.otherTabPulling).toBe(false)
    expect(b.status.otherTabPulling).toBe(true)
    for (let minute = 1; minute <= 5; minute += 1) {
      timers.advance(60_000)
      await Promise.all([a.whenIdle(), b.whenIdle()])
      await b.refreshNow()
    }
    expect(store.ids()).toEqual(idsUpTo(T0 + 5 * 60_000))
    expect(store.duplicates).toBe(0)
    a.dispose()
    b.dispose()
  })
})
