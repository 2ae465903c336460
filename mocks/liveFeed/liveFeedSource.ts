// Today's traffic for the demo's accounts, served by the feed contract (src/domain/feed): the
// seeded generator plays each day on its own (`days: 1`), the feed hands out the events that
// have happened by `now`, in order, under ids of their own. Pure and browser-safe: no Node, no
// clock of its own (`now` is given), no Math.random.
import type { SyncResponse } from '../../src/domain/feed/feedContract'
import { MAX_FEED_LIMIT } from '../../src/domain/feed/feedContract'
import { formatDay, parseDay, ZoneClock } from '../../src/domain/time/zoneClock'
import { generateDataset } from '../demoDataset/generateDataset'
import type { DemoDirectory, DemoEvent } from '../demoDataset/types'

export interface LiveFeedSourceOptions {
  seed: number
  timezone?: string
  /**
   * About this many events a whole day (default 10,000: busy enough that every 10 minutes of the
   * day, night included, bring several, and in the day time nearly every minute, and so every
   * pull, brings something; the night shift keeps someone 接待中 at every hour).
   */
  eventsPerDay?: number
}

/** A position in the feed: a day (day number in the zone) and how many of its events were sent. */
export interface LiveCursor {
  day: number
  index: number
}

interface LiveDay {
  /** Every event of the day (the day's whole plan), re-IDed, in time order. */
  events: DemoEvent[]
  directory: DemoDirectory
}

const CURSOR_PREFIX = 'live1:'

export const DEFAULT_EVENTS_PER_DAY = 10_000

/** Opaque text for (day, index). */
export function encodeCursor(cursor: LiveCursor): string {
  return btoa(`${CURSOR_PREFIX}${formatDay(cursor.day)}:${cursor.index}`).replace(/=+$/, '')
}

/** The (day, index) of a cursor this feed made, or null. */
export function decodeCursor(text: string): LiveCursor | null {
  let plain: string
  try {
    plain = atob(text)
  } catch {
    return null
  }
  const match = /^live1:(\d{4}-\d{2}-\d{2}):(\d{1,9})$/.exec(plain)
  if (!match) return null
  const day = parseDay(match[1] as string)
  return day === null ? null : { day, index: Number(match[2]) }
}

/** `live-<date>-<generator id>`: never one of the demo's ids, nor another day's. */
export function liveId(day: number, id: string): string {
  return `live-${formatDay(day)}-${id}`
}

export class BadSyncRequest extends Error {}

/** A page for `limit` ∈ 1…1000 (a number outside is clamped, anything else means 1000). */
export function pageLimit(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return MAX_FEED_LIMIT
  return Math.min(MAX_FEED_LIMIT, Math.max(1, Math.floor(value)))
}

export class LiveFeedSource {
  readonly seed: number
  readonly clock: ZoneClock
  readonly eventsPerDay: number
  private readonly days = new Map<number, LiveDay>()

  constructor(options: LiveFeedSourceOptions) {
    this.seed = options.seed
    this.clock = new ZoneClock(options.timezone ?? 'Asia/Shanghai')
    this.eventsPerDay = options.eventsPerDay ?? DEFAULT_EVENTS_PER_DAY
  }

  /** The whole day's plan (cached: the three days used last). */
  day(day: number): LiveDay {
    let found = this.days.get(day)
    if (!found) {
      const dataset = generateDataset({
        seed: this.seed,
        endDate: formatDay(day),
        days: 1,
        targetEvents: this.eventsPerDay,
        timezone: this.clock.timeZone,
      })
      const events: DemoEvent[] = []
      for (const event of dataset.events()) events.push({ ...event, id: liveId(day, event.id) })
      found = { events, directory: dataset.directory }
      this.days.set(day, found)
      if (this.days.size > 3) this.days.delete(this.days.keys().next().value as number)
    }
    return found
  }

  /** How many of the day's events have happened by `now` (epoch seconds; an event at now has). */
  happened(day: number, now: number): number {
    const events = this.day(day).events
    let lo = 0
    let hi = events.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((events[mid] as DemoEvent).time <= now) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /** The events a fresh client has after pulling everything at `now` (today's, up to now). */
  eventsUpTo(now: number): DemoEvent[] {
    const today = this.clock.dayOf(Math.floor(now))
    return this.day(today).events.slice(0, this.happened(today, Math.floor(now)))
  }

  /**
   * The answer to `{ cursor, limit }` at `now`. A null cursor starts at today's first event. A
   * day before today is sent to its end, then the cursor moves to the next day; today is sent
   * up to now. The directory comes with a day's first page. `replayPrevious`: send the page
   * before the cursor again instead (a duplicated page), the cursor unmoved.
   */
  serve(
    request: { cursor: string | null; limit: number },
    nowSeconds: number,
    replayPrevious = false,
  ): SyncResponse {
    const now = Math.floor(nowSeconds)
    const today = this.clock.dayOf(now)
    const at = request.cursor === null ? { day: today, index: 0 } : decodeCursor(request.cursor)
    if (at === null) throw new BadSyncRequest(`无效的 cursor「${request.cursor}」`)
    if (at.day > today) {
      // A cursor from a later day (the clock went back): nothing yet.
      return { next_cursor: encodeCursor(at), has_more: 0, events: [] }
    }
    const limit = request.limit
    const available = at.day < today ? this.day(at.day).events.length : this.happened(today, now)
    const index = Math.min(at.index, available)
    const replay = replayPrevious && index > 0
    const from = replay ? Math.max(0, index - limit) : index
    const to = replay ? index : Math.min(available, index + limit)
    const events = this.day(at.day).events.slice(from, to)
    let next: LiveCursor = { day: at.day, index: to }
    let hasMore: 0 | 1 = to < available ? 1 : 0
    if (to >= available && at.day < today) {
      next = { day: at.day + 1, index: 0 }
      hasMore = 1
    }
    const response: SyncResponse = { next_cursor: encodeCursor(next), has_more: hasMore, events }
    if (index === 0 && !replay) response.directory = copyDirectory(this.day(at.day))
    return response
  }
}

function copyDirectory(day: LiveDay): DemoDirectory {
  const d = day.directory
  return {
    accounts: d.accounts.map((a) => ({ ...a })),
    servicers: d.servicers.map((s) => ({ ...s })),
    groups: d.groups.map((g) => ({
      ...g,
      open_kfids: [...g.open_kfids],
      servicer_userids: [...g.servicer_userids],
    })),
    customers: d.customers.map((c) => ({ ...c })),
  }
}
