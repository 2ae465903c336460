// The live feed seen from outside the app: what IndexedDB holds (read in the page, in one
// transaction), the same data as a kf-dataset file for the report, the ids the demo feed must
// have delivered up to a stored cursor, and 实时看板's figures read off the page.
import { expect } from 'vitest'
import type { Page } from 'playwright-core'
import { decodeCursor, LiveFeedSource } from '../../mocks/liveFeed/liveFeedSource'
import { chunkEvents, type FeedRow, type ProblemRow } from '../../src/db/kfDatabase'
import type { KfEvent } from '../../src/domain/dataset/records'
import type { DirectoryRecord } from '../../src/domain/dataset/validateDirectory'
import { CARD_DENOMINATORS, ROW_DENOMINATORS } from './pageFigures'
import type { Report, ReportArgs } from '../../src/domain/report/reportTypes'
import { formatDay, parseDay } from '../../src/domain/time/zoneClock'
import { reportOf } from './fixtures'

/** One consistent read of the database (a single read-only transaction over every table). */
export interface StoredData {
  meta: { version: number; isDemo: boolean; timezone: string | null; nextSeq: number } | null
  /** The event chunks' JSON, in chunk order (= input order). */
  chunks: string[]
  directory: { kind: DirectoryRecord['kind']; records: DirectoryRecord[] }[]
  feed: FeedRow | null
  problems: ProblemRow[]
}

export async function readStored(page: Page): Promise<StoredData> {
  return page.evaluate(
    () =>
      new Promise<StoredData>((resolve, reject) => {
        const request = indexedDB.open('kf-stats')
        request.onupgradeneeded = () => request.transaction?.abort()
        request.onerror = () => reject(request.error ?? new Error('kf-stats 无法打开'))
        request.onsuccess = () => {
          const db = request.result
          const names = ['meta', 'eventChunks', 'directory', 'feed', 'problems']
          const tx = db.transaction(names, 'readonly')
          const all = (name: string) => {
            const got = tx.objectStore(name).getAll()
            return new Promise<unknown[]>((done) => (got.onsuccess = () => done(got.result)))
          }
          void Promise.all(names.map(all)).then(([meta, chunks, directory, feed, problems]) => {
            db.close()
            const metaRow = (meta as { key: string }[]).find((row) => row.key === 'dataset')
            const feedRow = (feed as { key: string }[]).find((row) => row.key === 'feed')
            resolve({
              meta: (metaRow ?? null) as StoredData['meta'],
              chunks: (chunks as { json: string }[]).map((row) => row.json),
              directory: directory as StoredData['directory'],
              feed: (feedRow ?? null) as StoredData['feed'],
              problems: problems as ProblemRow[],
            })
          })
          tx.onerror = () => reject(tx.error)
        }
      }),
  )
}

/** The stored events in input order. */
export function storedEvents(stored: StoredData): KfEvent[] {
  return stored.chunks.flatMap((json) => chunkEvents({ importId: 0, count: 0, json }))
}

const DIRECTORY_ORDER: DirectoryRecord['kind'][] = ['account', 'servicer', 'group', 'customer']

/** What is stored as a kf-dataset NDJSON file: meta, the directory in its order, the events. */
export function storedNdjson(stored: StoredData): string {
  const lines: unknown[] = [
    { record: 'meta', format: 'kf-dataset', version: 1, timezone: stored.meta?.timezone },
  ]
  for (const kind of DIRECTORY_ORDER) {
    const row = stored.directory.find((r) => r.kind === kind)
    for (const record of row?.records ?? []) lines.push({ record: kind, ...record.value })
  }
  for (const event of storedEvents(stored)) {
    const { seq: _seq, extra, ...fields } = event
    lines.push({ record: 'event', ...extra, ...fields })
  }
  return lines.map((line) => JSON.stringify(line)).join('\n') + '\n'
}

/** `npm run report` over what is stored; every stored event must import back as it was. */
export async function reportOfStored(stored: StoredData, args: ReportArgs): Promise<Report> {
  const report = await reportOf('stored.ndjson', storedNdjson(stored), args)
  const count = stored.chunks.reduce((n, json) => n + (JSON.parse(json) as unknown[]).length, 0)
  expect(report.import, 'the stored data imports back whole').toMatchObject({
    read: count,
    added: count,
    invalid: 0,
    conflicts: 0,
    duplicates: 0,
  })
  return report
}

// ——— the demo feed ———

export const DEMO_FEED_SEED = 1
const source = new LiveFeedSource({ seed: DEMO_FEED_SEED })

export interface LiveProgress {
  /** The demo source's stored cursor, decoded: (day, index). */
  day: string
  index: number
  /** The ids of the stored `live-` events, in input order. */
  stored: string[]
  /** The feed's ids from the first live day stored up to the cursor. */
  expected: string[]
}

/**
 * The stored `live-` events against the feed: from the first day stored (or the cursor's day)
 * every event of each day before the cursor's, then the first `index` of the cursor's day.
 */
export function liveProgress(stored: StoredData): LiveProgress {
  const text = stored.feed?.cursors.demo
  if (text === undefined) throw new Error('no demo cursor stored')
  const cursor = decodeCursor(text)
  if (cursor === null) throw new Error(`not a demo cursor: ${text}`)
  const ids = storedEvents(stored)
    .map((event) => event.id)
    .filter((id) => id.startsWith('live-'))
  const firstDate = /^live-(\d{4}-\d{2}-\d{2})-/.exec(ids[0] ?? '')?.[1]
  const first = firstDate !== undefined ? parseDay(firstDate)! : cursor.day
  const expected: string[] = []
  for (let day = first; day <= cursor.day; day += 1) {
    const events = source.day(day).events
    const upTo = day === cursor.day ? cursor.index : events.length
    for (const event of events.slice(0, upTo)) expected.push(event.id)
  }
  return { day: formatDay(cursor.day), index: cursor.index, stored: ids, expected }
}

/** Nothing lost, nothing doubled: the stored live events are exactly the feed up to its cursor. */
export function expectFeedPrefix(stored: StoredData): LiveProgress {
  const progress = liveProgress(stored)
  expect(new Set(progress.stored).size, 'no live event stored twice').toBe(progress.stored.length)
  expect(
    progress.stored,
    `live events = the feed up to ${progress.day} #${progress.index}`,
  ).toEqual(progress.expected)
  return progress
}

// ——— 实时看板 read off the page ———

export interface BoardFigure {
  value?: number | null
  num?: number
  den?: number
}

export interface BoardSnapshot {
  /** `data-as-of`, absent while the figures do not answer the current question. */
  asOf: string | null
  /** `data-version`: the stored data's version the figures were computed over. */
  version: number | null
  cards: Record<string, BoardFigure>
  /** By `servicer|account`: the row's figures and its 今日首次在线时间 (`<time datetime>`). */
  rows: Record<string, { figures: Record<string, BoardFigure>; firstOnline: string | null }>
  feed: {
    state: string | null
    pulling: boolean
    added: string | null
    problems: string | null
    lastSuccess: string | null
    detail: string
  }
  replayBanner: string | null
}

/** The board, its rows and the feed's status in one synchronous read of the page. */
export async function boardSnapshot(page: Page): Promise<BoardSnapshot> {
  return page.evaluate(() => {
    const figure = (el: HTMLElement) => {
      const { value, num, den } = el.dataset
      if (num !== undefined) return { num: Number(num), den: Number(den) }
      return { value: value === undefined ? null : Number(value) }
    }
    const board = document.querySelector<HTMLElement>('[data-board="realtime"]')
    const cards: Record<string, { value?: number | null; num?: number; den?: number }> = {}
    board
      ?.querySelectorAll<HTMLElement>('[data-section="今日数据"] [data-metric]')
      .forEach((el) => (cards[el.dataset.metric!] = figure(el)))
    const rows: BoardSnapshot['rows'] = {}
    board?.querySelectorAll<HTMLElement>('tr[data-servicer]').forEach((row) => {
      const figures: Record<string, { value?: number | null; num?: number; den?: number }> = {}
      row
        .querySelectorAll<HTMLElement>('[data-metric]')
        .forEach((el) => (figures[el.dataset.metric!] = figure(el)))
      const time = row.querySelector('time[datetime]')
      rows[`${row.dataset.servicer}|${row.dataset.account}`] = {
        figures,
        firstOnline: time?.getAttribute('datetime') ?? null,
      }
    })
    const status = document.querySelector<HTMLElement>('[data-feed-status]')
    const banner = document.querySelector<HTMLElement>('[data-replay]')
    return {
      asOf: board?.dataset.asOf ?? null,
      version: board?.dataset.version === undefined ? null : Number(board.dataset.version),
      cards,
      rows,
      feed: {
        state: status?.dataset.feedState ?? null,
        pulling: status?.dataset.feedPulling === '1',
        added: status?.dataset.feedAdded ?? null,
        problems: status?.dataset.feedProblems ?? null,
        lastSuccess: status?.dataset.feedLastSuccess ?? null,
        detail: status?.querySelector('[data-feed-detail]')?.textContent ?? '',
      },
      replayBanner: banner ? (banner.textContent ?? '') : null,
    }
  })
}

const BOARD_CARDS = [
  'queue',
  'servicers_receiving',
  'sessions_in_human',
  'replied',
  'human_sessions',
  'first_response_seconds',
  'satisfied',
  'surveys_sent',
  'surveys_answered',
]
const ROW_FIGURES = [
  'status',
  'online_seconds',
  'ongoing_sessions',
  'reception_limit',
  'today_segments',
  'replied',
  'first_response_seconds',
  'surveys_answered',
  'satisfied',
  'middling',
  'dissatisfied',
]

function expectFigure(
  where: string,
  figure: BoardFigure,
  values: Record<string, unknown>,
  metric: string,
  denominators: Record<string, string>,
): void {
  if ('num' in figure) {
    expect(figure.num, `${where} ${metric} (numerator)`).toBe(values[metric])
    expect(figure.den, `${where} ${metric} (denominator)`).toBe(values[denominators[metric]!])
  } else {
    expect(figure.value, `${where} ${metric}`).toBe(values[metric])
  }
}

/** Every card and every staff row of the board equals the report's `realtime` block. */
export function expectBoardEqualsReport(board: BoardSnapshot, report: Report): void {
  expect(report.as_of, 'the report answers the moment the board shows').toBe(board.asOf)
  const realtime = report.realtime
  expect(Object.keys(board.cards).sort(), 'the nine cards').toEqual([...BOARD_CARDS].sort())
  const cardValues: Record<string, unknown> = {
    ...realtime.today,
    queue: realtime.queue,
    servicers_receiving: realtime.servicers_receiving,
    sessions_in_human: realtime.sessions_in_human,
  }
  for (const [metric, figure] of Object.entries(board.cards)) {
    expectFigure('card', figure, cardValues, metric, CARD_DENOMINATORS)
  }
  const expectedKeys = realtime.staff.map((row) => `${row.servicer_userid}|${row.open_kfid}`)
  expect(Object.keys(board.rows).sort(), 'one row per (servicer, account)').toEqual(
    [...expectedKeys].sort(),
  )
  for (const row of realtime.staff) {
    const key = `${row.servicer_userid}|${row.open_kfid}`
    const shown = board.rows[key]!
    expect(Object.keys(shown.figures).sort(), key).toEqual([...ROW_FIGURES].sort())
    for (const [metric, figure] of Object.entries(shown.figures)) {
      expectFigure(key, figure, row as unknown as Record<string, unknown>, metric, ROW_DENOMINATORS)
    }
    expect(shown.firstOnline, `${key} first_online_at`).toBe(row.first_online_at)
  }
}
