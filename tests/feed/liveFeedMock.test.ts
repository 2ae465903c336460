// The live feed mock (mocks/liveFeed): deterministic from a seed and the moment, later moments
// give more of the same, ids never meet the demo's, the day turns without losing anything, and
// the handlers carry nothing of Node.
import { http, HttpResponse } from 'msw'
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { generateDataset } from '../../mocks/demoDataset/generateDataset'
import { createLiveFeed, type LiveFeedOptions } from '../../mocks/liveFeed/handlers'
import {
  decodeCursor,
  encodeCursor,
  LiveFeedSource,
  pageLimit,
} from '../../mocks/liveFeed/liveFeedSource'
import { validateEvent } from '../../src/domain/dataset/validateEvent'
import { validateDirectoryRecord } from '../../src/domain/dataset/validateDirectory'
import { parseDay } from '../../src/domain/time/zoneClock'
import { parseEventTime } from '../../src/domain/time/eventTime'
import { generateDemoData } from '../../src/workers/demoData'
import { pullFeed, type FeedPage } from '../../src/liveFeed/feedClient'

const FEED = 'https://feed.test/demo-feed'
const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const at = (iso: string) => Date.parse(iso) / 1000
const DAY_START = at('2026-11-20T00:00:00+08:00')
const M = at('2026-11-20T11:00:00+08:00')

/** Everything a fresh client gets from a new mock at `now`, page by page. */
async function pullAll(options: Omit<LiveFeedOptions, 'now'>, now: number, limit = 1000) {
  server.resetHandlers()
  let clock = now
  const feed = createLiveFeed({ ...options, now: () => clock })
  server.use(...feed.handlers)
  const pages: FeedPage[] = []
  const result = await pullFeed({
    feedUrl: FEED,
    cursor: null,
    limit,
    onPage: (page) => void pages.push(page),
  })
  const events = pages.flatMap((p) => p.events) as { id: string; time: number }[]
  return { feed, pages, result, events, setNow: (t: number) => (clock = t) }
}

describe('the live feed mock', () => {
  it('answers only …/demo-feed/sync: a company feed address in the same tab is never the demo', async () => {
    const feed = createLiveFeed({ seed: 1, now: () => M })
    server.use(
      ...feed.handlers,
      http.post('https://kf.example.com/feed/sync', () =>
        HttpResponse.json({ next_cursor: 'own', has_more: 0, events: [] }),
      ),
    )
    const own = await fetch('https://kf.example.com/feed/sync', {
      method: 'POST',
      body: '{"cursor":null,"limit":10}',
    })
    expect(await own.json()).toEqual({ next_cursor: 'own', has_more: 0, events: [] })
    expect(feed.requests).toBe(0)
    const demo = await fetch(`${FEED}/sync`, { method: 'POST', body: '{"cursor":null,"limit":10}' })
    expect(((await demo.json()) as { events: unknown[] }).events).toHaveLength(10)
    expect(feed.requests).toBe(1)
  })

  it('gives the same events with the same ids for the same seed and moment', async () => {
    const a = await pullAll({ seed: 1, eventsPerDay: 3000 }, M, 1000)
    const b = await pullAll({ seed: 1, eventsPerDay: 3000 }, M, 137)
    expect(a.events.length).toBeGreaterThan(100)
    expect(b.events).toEqual(a.events)
    // Pages of 137: ⌈n / 137⌉ of them.
    expect(b.pages).toHaveLength(Math.ceil(a.events.length / 137))
    const other = await pullAll({ seed: 2, eventsPerDay: 3000 }, M)
    expect(other.events.map((e) => e.id)).not.toEqual(a.events.map((e) => e.id))
  })

  it('a later moment gives a superset: the same events first, then only newer ones', async () => {
    const early = await pullAll({ seed: 1, eventsPerDay: 3000 }, M)
    const late = await pullAll({ seed: 1, eventsPerDay: 3000 }, M + 2 * 3600)
    expect(late.events.length).toBeGreaterThan(early.events.length)
    expect(late.events.slice(0, early.events.length)).toEqual(early.events)
    for (const event of late.events.slice(early.events.length)) {
      expect(event.time).toBeGreaterThan(M)
      expect(event.time).toBeLessThanOrEqual(M + 2 * 3600)
    }
  })

  it('plays exactly the generator’s day up to now, valid, under live ids the demo never uses', async () => {
    const { events, pages } = await pullAll({ seed: 1, eventsPerDay: 3000 }, M, 200)
    expect(pages.length).toBeGreaterThan(1)
    const day = [
      ...generateDataset({ seed: 1, endDate: '2026-11-20', days: 1, targetEvents: 3000 }).events(),
    ]
    const upToNow = day.filter((e) => e.time <= M)
    expect(events).toEqual(upToNow.map((e) => ({ ...e, id: `live-2026-11-20-${e.id}` })))
    for (const event of events) {
      expect(event.time).toBeGreaterThanOrEqual(DAY_START)
      expect(event.time).toBeLessThanOrEqual(M)
      expect(validateEvent(event, 0, parseEventTime)).toMatchObject({ ok: true })
    }
    const ids = new Set(events.map((e) => e.id))
    expect(ids.size).toBe(events.length)

    // The first-open demo (seed 1) ends yesterday: nothing of today, none of these ids.
    const demo = await generateDemoData(M)
    for (const event of demo.events as { id: string; time: number }[]) {
      expect(event.time).toBeLessThan(DAY_START)
      expect(ids.has(event.id)).toBe(false)
    }

    // The directory came with the first page only, and all of it is valid.
    expect(pages[0]!.directory).toBeDefined()
    expect(pages.slice(1).every((p) => p.directory === undefined)).toBe(true)
    const d = pages[0]!.directory!
    expect(d.accounts).toHaveLength(3)
    expect(d.servicers).toHaveLength(15)
    expect(d.groups).toHaveLength(4)
    const kinds = [
      ['account', d.accounts],
      ['servicer', d.servicers],
      ['group', d.groups],
      ['customer', d.customers],
    ] as const
    for (const [kind, list] of kinds) {
      for (const record of list ?? []) {
        expect(validateDirectoryRecord(kind, record)).toMatchObject({ ok: true })
      }
    }
  })

  it('finishes yesterday before today when the day turns, and sends the directory again', async () => {
    const evening = at('2026-11-20T23:50:00+08:00')
    const morning = at('2026-11-21T00:10:00+08:00')
    const first = await pullAll({ seed: 4, eventsPerDay: 3000 }, evening)
    const cursor = first.result.cursor
    first.setNow(morning)
    const pages: FeedPage[] = []
    await pullFeed({ feedUrl: FEED, cursor, onPage: (page) => void pages.push(page) })
    const got = pages.flatMap((p) => p.events as { id: string }[]).map((e) => e.id)

    const gen = (endDate: string) => [
      ...generateDataset({ seed: 4, endDate, days: 1, targetEvents: 3000 }).events(),
    ]
    const rest20 = gen('2026-11-20')
      .filter((e) => e.time > evening)
      .map((e) => `live-2026-11-20-${e.id}`)
    const early21 = gen('2026-11-21')
      .filter((e) => e.time <= morning)
      .map((e) => `live-2026-11-21-${e.id}`)
    expect(got).toEqual([...rest20, ...early21])
    // 20th: the rest (one page, has_more 1 and the cursor on the 21st); 21st: first page.
    expect(pages.map((p) => [p.hasMore, p.directory !== undefined])).toEqual([
      [true, false],
      [false, true],
    ])
    expect(decodeCursor(pages[0]!.nextCursor)).toEqual({ day: parseDay('2026-11-21'), index: 0 })
    expect(decodeCursor(pages[1]!.nextCursor)).toEqual({
      day: parseDay('2026-11-21'),
      index: early21.length,
    })
  })

  it('a whole day has busy hours, queues, shifts, transfers, surveys and upgrades', () => {
    const source = new LiveFeedSource({ seed: 1 }) // the default volume
    const day = source.day(parseDay('2026-11-20')!).events
    expect(day.length).toBeGreaterThan(8000)
    const hourOf = (t: number) => Math.floor((t - DAY_START) / 3600)
    const inHours = (from: number, to: number) =>
      day.filter((e) => hourOf(e.time) >= from && hourOf(e.time) < to).length
    // HOUR_WEIGHTS: 10–12 weigh 8.6, 2–4 weigh 3.1 (a 24-hour service, quieter at night).
    expect(inHours(10, 12)).toBeGreaterThan(2 * inHours(2, 4))
    const count = (predicate: (e: (typeof day)[number]) => boolean) => day.filter(predicate).length
    expect(count((e) => e.type === 'state' && e.state === 2)).toBeGreaterThan(0)
    expect(count((e) => e.type === 'servicer_status' && e.status === 1)).toBeGreaterThan(0)
    expect(count((e) => e.type === 'servicer_status' && e.status === 2)).toBeGreaterThan(0)
    expect(count((e) => e.type === 'survey_sent')).toBeGreaterThan(0)
    expect(count((e) => e.type === 'survey_reply')).toBeGreaterThan(0)
    expect(count((e) => e.type === 'upgrade_invite')).toBeGreaterThan(0)
    // A transfer: state 3 for one servicer, then state 3 for another, in one conversation.
    const lastServicer = new Map<string, string>()
    let transfers = 0
    for (const e of day) {
      if (e.type !== 'state') continue
      const pair = `${e.open_kfid}/${e.external_userid}`
      if (e.state === 3) {
        const before = lastServicer.get(pair)
        if (before !== undefined && before !== e.servicer_userid) transfers += 1
        lastServicer.set(pair, e.servicer_userid!)
      } else if (e.state === 4) lastServicer.delete(pair)
    }
    expect(transfers).toBeGreaterThan(0)
  })

  // By design: session starts are spread over the day by HOUR_WEIGHTS, stratified (the i-th of n
  // in the i-th n-quantile), and the quietest hour weighs 1.5 of 70.8. At the default volume
  // (~650 sessions a day) that hour has ~14 starts, each at most ~9 minutes after the one
  // before, and a start is an event: no 10-minute window is empty, and a night window has tens
  // of events on average. The night shift keeps two of its three on duty every day with breaks
  // that never overlap: someone is 接待中 all night, and all of them at 00:00 (no break yet).
  const aliveCases: [timezone: string, date: string, hours: number][] = [
    // A week in Shanghai (no DST), Monday to Sunday: every pattern of days off.
    ...['16', '17', '18', '19', '20', '21', '22'].map((d): [string, string, number] => [
      'Asia/Shanghai',
      `2026-11-${d}`,
      24,
    ]),
    ['Asia/Shanghai', '2026-03-29', 24], // Berlin's spring-forward day, no change here
    ['Europe/Berlin', '2026-03-29', 23],
    ['Europe/Berlin', '2026-10-25', 25],
  ]
  it.each(aliveCases)('is alive at every hour: %s %s', (timezone, date, hours) => {
    const source = new LiveFeedSource({ seed: 1, timezone }) // the default volume
    const day = parseDay(date)!
    const events = source.day(day).events
    const start = source.clock.startOfDay(day)
    const end = source.clock.startOfDay(day + 1)
    expect(end - start).toBe(hours * 3600)

    const windows = new Array<number>((end - start) / 600).fill(0)
    for (const e of events) windows[Math.floor((e.time - start) / 600)]! += 1
    const empty = windows.flatMap((n, i) => (n === 0 ? [`${i * 10} min`] : []))
    expect(empty).toEqual([])
    const night = windows.slice(0, 36)
    expect(night.reduce((a, b) => a + b, 0) / night.length).toBeGreaterThan(10)

    // At each full hour 00:00–06:00 (hours after midnight): servicers whose last status event
    // at or before it is 1.
    for (let h = 0; h <= 6; h++) {
      const moment = start + h * 3600
      const status = new Map<string, number>()
      for (const e of events) {
        if (e.time > moment) break
        if (e.type === 'servicer_status') status.set(e.servicer_userid, e.status)
      }
      const online = [...status.values()].filter((s) => s === 1).length
      expect(online, `${date} ${h}:00`).toBeGreaterThanOrEqual(h === 0 ? 2 : 1)
    }
  })

  it('its cursor is opaque text that only it reads back; limits are clamped to 1–1000', () => {
    const cursor = encodeCursor({ day: parseDay('2026-11-20')!, index: 42 })
    expect(cursor).not.toContain('2026')
    expect(decodeCursor(cursor)).toEqual({ day: parseDay('2026-11-20'), index: 42 })
    expect(decodeCursor('not a cursor!')).toBeNull()
    expect(decodeCursor(btoa('live1:2026-13-40:1'))).toBeNull()
    expect([0, 1, 999.9, 1000, 5000, Number.NaN, '50'].map(pageLimit)).toEqual([
      1, 1, 999, 1000, 1000, 1000, 1000,
    ])
  })

  it('plays each fault once, then is well', async () => {
    const { feed } = await pullAll({ seed: 1, eventsPerDay: 3000 }, M)
    feed.inject('networkError', 'notContract', 'status500', 'garbage')
    const once = () =>
      pullFeed({ feedUrl: FEED, cursor: null, onPage: () => undefined }).then(
        () => 'ok',
        (e: { kind: string }) => e.kind,
      )
    expect([await once(), await once(), await once(), await once(), await once()]).toEqual([
      'network',
      'body',
      'http',
      'body',
      'ok',
    ])
  })

  it('the handlers import nothing of Node (they also run in the browser)', () => {
    const seen = new Set<string>()
    const walk = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      const text = readFileSync(file, 'utf8')
      for (const [, spec] of text.matchAll(/^import[^'"]*from '([^']+)'/gm)) {
        expect(spec).not.toMatch(/^node:|^(fs|path|os|url|child_process)$|^msw\/node/)
        if (spec!.startsWith('.')) walk(resolve(dirname(file), `${spec}.ts`))
      }
    }
    walk(join(__dirname, '../../mocks/liveFeed/handlers.ts'))
    expect(seen.size).toBeGreaterThan(5)
  })
})
