// pullFeed against MSW's Node server: cursors, has_more, resume after a reload, replayed and
// overlapping pages, and every kind of failure. Time is a ManualTimers clock: no real waiting.
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { generateDataset } from '../../mocks/demoDataset/generateDataset'
import { createLiveFeed } from '../../mocks/liveFeed/handlers'
import {
  FeedAbortedError,
  FeedError,
  pullFeed,
  type PullOptions,
} from '../../src/liveFeed/feedClient'
import { ManualTimers } from './manualTimers'
import { MemoryFeedStore } from './memoryFeedStore'

const FEED = 'https://feed.test/demo-feed'
const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const K = 'wkAccount'
const enter = (n: number) => ({
  id: `e${n}`,
  type: 'enter_session',
  time: 1_700_000_000 + n,
  open_kfid: K,
  external_userid: `wm${n}`,
})

/**
 * A feed over a list that can grow: the cursor is `c<how many were sent>`. `answer(n)` may
 * replace the answer to request n (1-based).
 */
function scriptedFeed(count: number, answer?: (request: number) => Response | undefined) {
  const events = Array.from({ length: count }, (_, i) => enter(i + 1))
  const asked: { cursor: string | null; limit: number; contentType: string | null }[] = []
  server.use(
    http.post(`${FEED}/sync`, async ({ request }) => {
      const body = (await request.json()) as { cursor: string | null; limit: number }
      asked.push({ ...body, contentType: request.headers.get('content-type') })
      const special = answer?.(asked.length)
      if (special) return special
      const from = body.cursor === null ? 0 : Number(body.cursor.slice(1))
      const page = events.slice(from, from + body.limit)
      const to = from + page.length
      return HttpResponse.json({
        next_cursor: `c${to}`,
        has_more: to < events.length ? 1 : 0,
        events: page,
      })
    }),
  )
  return { events, asked, grow: (n: number) => events.push(enter(n)) }
}

const pull = (store: MemoryFeedStore, extra: Partial<PullOptions> = {}) =>
  pullFeed({ feedUrl: FEED, cursor: store.cursor, limit: 2, onPage: store.onPage, ...extra })

describe('pullFeed: cursors and has_more', () => {
  it('follows has_more page by page, storing each page before asking the next', async () => {
    const feed = scriptedFeed(5)
    const store = new MemoryFeedStore()
    const askedWhenStored: number[] = []
    const result = await pull(store, {
      onPage: async (page) => {
        await new Promise((resolve) => setTimeout(resolve, 5)) // a slow transaction
        await store.onPage(page)
        askedWhenStored.push(feed.asked.length)
      },
    })
    // 5 events by 2: [e1 e2] c2 more, [e3 e4] c4 more, [e5] c5 done.
    expect(feed.asked.map((a) => a.cursor)).toEqual([null, 'c2', 'c4'])
    expect(feed.asked.every((a) => a.limit === 2 && a.contentType === 'application/json')).toBe(
      true,
    )
    expect(askedWhenStored).toEqual([1, 2, 3])
    expect(result).toEqual({ pages: 3, events: 5, cursor: 'c5', complete: true })
    expect(store.ids()).toEqual(['e1', 'e2', 'e3', 'e4', 'e5'])
    expect(store.cursor).toBe('c5')
  })

  it('an empty feed is one page and keeps its cursor', async () => {
    const feed = scriptedFeed(0)
    const store = new MemoryFeedStore()
    expect(await pull(store)).toEqual({ pages: 1, events: 0, cursor: 'c0', complete: true })
    expect(feed.asked.map((a) => a.cursor)).toEqual([null])
  })

  it('resumes from the stored cursor after a reload, and only new events come next', async () => {
    const feed = scriptedFeed(5)
    const store = new MemoryFeedStore()
    store.failOn = 2 // the second page's transaction fails: nothing of it is kept
    await expect(pull(store)).rejects.toThrow('磁盘已满')
    expect(store.ids()).toEqual(['e1', 'e2'])
    expect(store.cursor).toBe('c2')

    const reloaded = store.reopen() // a new tab / a new client over what was committed
    expect(await pull(reloaded)).toEqual({ pages: 2, events: 3, cursor: 'c5', complete: true })
    expect(feed.asked.map((a) => a.cursor)).toEqual([null, 'c2', 'c2', 'c4'])
    expect(reloaded.ids()).toEqual(['e1', 'e2', 'e3', 'e4', 'e5'])
    expect(reloaded.duplicates).toBe(0)

    feed.grow(6)
    feed.grow(7)
    expect(await pull(reloaded)).toEqual({ pages: 1, events: 2, cursor: 'c7', complete: true })
    expect(reloaded.ids()).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7'])
  })

  it('a replayed or overlapping pull adds nothing', async () => {
    scriptedFeed(7)
    const store = new MemoryFeedStore()
    await pull(store)
    expect(store.byId.size).toBe(7)
    // The cursor of an older transaction (c2): e3…e7 come again, all already stored.
    const result = await pull(store, { cursor: 'c2' })
    expect(result).toEqual({ pages: 3, events: 5, cursor: 'c7', complete: true })
    expect(store.byId.size).toBe(7)
    expect(store.duplicates).toBe(5)
    expect(store.conflicts).toBe(0)
  })

  it('stops after maxPages, saying the feed has more', async () => {
    scriptedFeed(5)
    const store = new MemoryFeedStore()
    expect(await pull(store, { limit: 1, maxPages: 2 })).toEqual({
      pages: 2,
      events: 2,
      cursor: 'c2',
      complete: false,
    })
  })
})

describe('pullFeed: failures', () => {
  const failing = async (answer: Response, extra: Partial<PullOptions> = {}) => {
    const feed = scriptedFeed(5, (n) => (n === 2 ? answer : undefined))
    const store = new MemoryFeedStore()
    const error = await pull(store, extra).catch((e: unknown) => e)
    return { error, store, feed }
  }

  it('an HTTP error: the pages before it stay stored with their cursor', async () => {
    const { error, store } = await failing(new HttpResponse('oops', { status: 500 }))
    expect(error).toBeInstanceOf(FeedError)
    expect(error).toMatchObject({ kind: 'http', status: 500, message: '服务器返回 500' })
    expect(store.ids()).toEqual(['e1', 'e2'])
    expect(store.cursor).toBe('c2')
  })

  it('a body that is not JSON, or not the contract', async () => {
    const html = await failing(HttpResponse.html('<h1>502 Bad Gateway</h1>'))
    expect(html.error).toMatchObject({ kind: 'body', message: '返回内容不符合约定:不是 JSON' })
    const other = await failing(HttpResponse.json({ errcode: 0, msg_list: [] }))
    expect(other.error).toMatchObject({
      kind: 'body',
      message: '返回内容不符合约定:缺少 next_cursor',
    })
    expect(other.store.cursor).toBe('c2')
  })

  it('a network error', async () => {
    const { error } = await failing(HttpResponse.error())
    expect(error).toBeInstanceOf(FeedError)
    expect((error as FeedError).kind).toBe('network')
    expect((error as FeedError).message).toMatch(/^网络错误,无法连接到数据源/)
  })

  it('a time-out, on the injected clock', async () => {
    let asked = 0
    server.use(
      http.post(`${FEED}/sync`, async ({ request }) => {
        asked += 1
        await new Promise((resolve) => request.signal.addEventListener('abort', resolve))
        return HttpResponse.error()
      }),
    )
    const timers = new ManualTimers(0)
    const store = new MemoryFeedStore()
    const pending = pull(store, { timers, timeoutMs: 15_000 }).catch((e: unknown) => e)
    await vi.waitFor(() => expect(asked).toBe(1))
    expect(timers.delays()).toEqual([15_000])
    timers.advance(14_999)
    expect(timers.delays()).toEqual([1])
    timers.advance(1)
    const error = await pending
    expect(error).toMatchObject({ kind: 'timeout', message: '请求超时(15 秒)' })
    expect(timers.delays()).toEqual([])
    expect(store.byId.size).toBe(0)
  })

  it('has_more 1 with a cursor that does not move is refused after the second time', async () => {
    server.use(
      http.post(`${FEED}/sync`, () =>
        HttpResponse.json({ next_cursor: 'same', has_more: 1, events: [] }),
      ),
    )
    const store = new MemoryFeedStore()
    store.cursor = 'same'
    const error = await pull(store).catch((e: unknown) => e)
    expect(error).toMatchObject({
      kind: 'body',
      message: '返回内容不符合约定:has_more 为 1,但 next_cursor 没有前进',
    })
    expect(store.commits).toBe(2)
  })

  it("the caller's signal ends the pull without calling it a failure of the feed", async () => {
    let asked = 0
    server.use(
      http.post(`${FEED}/sync`, async ({ request }) => {
        asked += 1
        await new Promise((resolve) => request.signal.addEventListener('abort', resolve))
        return HttpResponse.error()
      }),
    )
    const controller = new AbortController()
    const pending = pull(new MemoryFeedStore(), { signal: controller.signal }).catch((e) => e)
    await vi.waitFor(() => expect(asked).toBe(1))
    controller.abort()
    expect(await pending).toBeInstanceOf(FeedAbortedError)
  })
})

describe('pullFeed against the live mock', () => {
  // 2026-11-20 15:30 in Shanghai; the mock plays that day with seed 3, about 3000 events.
  const T0 = Date.parse('2026-11-20T15:30:00+08:00')
  const dayEvents = () => {
    const dataset = generateDataset({ seed: 3, endDate: '2026-11-20', days: 1, targetEvents: 3000 })
    return [...dataset.events()]
  }
  const idsUpTo = (now: number) =>
    dayEvents()
      .filter((e) => e.time <= now / 1000)
      .map((e) => `live-2026-11-20-${e.id}`)

  it('stores exactly the events up to now, resumes after a reload, and a duplicated page or an invalid event loses and doubles nothing', async () => {
    const timers = new ManualTimers(T0)
    const feed = createLiveFeed({ seed: 3, eventsPerDay: 3000, now: () => timers.nowSeconds() })
    server.use(...feed.handlers)
    const store = new MemoryFeedStore()
    const live = (extra: Partial<PullOptions> = {}) => pull(store, { limit: 100, timers, ...extra })

    const expected = idsUpTo(T0)
    const first = await live()
    // n events by pages of 100: ⌈n / 100⌉ pages (one page when n is 0).
    expect(first.pages).toBe(Math.max(1, Math.ceil(expected.length / 100)))
    expect(first.events).toBe(expected.length)
    expect(store.ids()).toEqual(expected)
    expect(store.problems).toEqual([])
    // The directory came once, with the day's first page: 3 accounts, 15 servicers, 4 groups.
    const kinds = [...store.directory.values()].map((r) => r.kind)
    expect(kinds.filter((k) => k === 'account')).toHaveLength(3)
    expect(kinds.filter((k) => k === 'servicer')).toHaveLength(15)
    expect(kinds.filter((k) => k === 'group')).toHaveLength(4)

    // Ten minutes later, in a reloaded client; the feed first replays the page before the
    // cursor (its last 100 events), then puts an invalid event in the next page.
    timers.advance(10 * 60_000)
    const reloaded = store.reopen()
    feed.inject('duplicatePage', 'invalidEvent')
    const later = idsUpTo(T0 + 10 * 60_000)
    const newCount = later.length - expected.length
    expect(newCount).toBeGreaterThan(0)
    await pullFeed({
      feedUrl: FEED,
      cursor: reloaded.cursor,
      limit: 100,
      timers,
      onPage: reloaded.onPage,
    })
    expect(reloaded.ids()).toEqual(later)
    expect(reloaded.duplicates).toBe(Math.min(100, expected.length))
    expect(reloaded.conflicts).toBe(0)
    expect(reloaded.problems).toHaveLength(1)
    expect(reloaded.problems[0]).toMatchObject({
      reason: '会话状态变更事件字段 state 的值「9」无效,应为 0 / 1 / 2 / 3 / 4',
    })
    expect(reloaded.problems[0]!.place).toMatch(/^实时数据 events 第 \d+ 项$/)
  })

  it('a cursor the feed did not make is a 400', async () => {
    const feed = createLiveFeed({ seed: 3, eventsPerDay: 3000, now: () => T0 / 1000 })
    server.use(...feed.handlers)
    const error = await pullFeed({
      feedUrl: FEED,
      cursor: 'bm9wZQ',
      onPage: () => undefined,
    }).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'http', status: 400, message: '服务器返回 400' })
  })
})
