// npm run bench (browser part, after the import): live-feed pulls into the stored data. A bench
// feed on the app's own origin answers `POST …/bench-feed/sync` (src/domain/feed/feedContract.ts)
// with pages of 1,000 new events — the seeded generator's days after the stored data, re-IDed,
// moved in time as a whole to end a minute before the first pull: 实时看板 shows today by the real
// clock, so events of the stored data's next day would never reach its figures; moved, they are
// still all after the stored ones, and the replay goes on without starting over. Only the pages
// the bench has released are served; otherwise an empty page, so the feed's own timer adds
// nothing between measurements.
//
// 数据管理 → 实时数据源 is set to 接口地址 through the UI. A first, unmeasured pull tops the stored
// data up to the bench's nominal size (the generated file holds a little fewer events than its
// name says). Then each measurement releases 5 pages and presses 刷新 on 实时看板: the pull
// stores them (the worker ms summed over its stores, `data-feed-worker-ms`) and the board
// answers over the new data (`data-worker-ms`). The issue's target: under 200 ms of worker time
// for both together.
import { open } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Page } from 'playwright-core'
import { generateDataset } from '../../mocks/demoDataset/generateDataset'
import type { DemoEvent } from '../../mocks/demoDataset/types'
import { formatDay, ZoneClock } from '../../src/domain/time/zoneClock'
import { SUB_PATH, type ExtraHandler } from '../e2e/staticServer'

export const PAGE_SIZE = 1000
export const PAGES_PER_PULL = 5
export const PULLS = 3
const TARGET_WORKER_MS = 200
const FEED_PATH = `${SUB_PATH}bench-feed`

/** The last line of an NDJSON file (its last record), read from the end. */
async function lastLine(file: string): Promise<string> {
  const handle = await open(file, 'r')
  try {
    const { size } = await handle.stat()
    const length = Math.min(size, 64 * 1024)
    const buffer = Buffer.alloc(length)
    await handle.read(buffer, 0, length, size - length)
    const lines = buffer.toString('utf8').trimEnd().split('\n')
    return lines[lines.length - 1] ?? ''
  } finally {
    await handle.close()
  }
}

export interface BenchFeed {
  handler: ExtraHandler
  /**
   * Generates the feed: `topUp` events first (to bring the stored data up to the bench's
   * nominal size, rounded up to whole pages), then `PULLS × PAGES_PER_PULL` pages, all moved in
   * time to end a minute before now. Returns the top-up's page count.
   */
  prepare(topUp: number): number
  /** The generator's first day (the day after the stored data's last event). */
  readonly day: string
  /** The first and last event's time (epoch seconds). */
  span(): { first: number; last: number }
  /** Makes the next `pages` pages available to the next pull. */
  release(pages: number): void
  /** `POST …/sync` requests answered so far. */
  readonly requests: number
}

/**
 * The feed for a dataset file: the seeded generator's days after the file's last event (same
 * seed, so the same accounts, servicers and customers), every event with an id of its own.
 */
export async function createBenchFeed(
  file: string,
  seed: number,
  perDay: number,
): Promise<BenchFeed> {
  const last = JSON.parse(await lastLine(file)) as { time?: unknown }
  if (typeof last.time !== 'number') throw new Error(`${file} 的最后一行不是事件`)
  const lastStored = last.time
  const timezone = 'Asia/Shanghai'
  const day = new ZoneClock(timezone).dayOf(lastStored) + 1
  const measured = PULLS * PAGES_PER_PULL * PAGE_SIZE
  const events: DemoEvent[] = []

  function prepare(topUp: number): number {
    const topUpPages = Math.ceil(Math.max(0, topUp) / PAGE_SIZE)
    const wanted = topUpPages * PAGE_SIZE + measured
    // At least 20,000 a day, so that a small bench's pulls are not spread over weeks.
    const daily = Math.max(perDay, 20_000)
    const days = Math.ceil((wanted * 1.15) / daily)
    const dataset = generateDataset({
      seed,
      endDate: formatDay(day + days - 1),
      days,
      targetEvents: daily * days,
      timezone,
    })
    events.length = 0
    for (const event of dataset.events()) {
      if (events.length === wanted) break
      events.push({ ...event, id: `bench-feed-${event.id}` })
    }
    if (events.length < wanted) throw new Error(`基准数据源只生成了 ${events.length} 条事件`)
    // Moved as a whole to end a minute before now, if that keeps them after the stored data.
    const shift = Math.floor(Date.now() / 1000) - 60 - (events[events.length - 1] as DemoEvent).time
    if (shift > 0) for (const event of events) event.time += shift
    if ((events[0] as DemoEvent).time <= lastStored) {
      throw new Error('基准数据源的事件不在已存数据之后')
    }
    return topUpPages
  }

  let released = 0
  let requests = 0
  const pageOf = (cursor: unknown): number | null => {
    if (cursor === null || cursor === undefined) return 0
    const match = typeof cursor === 'string' ? /^bench-page-(\d+)$/.exec(cursor) : null
    return match ? Number(match[1]) : null
  }
  const answer = (response: ServerResponse, status: number, body: unknown): void => {
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
  }
  const sync = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    let text = ''
    for await (const chunk of request) text += String(chunk)
    requests += 1
    let body: { cursor?: unknown }
    try {
      body = JSON.parse(text) as { cursor?: unknown }
    } catch {
      return answer(response, 400, { errcode: 40058, errmsg: '请求体不是 JSON' })
    }
    const at = pageOf(body.cursor)
    if (at === null) return answer(response, 400, { errcode: 40058, errmsg: '无效的 cursor' })
    if (at >= released) {
      return answer(response, 200, { next_cursor: `bench-page-${at}`, has_more: 0, events: [] })
    }
    answer(response, 200, {
      next_cursor: `bench-page-${at + 1}`,
      has_more: at + 1 < released ? 1 : 0,
      events: events.slice(at * PAGE_SIZE, (at + 1) * PAGE_SIZE),
    })
  }

  return {
    day: formatDay(day),
    prepare,
    handler: (request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname
      if (path !== `${FEED_PATH}/sync`) return false
      if (request.method !== 'POST') {
        response.writeHead(405).end()
        return true
      }
      sync(request, response).catch((error: unknown) => {
        response.writeHead(500).end(String(error))
      })
      return true
    },
    span: () => ({
      first: (events[0] as DemoEvent).time,
      last: (events[events.length - 1] as DemoEvent).time,
    }),
    release(pages) {
      released = Math.min(released + pages, Math.ceil(events.length / PAGE_SIZE))
    },
    get requests() {
      return requests
    },
  }
}

interface PullMeasure {
  added: number
  storeWorkerMs: number
  boardWorkerMs: number
  /** From 刷新 to the pull's end (every page stored). */
  pullWallMs: number
  /** From 刷新 to the board marking figures computed over the new data. */
  boardWallMs: number
  /** Some of the board's figures in that answer. */
  figures?: Record<string, number | null>
}

/**
 * In the page, from 「刷新」 to the board's answer over the new data. The board's root carries
 * `data-as-of` only while its figures answer the stored data as it is: a pull that stored
 * something takes it away, the answer over the new data sets it again (a refresh over the same
 * data only changes its value). Given as text: the TypeScript loader wraps named functions in a
 * helper that the page does not have.
 */
const MEASURE_PULL = `(async () => {
  const board = document.querySelector('[data-board="realtime"]')
  const status = board.querySelector('[data-feed-status]')
  const button = board.querySelector('[data-action="refresh"]')
  if (!board.hasAttribute('data-as-of')) throw new Error('看板还没有显示当前数据')
  let pullEnd = null
  let boardAt = null
  let boardWorkerMs = null
  const figures = {}
  const start = performance.now()
  await new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error('10 分钟内看板没有新数字')), 600000)
    const observer = new MutationObserver((records) => {
      const now = performance.now()
      for (const record of records) {
        const el = record.target
        if (record.attributeName === 'data-feed-pulling') {
          if (!el.hasAttribute('data-feed-pulling') && pullEnd === null) pullEnd = now
        } else if (record.attributeName === 'data-as-of' && el === board) {
          // Set where it was absent: the stored data changed, and this is the answer over it.
          if (record.oldValue === null && boardAt === null && board.hasAttribute('data-as-of')) {
            boardAt = now
            boardWorkerMs = Number(board.getAttribute('data-worker-ms'))
            for (const key of ['human_sessions', 'queue', 'sessions_in_human']) {
              const cell = board.querySelector('[data-metric="' + key + '"][data-value]')
              figures[key] = cell ? Number(cell.getAttribute('data-value')) : null
            }
          }
        }
      }
      if (pullEnd !== null && boardAt !== null) {
        observer.disconnect()
        clearTimeout(timer)
        done()
      }
    })
    observer.observe(board, {
      attributes: true,
      attributeOldValue: true,
      subtree: true,
      attributeFilter: ['data-feed-pulling', 'data-as-of'],
    })
    button.click()
  })
  return {
    added: Number(status.getAttribute('data-feed-added')),
    storeWorkerMs: Number(status.getAttribute('data-feed-worker-ms')),
    boardWorkerMs,
    pullWallMs: pullEnd - start,
    boardWallMs: boardAt - start,
    figures,
  }
})()`

async function storedEvents(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const request = indexedDB.open('kf-stats')
    const db: IDBDatabase = await new Promise(
      (ok) => (request.onsuccess = () => ok(request.result)),
    )
    const meta = await new Promise<{ nextSeq: number }>((ok) => {
      const get = db.transaction('meta').objectStore('meta').get('dataset')
      get.onsuccess = () => ok(get.result)
    })
    db.close()
    return meta.nextSeq
  })
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * 数据管理 → 实时数据源 through the UI: 关闭, or 接口地址 `url` with the longest interval (the
 * bench presses 刷新 itself). Waits until the feed is paused, or has pulled once after saving.
 */
export async function setFeedSource(page: Page, appUrl: string, url: string | null): Promise<void> {
  await page.goto(`${appUrl}#/data`)
  const panel = page.locator('[data-panel="feed-settings"]')
  await panel.waitFor({ timeout: 120000 })
  // The form takes the stored settings when they arrive: until 保存 is enabled, choose again.
  const save = panel.locator('[data-action="save-feed"]')
  for (let attempt = 0; ; attempt++) {
    await panel
      .locator('[data-field="feed-source"]')
      .getByText(url === null ? '关闭' : '接口地址')
      .click()
    if (url !== null) {
      await panel.locator('input[data-field="feed-url"], [data-field="feed-url"] input').fill(url)
      const interval = panel.locator(
        'input[data-field="feed-interval"], [data-field="feed-interval"] input',
      )
      await interval.fill('300')
      await interval.blur()
    }
    await new Promise((r) => setTimeout(r, 200))
    if (await save.isEnabled()) break
    if (attempt >= 50) throw new Error('实时数据源的「保存」一直不可用')
  }
  await save.click()
  await page.waitForFunction(
    (paused) => {
      const status = document.querySelector('[data-panel="feed-settings"] [data-feed-status]')
      if (!status || status.hasAttribute('data-feed-pulling')) return false
      return paused
        ? status.getAttribute('data-feed-state') === '已暂停'
        : status.getAttribute('data-feed-state') === '正常' &&
            status.hasAttribute('data-feed-last-success')
    },
    url === null,
    { timeout: 120000, polling: 100 },
  )
}

/**
 * With the app open at `appUrl` over the imported data: points 实时数据源 at the bench feed
 * through 数据管理; tops the stored data up to `nominal` events with one pull (the bench file
 * holds somewhat fewer than its name says); then measures `PULLS` pulls of `PAGES_PER_PULL`
 * pages from 实时看板.
 */
export async function benchFeedPulls(
  page: Page,
  appUrl: string,
  feed: BenchFeed,
  nominal: number,
): Promise<void> {
  // A fresh page: the demo's MSW service worker, started in this tab by the first open, would
  // answer any `…/sync` request until the tab is reloaded (it is left running when the source
  // changes). The worker then reads the stored data afresh, as when the app is opened again.
  await page.goto(`${appUrl}#/data`)
  await page.reload()
  const asked = feed.requests
  // Saving pulls at once: nothing is released yet, so it stores an empty page.
  await setFeedSource(page, appUrl, new URL('bench-feed', appUrl).href)
  if (feed.requests <= asked) throw new Error('保存设置后没有请求基准数据源')

  await page.goto(`${appUrl}#/realtime`)
  await page.waitForSelector('[data-board="realtime"][data-as-of][data-worker-ms]', {
    timeout: 120000,
  })
  const imported = await storedEvents(page)
  const topUpPages = feed.prepare(nominal - imported)
  const clock = new ZoneClock('Asia/Shanghai')
  const { first, last } = feed.span()
  console.log(
    `实时数据拉取(导入后已存 ${imported.toLocaleString('en-US')} 条事件;生成器自 ${feed.day} 起的数据,` +
      `整体移到 ${clock.formatInstant(first)} 至 ${clock.formatInstant(last)};看板的今天从 ` +
      `${clock.formatInstant(clock.startOfDay(clock.dayOf(Date.now() / 1000)))} 起):`,
  )
  const pull = async (pages: number): Promise<PullMeasure & { stored: number }> => {
    // Let the last answers and the page settle first.
    await new Promise((r) => setTimeout(r, 1000))
    feed.release(pages)
    const measured = (await page.evaluate(MEASURE_PULL)) as PullMeasure
    if (measured.added !== pages * PAGE_SIZE) {
      throw new Error(`拉取新增 ${measured.added} 条,应为 ${pages * PAGE_SIZE}`)
    }
    return { ...measured, stored: await storedEvents(page) }
  }
  if (topUpPages > 0) {
    const topUp = await pull(topUpPages)
    console.log(
      `  补足到 ${topUp.stored.toLocaleString('en-US')} 条(一次拉取 ${topUpPages} 页,不计入): ${line(topUp, undefined, false)}`,
    )
  }
  const rows: PullMeasure[] = []
  for (let n = 1; n <= PULLS; n++) {
    const measured = await pull(PAGES_PER_PULL)
    rows.push(measured)
    const shown = Object.entries(measured.figures ?? {})
      .map(([key, value]) => `${key} ${value ?? '–'}`)
      .join(',')
    console.log(
      `  第 ${n} 次(存后 ${measured.stored.toLocaleString('en-US')} 条): ${line(measured)};看板 ${shown}`,
    )
  }
  const pick = (value: (row: PullMeasure) => number): number => median(rows.map(value))
  console.log(
    `  中位数:                  ${line(
      {
        storeWorkerMs: pick((row) => row.storeWorkerMs),
        boardWorkerMs: pick((row) => row.boardWorkerMs),
        pullWallMs: pick((row) => row.pullWallMs),
        boardWallMs: pick((row) => row.boardWallMs),
      },
      pick((row) => row.storeWorkerMs + row.boardWorkerMs),
    )}`,
  )
}

/** One pull's figures; `total` for the median line (the median of the sums). */
function line(row: Omit<PullMeasure, 'added'>, total?: number, target = true): string {
  const sum = total ?? row.storeWorkerMs + row.boardWorkerMs
  const verdict = sum < TARGET_WORKER_MS ? '达标' : '超标'
  return (
    `worker 存 ${Math.round(row.storeWorkerMs)} ms + 看板 ${Math.round(row.boardWorkerMs)} ms = ` +
    `${Math.round(sum)} ms${target ? `(目标 < ${TARGET_WORKER_MS} ms,${verdict})` : ''};` +
    `刷新到存完 ${Math.round(row.pullWallMs)} ms,到看板显示新数字 ${Math.round(row.boardWallMs)} ms`
  )
}
