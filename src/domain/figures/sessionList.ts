// 会话记录: the sessions of the range after every filter of the guide, or — for a drill-down
// from a 数据总览 card — exactly the sessions that card's figure counts.
import type { Directory, ServiceState } from '../dataset/records'
import type { Replay, Session } from '../replay/replayTypes'
import type { ZoneClock } from '../time/zoneClock'
import type { FigureKey } from './figureCatalog'
import { computeOverview } from './overview'
import {
  sessionsInRange,
  sessionRecordAt,
  type SessionQuery,
  type SessionRecord,
} from './sessionRecords'
import { sessionHasServicer } from './filters'

export type SessionSortKey =
  | 'start'
  | 'end'
  | 'duration'
  | 'first_response_seconds'
  | 'customer_messages'
  | 'servicer_messages'

export interface SessionListQuery extends SessionQuery {
  /** 访客昵称: a substring of the nickname (the id when the directory has none). */
  nickname?: string
  /** 企业好友. */
  friend?: boolean
  /** 接待状态 at as_of. */
  state?: ServiceState
  metric?: FigureKey
  sort?: { key: SessionSortKey; desc: boolean }
}

export interface SessionList {
  records: SessionRecord[]
  /** With a drill-down: counted events that belong to no session. */
  sessionlessCount: number
}

export function nicknameOf(directory: Directory, customer: string): string {
  return directory.customers.get(customer)?.nickname ?? customer
}

export function listSessions(
  replay: Replay,
  directory: Directory,
  clock: ZoneClock,
  query: SessionListQuery,
): SessionList {
  const { asOf } = query
  let sessions: Session[]
  let sessionlessCount = 0
  if (query.metric !== undefined) {
    const behind = new Set<Session>()
    computeOverview(replay, directory, clock, query, (key, session) => {
      if (key !== query.metric) return
      if (session === null) sessionlessCount += 1
      else behind.add(session)
    })
    sessions = [...behind].filter(
      (s) =>
        query.filters.servicer === undefined || sessionHasServicer(s, query.filters.servicer, asOf),
    )
  } else {
    sessions = sessionsInRange(replay, clock, query)
  }

  const needle = query.nickname?.trim().toLowerCase()
  const records: SessionRecord[] = []
  for (const session of sessions) {
    if (needle && !nicknameOf(directory, session.external_userid).toLowerCase().includes(needle))
      continue
    if (query.friend !== undefined) {
      const isFriend = directory.customers.get(session.external_userid)?.is_friend === true
      if (isFriend !== query.friend) continue
    }
    const record = sessionRecordAt(session, asOf)
    if (query.state !== undefined && record.state !== query.state) continue
    records.push(record)
  }
  sortRecords(records, query.sort ?? { key: 'start', desc: true })
  return { records, sessionlessCount }
}

/** By the chosen column (a missing value last), then by start and the order sessions started. */
function sortRecords(records: SessionRecord[], sort: { key: SessionSortKey; desc: boolean }): void {
  const sign = sort.desc ? -1 : 1
  records.sort((a, b) => {
    const x = a[sort.key]
    const y = b[sort.key]
    if (x !== y) {
      if (x === null) return 1
      if (y === null) return -1
      return sign * (x - y)
    }
    return sign * (a.start - b.start || a.session.index - b.session.index)
  })
}
