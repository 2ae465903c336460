// metrics.md §6 员工统计: one row per servicer.
import type { Directory } from '../dataset/records'
import type { Replay } from '../replay/replayTypes'
import { onlineSeconds } from '../replay/servicerStatus'
import type { ZoneClock } from '../time/zoneClock'
import { tallySegmentReplies, tallySurvey } from './asOf'
import { DayBuckets, rangeBounds, type DayRange } from './dayRange'
import { attributedEventPasses, type FigureFilters } from './filters'
import type { StaffRow } from './figureKeys'

export interface StaffQuery {
  range: DayRange
  asOf: number
  filters: FigureFilters
}

/**
 * Rows: every servicer in the directory (servicers and group members) or named by an event up
 * to `as_of`; with a group filter, G's members; with a servicer filter, X alone (if it has a row).
 */
export function staffRowIds(
  replay: Replay,
  directory: Directory,
  asOf: number,
  filters: FigureFilters,
): string[] {
  let ids: Set<string>
  if (filters.group !== undefined) {
    ids = new Set(directory.groups.get(filters.group)?.servicer_userids ?? [])
  } else {
    ids = new Set(directory.servicers.keys())
    for (const group of directory.groups.values())
      group.servicer_userids.forEach((id) => ids.add(id))
    for (const [id, firstNamed] of replay.namedServicers) if (firstNamed <= asOf) ids.add(id)
  }
  if (filters.servicer !== undefined) {
    ids = ids.has(filters.servicer) ? new Set([filters.servicer]) : new Set()
  }
  return [...ids].sort(compareCodeUnits)
}

/** Strings by UTF-16 code units (JavaScript's default), never by locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function emptyStaffRow(servicer_userid: string): StaffRow {
  return {
    servicer_userid,
    reception_seconds: 0,
    human_segments: 0,
    customers: 0,
    customer_messages: 0,
    addressed: 0,
    replied: 0,
    first_response_seconds: 0,
    surveys_sent: 0,
    surveys_answered: 0,
    satisfied: 0,
    middling: 0,
    dissatisfied: 0,
    member_invites: 0,
    groupchat_invites: 0,
  }
}

export function computeStaff(
  replay: Replay,
  directory: Directory,
  clock: ZoneClock,
  query: StaffQuery,
): StaffRow[] {
  const { asOf, filters } = query
  const rows = new Map(
    staffRowIds(replay, directory, asOf, filters).map((id) => [id, emptyStaffRow(id)]),
  )
  if (rows.size === 0) return []
  const buckets = new DayBuckets(query.range, clock)
  const dailyCustomers = new Map<string, Set<string>>()

  // 接待时长: status is per servicer, so no account or group filter applies to it.
  const [rangeStart, rangeEnd] = rangeBounds(query.range, clock)
  for (const row of rows.values()) {
    row.reception_seconds = onlineSeconds(
      replay.online.get(row.servicer_userid),
      rangeStart,
      Math.min(rangeEnd, asOf),
    )
  }

  // A servicer's segment figures belong to the segment's start day; its customer messages to
  // the message's day.
  for (const session of replay.sessions) {
    if (session.start > asOf) continue
    if (filters.account !== undefined && session.open_kfid !== filters.account) continue
    for (const segment of session.segments) {
      if (segment.start > asOf) break
      if (segment.servicer === null) continue
      const row = rows.get(segment.servicer)
      if (!row) continue
      if (filters.group !== undefined && segment.group !== filters.group) continue
      const d = buckets.indexOf(segment.start)
      if (d !== -1) {
        row.human_segments += 1
        let customers = dailyCustomers.get(row.servicer_userid)
        if (!customers) dailyCustomers.set(row.servicer_userid, (customers = new Set()))
        customers.add(`${d}\u0000${session.external_userid}`)
        tallySegmentReplies(row, segment, asOf)
      }
      for (const t of segment.customerMessages) {
        if (t > asOf) break
        if (buckets.indexOf(t) !== -1) row.customer_messages += 1
      }
    }
  }
  for (const [id, customers] of dailyCustomers) rows.get(id)!.customers = customers.size

  // Surveys and invites attributed to the servicer; with a group filter, those whose session
  // counts for G (with no session: all of them, the servicer being a member of G).
  const attributedFilters: FigureFilters = { account: filters.account, group: filters.group }
  for (const survey of replay.surveys) {
    const row = survey.servicer === null ? undefined : rows.get(survey.servicer)
    if (!row || survey.sentAt > asOf || buckets.indexOf(survey.sentAt) === -1) continue
    if (!attributedEventPasses(survey, attributedFilters, asOf, directory)) continue
    tallySurvey(row, survey, asOf)
  }
  for (const upgrade of replay.upgrades) {
    if (upgrade.outcome !== 'invite') continue
    const row = upgrade.servicer === null ? undefined : rows.get(upgrade.servicer)
    if (!row || upgrade.at > asOf || buckets.indexOf(upgrade.at) === -1) continue
    if (!attributedEventPasses(upgrade, attributedFilters, asOf, directory)) continue
    if (upgrade.kind === 'member') row.member_invites += 1
    else row.groupchat_invites += 1
  }
  return [...rows.values()]
}
