// metrics.md §8: the report's JSON, from a replayed dataset.
import type { Directory } from '../dataset/records'
import { computeOverview } from '../figures/overview'
import { computeRealtime } from '../figures/realtime'
import { selectSessions, sessionRecordAt } from '../figures/sessionRecords'
import { computeStaff } from '../figures/staff'
import type { DayRange } from '../figures/dayRange'
import { emptyOverviewFigures } from '../figures/figureKeys'
import type { Replay } from '../replay/replayTypes'
import { parseAsOf } from '../time/eventTime'
import { formatDay, parseDay, ZoneClock } from '../time/zoneClock'
import type { ImportCounters, Report, ReportArgs } from './reportTypes'

export class ReportArgumentError extends Error {}

export interface ReportInputs {
  timezone: string
  directory: Directory
  replay: Replay
  counters: ImportCounters
}

/** `as_of`: `--at` if given, else the time of the last stored event. */
export function resolveAsOf(
  at: string | undefined,
  replay: Replay,
  clock: ZoneClock,
): number | null {
  if (at === undefined) return replay.lastEventTime
  const parsed = parseAsOf(at, clock)
  if (!parsed.ok) throw new ReportArgumentError(`--at「${at}」无效:${parsed.reason}`)
  return parsed.time
}

/** Default range: the day of the first stored event to the day of `as_of`. */
export function resolveRange(
  args: ReportArgs,
  firstEventTime: number,
  asOf: number,
  clock: ZoneClock,
): DayRange {
  const day = (text: string | undefined, flag: string, fallback: number): number => {
    if (text === undefined) return fallback
    const parsed = parseDay(text)
    if (parsed === null)
      throw new ReportArgumentError(`${flag}「${text}」不是有效的日期(应为 YYYY-MM-DD)`)
    return parsed
  }
  return {
    from: day(args.from, '--from', clock.dayOf(firstEventTime)),
    to: day(args.to, '--to', clock.dayOf(asOf)),
  }
}

export function buildReport(inputs: ReportInputs, args: ReportArgs): Report {
  const { timezone, directory, replay, counters } = inputs
  const clock = new ZoneClock(timezone)
  const asOf = resolveAsOf(args.at, replay, clock)
  if (replay.firstEventTime === null || asOf === null) return emptyReport(timezone, counters)

  const range = resolveRange(args, replay.firstEventTime, asOf, clock)
  const filters = { account: args.account, group: args.group, servicer: args.servicer }
  const overview = computeOverview(replay, directory, clock, { range, asOf, filters })
  const staff = computeStaff(replay, directory, clock, { range, asOf, filters })
  const realtime = computeRealtime(replay, directory, clock, asOf, args.account)
  const sessions = selectSessions(replay, clock, { range, asOf, filters }).map((session) => {
    const record = sessionRecordAt(session, asOf)
    return {
      open_kfid: record.open_kfid,
      external_userid: record.external_userid,
      start: clock.formatInstant(record.start),
      end: record.end === null ? null : clock.formatInstant(record.end),
      state: record.state,
      servicers: record.servicers,
      first_response_seconds: record.first_response_seconds,
      customer_messages: record.customer_messages,
      servicer_messages: record.servicer_messages,
      rating: record.rating,
    }
  })

  return {
    timezone,
    range: { from: formatDay(range.from), to: formatDay(range.to) },
    as_of: clock.formatInstant(asOf),
    import: counters,
    overview: {
      ...overview.total,
      by_day: overview.byDay.map((figures, i) => ({ date: formatDay(range.from + i), ...figures })),
    },
    staff,
    realtime: {
      ...realtime,
      staff: realtime.staff.map((row) => ({
        ...row,
        first_online_at:
          row.first_online_at === null ? null : clock.formatInstant(row.first_online_at),
      })),
    },
    sessions,
  }
}

function emptyReport(timezone: string, counters: ImportCounters): Report {
  return {
    timezone,
    range: null,
    as_of: null,
    import: counters,
    overview: { ...emptyOverviewFigures(), by_day: [] },
    staff: [],
    realtime: {
      queue: 0,
      servicers_receiving: 0,
      sessions_in_human: 0,
      today: emptyOverviewFigures(),
      staff: [],
    },
    sessions: [],
  }
}
