// metrics.md §6 数据总览 (and 实时看板's 今日数据): every figure per day of the range.
import type { Directory } from '../dataset/records'
import type { Replay, Session } from '../replay/replayTypes'
import type { ZoneClock } from '../time/zoneClock'
import { countUpTo, firstResponseAt, isAddressedAt } from './asOf'
import { DayBuckets, type DayRange } from './dayRange'
import { attributedEventPasses, sessionPasses, type FigureFilters } from './filters'
import { emptyOverviewFigures, type OverviewFigures } from './figureKeys'
import {
  isAssistantSessionAt,
  isConsultationAt,
  isHumanAt,
  isTransferredToHumanAt,
} from './sessionKinds'
import { DailyDistinct } from './dailyDistinct'

export interface OverviewQuery {
  range: DayRange
  asOf: number
  /** Only account and group apply; 数据总览 ignores a servicer filter. */
  filters: FigureFilters
}

/**
 * Told of every session a figure counts, as it is counted (null for a survey or upgrade event
 * that belongs to no session): the drill-down from a card to its sessions uses the counting
 * code itself, so it cannot disagree with the figure.
 */
export type CountedSession = (key: keyof OverviewFigures, session: Session | null) => void

export interface OverviewResult {
  total: OverviewFigures
  byDay: OverviewFigures[]
}

export function computeOverview(
  replay: Replay,
  directory: Directory,
  clock: ZoneClock,
  query: OverviewQuery,
  counted?: CountedSession,
): OverviewResult {
  const count = counted ?? noop
  const { asOf } = query
  const filters: FigureFilters = { account: query.filters.account, group: query.filters.group }
  const buckets = new DayBuckets(query.range, clock)
  const days = Array.from({ length: buckets.count }, emptyOverviewFigures)
  const customers = new DailyDistinct(buckets.count)
  const consulting = new DailyDistinct(buckets.count)
  const friends = new DailyDistinct(buckets.count)
  const memberAdded = new DailyDistinct(buckets.count)
  const groupchatJoined = new DailyDistinct(buckets.count)
  const upgraded = new DailyDistinct(buckets.count)

  for (const session of replay.sessions) {
    if (session.start > asOf || !sessionPasses(session, filters, asOf)) continue
    const consultation = isConsultationAt(session, asOf)
    const d = buckets.indexOf(session.start)
    if (d !== -1) {
      const day = days[d]!
      const customer = session.external_userid
      day.sessions += 1
      customers.add(d, customer)
      count('sessions', session)
      count('customers', session)
      if (directory.customers.get(customer)?.is_friend === true) {
        friends.add(d, customer)
        count('friend_customers', session)
      }
      if (consultation) {
        day.consultation_sessions += 1
        consulting.add(d, customer)
        count('consultation_sessions', session)
        count('consulting_customers', session)
      }
      if (isHumanAt(session, asOf)) {
        day.human_sessions += 1
        count('human_sessions', session)
      }
      if (isAddressedAt(session, asOf)) {
        day.addressed += 1
        count('addressed', session)
      }
      const firstResponse = firstResponseAt(session, asOf)
      if (firstResponse !== null) {
        day.replied += 1
        day.first_response_seconds += firstResponse
        count('replied', session)
        count('first_response_seconds', session)
      }
      if (isAssistantSessionAt(session, asOf)) {
        day.assistant_sessions += 1
        count('assistant_sessions', session)
        if (isTransferredToHumanAt(session, asOf)) {
          day.assistant_transferred += 1
          count('assistant_transferred', session)
        }
      }
    }
    // Segment counts belong to the segment's start day.
    if (consultation) {
      for (const segment of session.segments) {
        if (segment.start > asOf) break
        const human = segment.servicer !== null
        if (filters.group !== undefined && (!human || segment.group !== filters.group)) continue
        const sd = buckets.indexOf(segment.start)
        if (sd === -1) continue
        days[sd]!.consultation_segments += 1
        count('consultation_segments', session)
        if (human) {
          days[sd]!.human_segments += 1
          count('human_segments', session)
        }
      }
    }
    // Customer messages belong to the message's day.
    const messages = countUpTo(session.customerMessages, asOf)
    for (let i = 0; i < messages; i += 1) {
      const md = buckets.indexOf(session.customerMessages[i]!)
      if (md !== -1) {
        days[md]!.customer_messages += 1
        count('customer_messages', session)
      }
    }
  }

  // Surveys, with their answers, belong to the day they were sent.
  for (const survey of replay.surveys) {
    if (survey.sentAt > asOf || !attributedEventPasses(survey, filters, asOf, directory)) continue
    const d = buckets.indexOf(survey.sentAt)
    if (d === -1) continue
    const day = days[d]!
    day.surveys_sent += 1
    count('surveys_sent', survey.session)
    if (survey.answer !== null && survey.answer.at <= asOf) {
      day.surveys_answered += 1
      day[survey.answer.rating] += 1
      count('surveys_answered', survey.session)
      count(survey.answer.rating, survey.session)
    }
  }

  // Upgrade service events belong to their own day.
  for (const upgrade of replay.upgrades) {
    if (upgrade.at > asOf || !attributedEventPasses(upgrade, filters, asOf, directory)) continue
    const d = buckets.indexOf(upgrade.at)
    if (d === -1) continue
    if (upgrade.outcome === 'invite') {
      const key = upgrade.kind === 'member' ? 'member_invites' : 'groupchat_invites'
      days[d]![key] += 1
      count(key, upgrade.session)
      continue
    }
    const customerTarget = `${upgrade.external_userid}\u0000${upgrade.target}`
    if (upgrade.kind === 'member') {
      memberAdded.add(d, customerTarget)
      count('member_added_customers', upgrade.session)
    } else {
      groupchatJoined.add(d, customerTarget)
      count('groupchat_joined_customers', upgrade.session)
    }
    upgraded.add(d, upgrade.external_userid)
    count('upgraded_customers', upgrade.session)
  }

  days.forEach((day, d) => {
    day.customers = customers.count(d)
    day.consulting_customers = consulting.count(d)
    day.friend_customers = friends.count(d)
    day.member_added_customers = memberAdded.count(d)
    day.groupchat_joined_customers = groupchatJoined.count(d)
    day.upgraded_customers = upgraded.count(d)
  })
  return { total: sumFigures(days), byDay: days }
}

function noop(): void {}

/** Counts over a range are sums of daily counts; rates and averages stay Σ num / Σ den. */
export function sumFigures(days: readonly OverviewFigures[]): OverviewFigures {
  const total = emptyOverviewFigures()
  for (const day of days) {
    for (const key of Object.keys(total) as (keyof OverviewFigures)[]) total[key] += day[key]
  }
  return total
}
