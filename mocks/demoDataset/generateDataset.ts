// A seeded, deterministic demo dataset (kf-dataset v1) for 客服统计: three accounts, fifteen
// servicers in four groups, and a month (or any span) of conversations. Pure: no clock, no
// Math.random; the same options always give the same records.
import { ACCOUNT_MODELS, GROUPS, SERVICER_MODELS, makeCustomers } from './directory'
import { EventQueue } from './eventQueue'
import { Schedule, type Day } from './schedule'
import { SeededRandom, deriveSeed } from './seededRandom'
import { Simulation } from './simulation'
import type { DemoDataset, DemoEvent, GenerateOptions } from './types'
import { ZoneCalendar, dateOfDayNumber, dayNumberOfDate, isValidTimeZone } from './zonedTime'

export type { DemoDataset, DemoEvent, GenerateOptions } from './types'

export const DEFAULT_TIMEZONE = 'Asia/Shanghai'
export const DEFAULT_EVENTS_PER_DAY = 700
export const MAX_DAYS = 3660

/**
 * Relative session volume by local hour: a 24-hour service, quieter at night (1.5 at 03:00–05:00
 * against 4.4 at 11:00), peaks 10–12, 14–17 and 20–22. With the stratified starts below, the
 * quietest hour of a 10,000-event day (~650 sessions) still has a session start at most ~9
 * minutes after the one before, so every 10 minutes bring events (down to ~570 sessions a day,
 * ~8,700 events; fewer, and a quiet window may be empty).
 */
const HOUR_WEIGHTS = [
  2.4, 1.9, 1.6, 1.5, 1.5, 1.6, 1.9, 2.3, 2.8, 3.4, 4.2, 4.4, 3.0, 3.2, 4.0, 4.2, 4.0, 3.1, 2.6,
  2.9, 3.9, 4.1, 3.4, 2.9,
]

/** Sunday … Saturday. */
const WEEKDAY_FACTORS = [1.1, 0.95, 0.95, 0.97, 1.0, 1.05, 1.15]

/** Events per session before calibration (only used to size the calibration sample). */
const PRIOR_EVENTS_PER_SESSION = 19

function checkOptions(options: GenerateOptions): void {
  if (!Number.isSafeInteger(options.seed)) throw new RangeError('seed 应为整数')
  if (dayNumberOfDate(options.endDate) === null) {
    throw new RangeError(`endDate「${options.endDate}」不是有效日期，应为 YYYY-MM-DD`)
  }
  if (!Number.isInteger(options.days) || options.days < 1 || options.days > MAX_DAYS) {
    throw new RangeError(`days 应为 1 到 ${MAX_DAYS} 之间的整数`)
  }
  const target = options.targetEvents
  if (target !== undefined && (!Number.isSafeInteger(target) || target < 0)) {
    throw new RangeError('targetEvents 应为非负整数')
  }
  const zone = options.timezone
  if (zone !== undefined && !isValidTimeZone(zone)) throw new RangeError(`未知时区「${zone}」`)
}

const HOUR_TOTAL = HOUR_WEIGHTS.reduce((a, b) => a + b, 0)

/**
 * Session start times of one day, in order, following HOUR_WEIGHTS, stratified: the i-th of n
 * starts at a random point of the i-th n-quantile, so even a quiet hour's few sessions are
 * spread over it (two starts are never more than two quantiles apart), not clumped by chance.
 */
function sessionStarts(rng: SeededRandom, day: Day, count: number): number[] {
  const length = day.end - day.start
  const starts: number[] = []
  let hour = 0
  let before = 0 // the weight of the hours before `hour`
  for (let i = 0; i < count; i++) {
    const target = ((i + rng.next()) / count) * HOUR_TOTAL
    while (hour < 23 && before + (HOUR_WEIGHTS[hour] as number) <= target) {
      before += HOUR_WEIGHTS[hour] as number
      hour += 1
    }
    const at = hour + Math.min(1, (target - before) / (HOUR_WEIGHTS[hour] as number))
    starts.push(day.start + Math.min(length - 1, Math.floor((at * length) / 24)))
  }
  return starts
}

/** Splits `total` sessions over the days: weekdays, a slow upward trend, noise, one promo day. */
function sessionsPerDay(rng: SeededRandom, days: readonly Day[], total: number): number[] {
  const factors = days.map((day, i) => {
    const weekday = ((day.dayNumber % 7) + 4 + 7) % 7
    const trend = 0.95 + (0.1 * i) / Math.max(1, days.length - 1)
    return (WEEKDAY_FACTORS[weekday] as number) * trend * rng.float(0.88, 1.12)
  })
  if (days.length >= 14) {
    const promo = rng.int(Math.floor(days.length / 3), days.length - 2)
    factors[promo] = (factors[promo] as number) * 1.6
  }
  const sum = factors.reduce((a, b) => a + b, 0)
  const counts: number[] = []
  let cumulative = 0
  let assigned = 0
  for (const f of factors) {
    cumulative += (total * f) / sum
    const upTo = Math.round(cumulative)
    counts.push(upTo - assigned)
    assigned = upTo
  }
  return counts
}

/** Customers in the directory: enough that most come once or twice, some often. */
const customerCount = (sessions: number): number => Math.max(30, Math.round(sessions * 0.6))

/**
 * Mean events per session (skipped sessions included) at the load the real run will have:
 * whole days are played at the planned rate with throw-away simulations on their own random
 * stream, until about 1,500 sessions have been seen.
 */
function calibrate(
  seed: number,
  schedule: Schedule,
  days: readonly Day[],
  sessionsPerDayRough: number,
  customers: number,
): number {
  const perDay = Math.max(1, Math.round(sessionsPerDayRough))
  const runs = Math.min(60, Math.ceil(1500 / perDay))
  const rng = new SeededRandom(deriveSeed(seed, 'calibration'))
  const ids = Array.from({ length: customers }, (_, i) => `c${i}`)
  let sessions = 0
  let events = 0
  for (let run = 0; run < runs; run++) {
    const day = days[(Math.floor(days.length / 2) + run) % days.length] as Day
    const sim = new Simulation(rng, schedule, ids, 'cal')
    for (const start of sessionStarts(rng, day, perDay)) {
      events += sim.simulateSession(start, () => undefined)
      sessions += 1
    }
  }
  return Math.max(1, events / sessions)
}

export function generateDataset(options: GenerateOptions): DemoDataset {
  checkOptions(options)
  const { seed, days } = options
  const timezone = options.timezone ?? DEFAULT_TIMEZONE
  const calendar = new ZoneCalendar(timezone)
  const lastDay = dayNumberOfDate(options.endDate) as number
  const firstDay = lastDay - days + 1

  // The plan covers one day before the range (whose night shift goes off at the range's first
  // moment) and one after, so a night's queue can wait for the morning shift.
  const planDays: Day[] = []
  let start = calendar.startOfDay(firstDay - 1)
  for (let n = firstDay - 1; n <= lastDay + 1; n++) {
    const end = calendar.startOfDay(n + 1)
    planDays.push({ dayNumber: n, start, end })
    start = end
  }
  const rangeDays = planDays.slice(1, days + 1)
  const schedule = new Schedule(seed, calendar, planDays)

  let statusEvents = 0
  for (const day of rangeDays) statusEvents += schedule.changesOn(day.dayNumber).length
  const target = options.targetEvents ?? days * DEFAULT_EVENTS_PER_DAY
  const forSessions = Math.max(0, target - statusEvents)
  let totalSessions = 0
  if (forSessions > 0) {
    const roughPerDay = forSessions / days / PRIOR_EVENTS_PER_SESSION
    const customers = customerCount(roughPerDay * days)
    const perSession = calibrate(seed, schedule, rangeDays, roughPerDay, customers)
    totalSessions = Math.round(forSessions / perSession)
  }
  const perDay = sessionsPerDay(
    new SeededRandom(deriveSeed(seed, 'days')),
    rangeDays,
    totalSessions,
  )

  const customers = makeCustomers(
    new SeededRandom(deriveSeed(seed, 'customers')),
    customerCount(totalSessions),
  )
  const customerIds = customers.map((c) => c.external_userid)
  const idTag = seed < 0 ? `n${(-seed).toString(36)}` : seed.toString(36)

  function* events(): Generator<DemoEvent, void, undefined> {
    // A stream of its own per first day: days generated one at a time (the live feed) differ.
    const rng = new SeededRandom(deriveSeed(seed, `sessions ${firstDay}`))
    const sim = new Simulation(rng, schedule, customerIds, idTag)
    const queue = new EventQueue()
    const push = (event: DemoEvent): void => queue.push(event)
    for (let i = 0; i < rangeDays.length; i++) {
      const day = rangeDays[i] as Day
      // Every event pushed from here on is at or after day.start, so all before day.end are final.
      for (const change of schedule.changesOn(day.dayNumber)) {
        queue.push({
          id: sim.nextId('sts'),
          type: 'servicer_status',
          time: change.time,
          servicer_userid: change.userid,
          status: change.status,
        })
      }
      for (const at of sessionStarts(rng, day, perDay[i] as number)) sim.simulateSession(at, push)
      while (queue.peekTime() < day.end) yield queue.pop() as DemoEvent
    }
    // Whatever is left happens after the last day: not part of the dataset.
  }

  const first = rangeDays[0] as Day
  const last = rangeDays[rangeDays.length - 1] as Day
  return {
    meta: { format: 'kf-dataset', version: 1, timezone },
    startDate: dateOfDayNumber(firstDay),
    endDate: dateOfDayNumber(lastDay),
    start: first.start,
    end: last.end,
    directory: {
      accounts: ACCOUNT_MODELS.map((m) => ({ ...m.account })),
      servicers: SERVICER_MODELS.map((m) => ({ ...m.servicer })),
      groups: GROUPS.map((g) => ({
        ...g,
        open_kfids: [...g.open_kfids],
        servicer_userids: [...g.servicer_userids],
      })),
      customers,
    },
    events,
  }
}
