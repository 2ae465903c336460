// The page's live feed end to end in Node: LiveFeedRuntime (scheduler, lock, pulls) → the real
// analytics API over fake IndexedDB ← MSW's Node server playing the demo feed. Time is a
// ManualTimers clock shared by the client and the mock: no real waiting.
import 'fake-indexeddb/auto'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createLiveFeed } from '../../mocks/liveFeed/handlers'
import { decodeCursor, LiveFeedSource } from '../../mocks/liveFeed/liveFeedSource'
import { chunkEvents, KfDatabase } from '../../src/db/kfDatabase'
import type { FeedLock } from '../../src/liveFeed/feedClient'
import { LiveFeedRuntime } from '../../src/liveFeed/liveFeedRuntime'
import { createAnalyticsApi, type DemoData } from '../../src/workers/analytics.api'
import { ManualTimers } from './manualTimers'

const FEED = 'https://demo.test/demo-feed'
// 2026-11-20T14:00:00+08:00: a busy afternoon.
const START_MS = Date.UTC(2026, 10, 20, 6, 0)
const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

/** A demo that is stored (so 演示数据 runs) but holds nothing of today. */
const demo = async (): Promise<DemoData> => ({
  timezone: 'Asia/Shanghai',
  directory: [{ kind: 'account', value: { open_kfid: 'wkDemoYesterday', name: '昨天' } }],
  events: [
    {
      id: 'yesterday-1',
      type: 'enter_session',
      time: START_MS / 1000 - 86400,
      open_kfid: 'wkDemoYesterday',
      external_userid: 'wmYesterday',
    },
  ],
})

let counter = 0

async function setUp(eventsPerDay = 10_000) {
  const timers = new ManualTimers(START_MS)
  const feed = createLiveFeed({ seed: 1, eventsPerDay, now: () => timers.now() / 1000 })
  server.use(...feed.handlers)
  const name = `kf-runtime-${counter++}`
  const api = createAnalyticsApi({
    database: new KfDatabase(name),
    now: () => Math.floor(timers.now() / 1000),
    demo,
  })
  await api.loadDemo()
  const stored: number[] = []
  const runtime = (lock?: FeedLock) =>
    new LiveFeedRuntime({
      api,
      demoFeedUrl: async () => FEED,
      onStored: (summary) => stored.push(summary.added),
      timers,
      ...(lock ? { lock } : {}),
    })
  return { timers, feed, api, name, runtime, stored }
}

/** The live events stored, in input order, and the stored cursor's position in today's feed. */
async function storedLive(name: string) {
  const db = new KfDatabase(name)
  const ids = (await db.eventChunks.orderBy('id').toArray())
    .flatMap(chunkEvents)
    .map((e) => e.id)
    .filter((id) => id.startsWith('live-'))
  const cursor = (await db.feed.get('feed'))?.cursors.demo
  db.close()
  return { ids, cursor: cursor === undefined ? null : decodeCursor(cursor) }
}

/** What the feed had served by `nowMs` to a client that pulled it all: its first N ids. */
function feedPrefix(nowMs: number, n: number, eventsPerDay = 10_000): string[] {
  const source = new LiveFeedSource({ seed: 1, eventsPerDay })
  const day = source.clock.dayOf(Math.floor(nowMs / 1000))
  return source
    .day(day)
    .events.slice(0, n)
    .map((e) => e.id)
}

/** Lets the pending promises (fetch, IndexedDB) run, then waits for the runtime's pull. */
async function settle(runtime: LiveFeedRuntime): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0))
    await runtime.whenIdle()
  }
}

/** One lock for several runtimes, like navigator.locks' `ifAvailable`. */
function sharedLock(): FeedLock {
  let held = false
  return async (run) => {
    if (held) return false
    held = true
    try {
      await run()
    } finally {
      held = false
    }
    return true
  }
}

function expectExactPrefix(
  live: Awaited<ReturnType<typeof storedLive>>,
  nowMs: number,
  eventsPerDay = 10_000,
): void {
  expect(live.cursor).not.toBeNull()
  expect(new Set(live.ids).size).toBe(live.ids.length)
  expect(live.ids).toEqual(feedPrefix(nowMs, live.cursor!.index, eventsPerDay))
}

describe('the live feed in the page, against MSW (Node) and the worker API', () => {
  it('pulls today up to now at start, then again each interval; nothing lost, nothing doubled', async () => {
    const { timers, feed, api, name, runtime } = await setUp()
    const rt = runtime()
    await rt.start()
    await settle(rt)
    const source = new LiveFeedSource({ seed: 1 })
    const today = source.clock.dayOf(START_MS / 1000)
    const first = await storedLive(name)
    expect(first.cursor).toEqual({ day: today, index: source.happened(today, START_MS / 1000) })
    expect(first.ids.length).toBeGreaterThan(1000) // several pages of 1,000 by 14:00
    expectExactPrefix(first, START_MS)
    expect(rt.current.status.state).toBe('正常')
    expect(rt.current.lastPull?.added).toBe(first.ids.length)

    const requests = feed.requests
    timers.advance(60_000)
    await settle(rt)
    expect(feed.requests).toBeGreaterThan(requests)
    const second = await storedLive(name)
    expect(second.cursor!.index).toBe(source.happened(today, START_MS / 1000 + 60))
    expectExactPrefix(second, START_MS)
    expect((await api.status()).eventCount).toBe(1 + second.ids.length)
    rt.dispose()
  })

  it('a 500, garbage, a duplicated page and an invalid event: 重试中 with the reason, then 正常; the stored events stay the exact prefix', async () => {
    const { timers, feed, name, runtime } = await setUp()
    const rt = runtime()
    await rt.start()
    await settle(rt)

    feed.inject('status500')
    timers.advance(60_000)
    await settle(rt)
    expect(rt.current.status.state).toBe('重试中')
    expect(rt.current.status.lastError).toBe('服务器返回 500')
    expect(rt.current.status.nextAttemptAt).toBe(Math.ceil(timers.now() / 1000) + 5)

    feed.inject('garbage')
    timers.advance(5_000)
    await settle(rt)
    expect(rt.current.status.lastError).toBe('返回内容不符合约定:不是 JSON')
    // The second failure in a row waits twice as long.
    expect(rt.current.status.nextAttemptAt).toBe(Math.ceil(timers.now() / 1000) + 10)
    timers.advance(10_000)
    await settle(rt)
    expect(rt.current.status.state).toBe('正常')
    expectExactPrefix(await storedLive(name), START_MS)

    feed.inject('duplicatePage', 'invalidEvent')
    timers.advance(60_000)
    await settle(rt)
    timers.advance(60_000)
    await settle(rt)
    const live = await storedLive(name)
    expectExactPrefix(live, START_MS)
    expect(live.ids.some((id) => id.startsWith('live-invalid'))).toBe(false)
    expect(rt.current.state?.problemCount).toBe(1)
    rt.dispose()
  })

  it('two tabs behind one lock, pulling at once, store each event once', async () => {
    const { timers, name, runtime } = await setUp()
    const lock = sharedLock()
    const tabA = runtime(lock)
    const tabB = runtime(lock)
    await Promise.all([tabA.start(), tabB.start()])
    await Promise.all([settle(tabA), settle(tabB)])
    for (let i = 0; i < 3; i++) {
      timers.advance(30_000)
      await Promise.all([tabA.refreshNow(), tabB.refreshNow()])
      await Promise.all([settle(tabA), settle(tabB)])
    }
    expect([tabA, tabB].some((tab) => tab.current.status.otherTabPulling)).toBe(true)
    expectExactPrefix(await storedLive(name), START_MS)
    tabA.dispose()
    tabB.dispose()
  })

  it('two tabs without a lock still store each event once (events are stored by id, pages by cursor)', async () => {
    const { timers, name, runtime } = await setUp()
    const tabA = runtime()
    const tabB = runtime()
    await Promise.all([tabA.start(), tabB.start()])
    await Promise.all([settle(tabA), settle(tabB)])
    timers.advance(60_000)
    await Promise.all([settle(tabA), settle(tabB)])
    expectExactPrefix(await storedLive(name), START_MS)
    expect(tabA.current.status.state).toBe('正常')
    expect(tabB.current.status.state).toBe('正常')
    tabA.dispose()
    tabB.dispose()
  })

  it('while a past moment is shown nothing is pulled; back to now it pulls at once', async () => {
    const { timers, feed, runtime } = await setUp()
    const rt = runtime()
    await rt.start()
    await settle(rt)
    rt.setReplaying(true)
    expect(rt.current.status.state).toBe('已暂停')
    const requests = feed.requests
    timers.advance(300_000)
    await settle(rt)
    expect(feed.requests).toBe(requests)
    rt.setReplaying(false)
    await settle(rt)
    expect(feed.requests).toBe(requests + 1)
    expect(rt.current.status.state).toBe('正常')
    rt.dispose()
  })

  it('a reload resumes from the stored cursor', async () => {
    const { timers, feed, runtime, name } = await setUp()
    const rt = runtime()
    await rt.start()
    await settle(rt)
    rt.dispose()
    const before = await storedLive(name)
    expect(before.ids.length).toBeGreaterThan(1000)
    const requests = feed.requests
    timers.advance(120_000)
    const reloaded = runtime()
    await reloaded.start()
    await settle(reloaded)
    // From the stored cursor two minutes bring one page; from the beginning it would take
    // several pages of 1,000 (whose events the store would refuse as duplicates).
    expect(feed.requests - requests).toBe(1)
    expect(reloaded.current.lastPull?.duplicates).toBe(0)
    const after = await storedLive(name)
    expect(after.ids.slice(0, before.ids.length)).toEqual(before.ids)
    expectExactPrefix(after, START_MS)
    reloaded.dispose()
  })

  it('a pull is stored in one transaction with its last cursor; a long backlog in transactions of 5,000', async () => {
    const { timers, api, name, runtime } = await setUp(20_000)
    const rt = runtime()
    await rt.start()
    await settle(rt)
    const first = await storedLive(name)
    // At 20,000 events a day, 14:00 has more than 5,000 events: the first pull is stored 5,000
    // at a time (pages of 1,000), each store moving the data's version once past the demo's (1).
    expect(first.ids.length).toBeGreaterThan(5000)
    expect(rt.current.lastPull?.pages).toBe(Math.ceil(first.ids.length / 1000))
    expect((await api.status()).version).toBe(1 + Math.ceil(first.ids.length / 5000))
    // A minute later the pull is one page, one store.
    timers.advance(60_000)
    await settle(rt)
    const afterFirst = (await api.status()).version
    expect(afterFirst).toBe(2 + Math.ceil(first.ids.length / 5000))
    rt.dispose()
    const beforeBacklog = await storedLive(name)

    // Closed until 23:00: the backlog is more than 5,000 events, stored 5,000 at a time.
    timers.advance(9 * 3600_000)
    const reloaded = runtime()
    await reloaded.start()
    await settle(reloaded)
    const after = await storedLive(name)
    const backlog = after.ids.length - beforeBacklog.ids.length
    expect(backlog).toBeGreaterThan(5000)
    expect((await api.status()).version - afterFirst).toBe(Math.ceil(backlog / 5000))
    expectExactPrefix(after, START_MS, 20_000)
    reloaded.dispose()
  })

  it('关闭 pauses the feed and says why', async () => {
    const { api, feed, runtime } = await setUp()
    const rt = runtime()
    await api.saveFeedSettings({ source: 'off', url: '', intervalSeconds: 60 })
    await rt.start()
    await settle(rt)
    expect(rt.current.status.state).toBe('已暂停')
    expect(rt.current.state?.inactiveReason).toBe('实时数据源已关闭')
    expect(feed.requests).toBe(0)
    rt.dispose()
  })
})
