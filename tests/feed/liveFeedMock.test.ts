// The live feed mock (mocks/liveFeed): deterministic from a seed and the moment, later moments
// give more of the same, ids never meet the demo's, the day turns without losing anything, and
// the handlers carry nothing of Node.
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
import { DEMO_OPTIONS } from '../../src/workers/demoData'
import { pullFeed, type FeedPage } from '../../src/workers/feed/feedClient'

const FEED = 'https://feed.test'
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

    // The first-open demo (seed 1), whether it ends today or yesterday.
    for (const endDate of ['2026-11-19', '2026-11-20']) {
      const demo = generateDataset({ ...DEMO_OPTIONS, endDate })
      for (const event of demo.events()) expect(ids.has(event.id)).toBe(false)
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
    expect(inHours(10, 12)).toBeGreaterThan(5 * inHours(2, 4))
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
