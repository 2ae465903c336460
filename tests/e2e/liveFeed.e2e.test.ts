// The live feed in real Chromium (README «The live feed»): the demo source, answered by MSW's
// service worker in the page, fills 实时看板; every figure equals `npm run report` at the board's
// `data-as-of` over exactly what IndexedDB holds; the stored `live-` events are always the feed's
// events up to the stored cursor — through pulls, faults, two tabs and a reload — and a replay
// (`?at=`) asks the feed nothing.
import type { Page, Request } from 'playwright-core'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { ZoneClock } from '../../src/domain/time/zoneClock'
import { openApp, type BrowserSession } from './browser'
import {
  boardSnapshot,
  expectBoardEqualsReport,
  expectFeedPrefix,
  readStored,
  reportOfStored,
  storedEvents,
  type BoardSnapshot,
  type StoredData,
} from './liveFeedData'
import { storedMeta } from './pageFigures'

const clock = new ZoneClock('Asia/Shanghai')

let session: BrowserSession | null = null
afterEach(async () => {
  if (session) expect(session.foreignRequests, 'no request may leave the page origin').toEqual([])
  await session?.close()
  session = null
})

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))
const seconds = (instant: string): number => Date.parse(instant) / 1000
const isSync = (request: Request): boolean =>
  request.method() === 'POST' && request.url().endsWith('/demo-feed/sync')

/** Every `/sync` request the page makes, with its body `{ cursor, limit }`. */
function recordSyncs(page: Page): { cursor: string | null; limit: number }[] {
  const bodies: { cursor: string | null; limit: number }[] = []
  page.on('request', (request) => {
    if (isSync(request)) bodies.push(JSON.parse(request.postData() ?? 'null'))
  })
  return bodies
}

/** Opens the app fresh (the demo loads by itself) and waits for the feed's first stored pull. */
async function openBoard(): Promise<BrowserSession> {
  session = await openApp(inject('appUrl'), '#/realtime')
  await waitForPull(session.page)
  return session
}

/** Waits until the feed stored a pull, is 正常, idle, and the board is marked. */
async function waitForPull(page: Page, timeout = 90000): Promise<void> {
  await expect
    .poll(
      async () => {
        const board = await boardSnapshot(page)
        return (
          board.feed.added !== null &&
          board.feed.state === '正常' &&
          !board.feed.pulling &&
          board.asOf !== null
        )
      },
      { timeout },
    )
    .toBe(true)
}

/**
 * The board and what is stored, read so that the board's figures were computed over exactly that
 * data: no pull running, the stored version unchanged around both reads and the one the board
 * was computed over (`data-version`).
 */
async function settled(
  page: Page,
  accept: (board: BoardSnapshot) => boolean = () => true,
  timeoutMs = 90000,
): Promise<{ board: BoardSnapshot; stored: StoredData }> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const before = (await storedMeta(page))?.version
    const board = await boardSnapshot(page)
    const stored = await readStored(page)
    const ok =
      board.asOf !== null &&
      !board.feed.pulling &&
      stored.meta?.version === before &&
      board.version === before &&
      accept(board)
    if (ok) return { board, stored }
    if (Date.now() > deadline) throw new Error(`the board never settled: ${JSON.stringify(board)}`)
    await sleep(300)
  }
}

async function expectBoardIsReport(board: BoardSnapshot, stored: StoredData): Promise<void> {
  expectBoardEqualsReport(board, await reportOfStored(stored, { at: board.asOf! }))
}

/** The `live-` events stored (the demo's own ids never start so). */
const liveCount = (stored: StoredData): number =>
  storedEvents(stored).filter((event) => event.id.startsWith('live-')).length

const pad = (n: number): string => String(n).padStart(2, '0')
/** A wall time of the dataset's zone to the minute, as `?at=` and `--at` take it. */
function wallMinute(t: number): string {
  const w = clock.wallTime(t)
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`
}

async function feedStatus(page: Page, scope = 'body') {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector)?.querySelector<HTMLElement>('[data-feed-status]')
    return {
      state: el?.dataset.feedState ?? null,
      pulling: el?.dataset.feedPulling === '1',
      problems: el?.dataset.feedProblems ?? null,
      detail: el?.querySelector('[data-feed-detail]')?.textContent ?? '',
    }
  }, scope)
}

describe('实时看板 and the live feed (演示数据)', () => {
  it('fills the demo board from the feed, every card and staff row equal to the report at data-as-of, the stored live events exactly the feed up to its cursor', async () => {
    const { page } = await openBoard()
    const { board, stored } = await settled(page)
    expect(stored.meta?.isDemo).toBe(true)
    expect(stored.feed?.settings.source).toBe('demo')
    expect(board.feed.state).toBe('正常')

    const progress = expectFeedPrefix(stored)
    expect(stored.feed?.addedTotal, 'the feed counted what it added').toBe(progress.stored.length)

    const report = await reportOfStored(stored, { at: board.asOf! })
    expectBoardEqualsReport(board, report)

    // The demo ends yesterday: every event of the board's day came from the feed.
    const today = clock.dayOf(seconds(board.asOf!))
    const todays = storedEvents(stored).filter((event) => clock.dayOf(event.time) === today)
    expect(todays.every((event) => event.id.startsWith('live-'))).toBe(true)
    expect(todays.length).toBe(
      progress.stored.filter((id) => id.startsWith(`live-${progress.day}-`)).length,
    )
  })

  it('moves at a pull: a 10 s interval pulls by itself, 刷新 pulls at once, and the board at its new moment equals the report over the new stored events', async () => {
    const { page } = await openBoard()
    const first = await settled(page)
    await expectBoardIsReport(first.board, first.stored)
    const firstCount = liveCount(first.stored)

    // 数据管理 › 实时数据源: 同步间隔 10 s.
    await page.goto(`${inject('appUrl')}#/data`)
    const interval = page.locator('[data-panel="feed-settings"] [data-field="feed-interval"] input')
    await interval.fill('10')
    await interval.blur()
    await page.locator('[data-action="save-feed"]').click()
    await expect
      .poll(async () => (await readStored(page)).feed?.settings.intervalSeconds, { timeout: 30000 })
      .toBe(10)

    // A pull comes by itself within the interval.
    await page.goto(`${inject('appUrl')}#/realtime`)
    const lastSuccess = Number((await boardSnapshot(page)).feed.lastSuccess)
    await expect
      .poll(async () => Number((await boardSnapshot(page)).feed.lastSuccess), { timeout: 40000 })
      .toBeGreaterThan(lastSuccess)

    // 刷新: the board is asked again at once, at a later moment.
    await page.locator('[data-action="refresh"]').click()
    const after = await settled(page, (board) => seconds(board.asOf!) > seconds(first.board.asOf!))
    expect(after.board.feed.state).toBe('正常')
    const progress = expectFeedPrefix(after.stored)
    expect(progress.stored.length).toBeGreaterThanOrEqual(firstCount)
    expect(after.stored.feed?.addedTotal).toBe(progress.stored.length)
    await expectBoardIsReport(after.board, after.stored)
  })

  it('replays ?at= a moment of today from stored events, with the banner, the feed 已暂停 and no /sync request; 回到实时 resumes', async () => {
    const { page } = await openBoard()
    const { stored } = await settled(page)
    const live = storedEvents(stored).filter((event) => event.id.startsWith('live-'))
    const today = clock.dayOf(Math.floor(Date.now() / 1000))
    // A minute after about half of today's live events, or today's midnight before any.
    const middle = live[Math.floor(live.length / 2)]
    const at = middle ? wallMinute(middle.time) : wallMinute(clock.startOfDay(today))
    const atInstant = clock.formatInstant(seconds(`${at}:00+08:00`))

    const syncs = recordSyncs(page)
    await page.goto(`${inject('appUrl')}#/realtime?at=${at}`)
    await expect
      .poll(async () => (await boardSnapshot(page)).asOf, { timeout: 30000 })
      .toBe(atInstant)
    const shown = await boardSnapshot(page)
    expect(shown.replayBanner).toContain('正在回放')
    expect(shown.replayBanner).toContain(at.replace('T', ' '))
    expect(shown.feed.state).toBe('已暂停')
    expect(shown.feed.detail).toContain('回放')
    await expectBoardIsReport(shown, await readStored(page))

    // It stays there: no pull, neither by the timer nor by a reload of the replay's URL.
    const asked = syncs.length
    await sleep(4000)
    await page.reload()
    await expect
      .poll(async () => (await boardSnapshot(page)).asOf, { timeout: 60000 })
      .toBe(atInstant)
    await sleep(4000)
    const still = await boardSnapshot(page)
    expect(still.feed.state).toBe('已暂停')
    expect(still.replayBanner).toContain('正在回放')
    expect(syncs.length, 'no /sync request while replaying').toBe(asked)
    await expectBoardIsReport(still, await readStored(page))

    // 回到实时: live again, and the feed pulls from its stored cursor at once.
    const cursor = (await readStored(page)).feed?.cursors.demo
    await page.locator('[data-replay] [data-action="live"]').click()
    await expect.poll(() => page.url()).not.toContain('at=')
    await expect.poll(() => syncs.length, { timeout: 30000 }).toBeGreaterThan(asked)
    expect(syncs[asked]?.cursor).toBe(cursor)
    await waitForPull(page)
    const back = await settled(page, (board) => seconds(board.asOf!) > seconds(atInstant))
    expect(back.board.replayBanner).toBeNull()
    expectFeedPrefix(back.stored)
    await expectBoardIsReport(back.board, back.stored)
  })

  it('never loses or doubles an event through a 500, garbage, a time-out, a duplicated page and an invalid event; each failure says why in 重试中 and recovers', async () => {
    const { page } = await openBoard()
    await settled(page)
    await page.goto(`${inject('appUrl')}#/data`)
    const panel = '[data-panel="feed-settings"]'
    await page.locator(`${panel} [data-fault="status500"]`).waitFor({ timeout: 30000 })
    const syncs = recordSyncs(page)
    const replayed: { asked: string | null; next: string; ids: string[] }[] = []
    page.on('response', async (response) => {
      if (!isSync(response.request())) return
      const asked = JSON.parse(response.request().postData() ?? 'null') as { cursor: string | null }
      try {
        const body = (await response.json()) as { next_cursor: string; events: { id: string }[] }
        replayed.push({
          asked: asked.cursor,
          next: body.next_cursor,
          ids: body.events.map((e) => e.id),
        })
      } catch {
        // Not JSON (the garbage fault) or no body (500, time-out).
      }
    })

    const recovered = async () => {
      await expect
        .poll(
          async () => {
            const s = await feedStatus(page, panel)
            return s.state === '正常' && !s.pulling
          },
          { timeout: 40000 },
        )
        .toBe(true)
      expectFeedPrefix(await readStored(page))
    }

    for (const [fault, reason] of [
      ['status500', '服务器返回 500'],
      ['garbage', '不是 JSON'],
      ['timeout', '请求超时'],
    ] as const) {
      const before = syncs.length
      await page.locator(`${panel} [data-fault="${fault}"]`).click()
      await expect
        .poll(
          async () => {
            const s = await feedStatus(page, panel)
            return s.state === '重试中' && s.detail.includes(reason) ? 'shown' : JSON.stringify(s)
          },
          { timeout: 40000 },
        )
        .toBe('shown')
      expect((await feedStatus(page, panel)).detail, fault).toMatch(/再试/)
      await recovered()
      // The retry after the backoff asked again.
      expect(syncs.length).toBeGreaterThanOrEqual(before + 2)
    }

    // A page sent twice: stored by id, it adds nothing.
    const beforeDuplicate = await readStored(page)
    const askedBefore = syncs.length
    await page.locator(`${panel} [data-fault="duplicatePage"]`).click()
    await expect.poll(() => syncs.length, { timeout: 30000 }).toBeGreaterThan(askedBefore)
    await recovered()
    if (expectFeedPrefix(beforeDuplicate).index > 0) {
      await expect
        .poll(() => replayed.some((r) => r.asked === r.next && r.ids.length > 0))
        .toBe(true)
    }

    // An invalid event: listed in 数据问题 with its reason, not stored; the rest of its page is.
    const askedBeforeInvalid = syncs.length
    await page.locator(`${panel} [data-fault="invalidEvent"]`).click()
    await expect.poll(() => syncs.length, { timeout: 30000 }).toBeGreaterThan(askedBeforeInvalid)
    await recovered()
    await expect
      .poll(async () => (await feedStatus(page, panel)).problems, { timeout: 30000 })
      .toBe('1')
    const stored = await readStored(page)
    expect(stored.problems).toHaveLength(1)
    const problem = stored.problems[0]!
    expect(problem.record).toMatch(/"id":\s*"live-invalid-\d+"/)
    expect(problem.reason).toContain('state')
    expect(problem.reason).toContain('9')
    expect(problem.place).toMatch(/实时数据 events 第 \d+ 项/)
    expect(storedEvents(stored).some((event) => event.id.startsWith('live-invalid-'))).toBe(false)
    expectFeedPrefix(stored)

    const problems = page.locator('[data-panel="data-problems"]')
    await expect
      .poll(() => problems.locator('[data-problem-total]').getAttribute('data-value'), {
        timeout: 30000,
      })
      .toBe('1')
    const listed = await problems.innerText()
    expect(listed).toContain(problem.reason)
    expect(listed).toContain(problem.place)
    expect(listed).toContain('live-invalid-')

    // And the board over all of it equals the report.
    await page.goto(`${inject('appUrl')}#/realtime`)
    const end = await settled(page)
    expectFeedPrefix(end.stored)
    await expectBoardIsReport(end.board, end.stored)
  }, 240000)

  it('two tabs pulling on 刷新 at once store every event once, and both boards equal the report', async () => {
    const { page: first, context } = await openBoard()
    await settled(first)
    const second = await context.newPage()
    await second.goto(`${inject('appUrl')}#/realtime`)
    await waitForPull(second)

    for (let round = 0; round < 5; round += 1) {
      await Promise.all(
        [first, second].map((page) => page.locator('[data-action="refresh"]').click()),
      )
      await expect
        .poll(
          async () => {
            const statuses = await Promise.all([first, second].map((page) => feedStatus(page)))
            return statuses.every((s) => s.state === '正常' && !s.pulling)
          },
          { timeout: 40000 },
        )
        .toBe(true)
      expectFeedPrefix(await readStored(first))
      await sleep(500)
    }
    const progress = expectFeedPrefix(await readStored(first))
    expect((await readStored(second)).feed?.addedTotal).toBe(progress.stored.length)

    // The second tab pulls (from the stored cursor); the first hears of it at once (a
    // BroadcastChannel) and asks its board again — well before its own minute's refresh.
    await second.locator('[data-action="refresh"]').click()
    await waitForPull(second)
    const settledSecond = await settled(second)
    const settledFirst = await settled(first, () => true, 15000)
    const stored = await readStored(first)
    expect(stored.meta?.version, 'nothing stored while the boards were read').toBe(
      settledSecond.stored.meta?.version,
    )
    expectFeedPrefix(stored)
    await expectBoardIsReport(settledFirst.board, stored)
    await expectBoardIsReport(settledSecond.board, stored)

    // At one moment, both tabs show the same figures.
    const at = wallMinute((stored.feed?.lastStoredAt ?? 0) - 60)
    const atInstant = clock.formatInstant(seconds(`${at}:00+08:00`))
    const boards = await Promise.all(
      [first, second].map(async (page) => {
        await page.goto(`${inject('appUrl')}#/realtime?at=${at}`)
        await expect
          .poll(async () => (await boardSnapshot(page)).asOf, { timeout: 30000 })
          .toBe(atInstant)
        return boardSnapshot(page)
      }),
    )
    expect(boards[1]!.cards).toEqual(boards[0]!.cards)
    expect(boards[1]!.rows).toEqual(boards[0]!.rows)
    await expectBoardIsReport(boards[0]!, await readStored(first))
  }, 180000)

  it('resumes after a reload from the stored cursor: the first /sync after it carries that cursor', async () => {
    const { page } = await openBoard()
    const { stored } = await settled(page)
    const before = expectFeedPrefix(stored)
    const cursor = stored.feed?.cursors.demo
    expect(cursor).toBeTruthy()

    const syncs = recordSyncs(page)
    await page.reload()
    await expect.poll(() => syncs.length, { timeout: 60000 }).toBeGreaterThan(0)
    expect(syncs[0]).toEqual({ cursor, limit: expect.any(Number) })
    expect(syncs[0]!.limit).toBeLessThanOrEqual(1000)

    await waitForPull(page)
    const after = await settled(page)
    const progress = expectFeedPrefix(after.stored)
    expect(progress.stored.length).toBeGreaterThanOrEqual(before.stored.length)
    expect(progress.stored.slice(0, before.stored.length)).toEqual(before.stored)
    await expectBoardIsReport(after.board, after.stored)
  })
})
