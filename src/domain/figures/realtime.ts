// metrics.md §6 实时看板: today = the calendar day of `as_of`, up to `as_of`; only the account
// filter applies.
import type { Directory } from '../dataset/records'
import type { RealtimeStaffRow } from '../report/reportTypes'
import type { Replay, Session } from '../replay/replayTypes'
import { firstOnlineMoment, onlineSeconds, statusAt } from '../replay/servicerStatus'
import type { ZoneClock } from '../time/zoneClock'
import { sessionStateAt, tallySegmentReplies, tallySurvey } from './asOf'
import { compareCodeUnits } from './staff'
import { computeOverview } from './overview'
import type { OverviewFigures } from './figureKeys'

export interface RealtimeBoard {
  queue: number
  servicers_receiving: number
  sessions_in_human: number
  today: OverviewFigures
  /** `first_online_at` as an instant; the report formats it. */
  staff: (Omit<RealtimeStaffRow, 'first_online_at'> & { first_online_at: number | null })[]
}

/**
 * What of `replay` can count on the board at `asOf`: the sessions begun by then that had not
 * closed before the day began, and the surveys and upgrade events of the day up to `asOf`. A
 * session closed earlier has no state, segment or message today (they all lie between its start
 * and its close), so leaving it out changes no figure; it keeps the board's work to about a
 * day's traffic however much history is stored.
 */
function todayPart(replay: Replay, dayStart: number, asOf: number): Replay {
  const sessions: Session[] = []
  for (const session of replay.sessions) {
    if (session.start <= asOf && (session.end ?? session.expiresAt) >= dayStart) {
      sessions.push(session)
    }
  }
  return {
    ...replay,
    sessions,
    surveys: replay.surveys.filter((s) => s.sentAt >= dayStart && s.sentAt <= asOf),
    upgrades: replay.upgrades.filter((u) => u.at >= dayStart && u.at <= asOf),
  }
}

export function computeRealtime(
  fullReplay: Replay,
  directory: Directory,
  clock: ZoneClock,
  asOf: number,
  account?: string,
): RealtimeBoard {
  const today = clock.dayOf(asOf)
  const dayStart = clock.startOfDay(today)
  const replay = todayPart(fullReplay, dayStart, asOf)
  const todayFigures = computeOverview(replay, directory, clock, {
    range: { from: today, to: today },
    asOf,
    filters: { account },
  }).total

  // Groups link (servicer, account) pairs; the reception limit is the largest of them.
  const limits = new Map<string, number>()
  const pairKey = (servicer: string, kfid: string): string => `${servicer}\u0000${kfid}`
  const servesAccount = new Set<string>()
  for (const group of directory.groups.values()) {
    for (const kfid of group.open_kfids) {
      if (account !== undefined && kfid !== account) continue
      for (const servicer of group.servicer_userids) {
        const key = pairKey(servicer, kfid)
        limits.set(key, Math.max(limits.get(key) ?? 0, group.reception_limit))
        servesAccount.add(servicer)
      }
    }
  }

  type Row = RealtimeBoard['staff'][number]
  const rows = new Map<string, Row>()
  const rowFor = (servicer: string, kfid: string): Row => {
    const key = pairKey(servicer, kfid)
    let row = rows.get(key)
    if (!row) {
      const intervals = replay.online.get(servicer)
      row = {
        servicer_userid: servicer,
        open_kfid: kfid,
        status: statusAt(intervals, asOf),
        first_online_at: firstOnlineMoment(intervals, dayStart, asOf),
        online_seconds: onlineSeconds(intervals, dayStart, asOf),
        ongoing_sessions: 0,
        reception_limit: limits.get(key) ?? null,
        today_segments: 0,
        addressed: 0,
        replied: 0,
        first_response_seconds: 0,
        surveys_sent: 0,
        surveys_answered: 0,
        satisfied: 0,
        middling: 0,
        dissatisfied: 0,
      }
      rows.set(key, row)
    }
    return row
  }
  for (const key of limits.keys()) {
    const [servicer, kfid] = key.split('\u0000') as [string, string]
    rowFor(servicer, kfid)
  }

  let queue = 0
  let sessionsInHuman = 0
  for (const session of replay.sessions) {
    if (session.start > asOf) continue
    if (account !== undefined && session.open_kfid !== account) continue
    const now = sessionStateAt(session, asOf)
    if (now.state === 2) queue += 1
    if (now.state === 3) sessionsInHuman += 1
    for (const segment of session.segments) {
      if (segment.start > asOf) break
      if (segment.servicer === null || segment.start < dayStart) continue
      const row = rowFor(segment.servicer, session.open_kfid)
      row.today_segments += 1
      tallySegmentReplies(row, segment, asOf)
    }
  }
  // 进行中会话数: open sessions of that account in state 3 with X.
  for (const session of replay.sessions) {
    if (session.start > asOf) continue
    const now = sessionStateAt(session, asOf)
    if (now.state !== 3) continue
    const row = rows.get(pairKey(now.servicer!, session.open_kfid))
    if (row) row.ongoing_sessions += 1
  }
  for (const survey of replay.surveys) {
    if (survey.servicer === null || survey.sentAt < dayStart || survey.sentAt > asOf) continue
    const row = rows.get(pairKey(survey.servicer, survey.open_kfid))
    if (!row) continue
    tallySurvey(row, survey, asOf)
  }

  let servicersReceiving = 0
  for (const [servicer, intervals] of replay.online) {
    if (account !== undefined && !servesAccount.has(servicer)) continue
    if (statusAt(intervals, asOf) === 1) servicersReceiving += 1
  }

  return {
    queue,
    servicers_receiving: servicersReceiving,
    sessions_in_human: sessionsInHuman,
    today: todayFigures,
    staff: [...rows.values()].sort(
      (a, b) =>
        compareCodeUnits(a.servicer_userid, b.servicer_userid) ||
        compareCodeUnits(a.open_kfid, b.open_kfid),
    ),
  }
}
