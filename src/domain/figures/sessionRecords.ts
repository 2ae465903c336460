// metrics.md §6 会话记录: one row per session, after the filters, started in the range.
import type { Rating, ServiceState } from '../dataset/records'
import type { Session } from '../replay/replayTypes'
import type { Replay } from '../replay/replayTypes'
import type { ZoneClock } from '../time/zoneClock'
import {
  countUpTo,
  firstResponseAt,
  segmentsAt,
  sessionEndAt,
  sessionRatingAt,
  sessionStateAt,
} from './asOf'
import { DayBuckets, type DayRange } from './dayRange'
import { sessionHasServicer, sessionPasses, type FigureFilters } from './filters'
import { compareCodeUnits } from './staff'

export interface SessionRecord {
  session: Session
  open_kfid: string
  external_userid: string
  start: number
  end: number | null
  state: ServiceState
  /** Each once, in the order of their first human segment. */
  servicers: string[]
  groups: string[]
  /** Seconds from start to end, or to `as_of` while open. */
  duration: number
  first_response_seconds: number | null
  customer_messages: number
  servicer_messages: number
  rating: Rating | null
}

export interface SessionQuery {
  range: DayRange
  asOf: number
  filters: FigureFilters
}

export function sessionRecordAt(session: Session, asOf: number): SessionRecord {
  const servicers: string[] = []
  const groups: string[] = []
  for (const segment of segmentsAt(session, asOf)) {
    if (segment.servicer === null) continue
    if (!servicers.includes(segment.servicer)) servicers.push(segment.servicer)
    if (segment.group !== null && !groups.includes(segment.group)) groups.push(segment.group)
  }
  const end = sessionEndAt(session, asOf)
  return {
    session,
    open_kfid: session.open_kfid,
    external_userid: session.external_userid,
    start: session.start,
    end,
    state: sessionStateAt(session, asOf).state,
    servicers,
    groups,
    duration: (end ?? asOf) - session.start,
    first_response_seconds: firstResponseAt(session, asOf),
    customer_messages: countUpTo(session.customerMessages, asOf),
    servicer_messages: countUpTo(session.servicerMessages, asOf),
    rating: sessionRatingAt(session, asOf),
  }
}

/** The sessions of the range that pass the filters, in the order they started. */
export function sessionsInRange(replay: Replay, clock: ZoneClock, query: SessionQuery): Session[] {
  const { asOf, filters } = query
  const buckets = new DayBuckets(query.range, clock)
  return replay.sessions.filter(
    (session) =>
      session.start <= asOf &&
      buckets.indexOf(session.start) !== -1 &&
      sessionPasses(session, filters, asOf) &&
      (filters.servicer === undefined || sessionHasServicer(session, filters.servicer, asOf)),
  )
}

/** The same, in the report's order: by start, account, customer, then the order they started. */
export function selectSessions(replay: Replay, clock: ZoneClock, query: SessionQuery): Session[] {
  return sessionsInRange(replay, clock, query).sort(
    (a, b) =>
      a.start - b.start ||
      compareCodeUnits(a.open_kfid, b.open_kfid) ||
      compareCodeUnits(a.external_userid, b.external_userid) ||
      a.index - b.index,
  )
}
