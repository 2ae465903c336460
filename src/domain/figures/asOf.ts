// metrics.md §5, `as_of`: events after it do not exist; an event exactly at it does. Sessions
// open at `as_of` stay open; a session whose expiry is at or before `as_of` has ended.
import type { Rating, ServiceState } from '../dataset/records'
import type { Segment, Session, Survey } from '../replay/replayTypes'

/** The moment the session ended, if it had by `asOf`; null while it is open at `asOf`. */
export function sessionEndAt(session: Session, asOf: number): number | null {
  const closes = session.end ?? session.expiresAt
  return closes <= asOf ? closes : null
}

export function sessionStateAt(
  session: Session,
  asOf: number,
): { state: ServiceState; servicer?: string } {
  if (sessionEndAt(session, asOf) !== null) return { state: 4 }
  let current = session.states[0]!
  for (const change of session.states) {
    if (change.time > asOf) break
    current = change
  }
  return current
}

/** The session's segments that had started by `asOf`, in order. */
export function* segmentsAt(session: Session, asOf: number): Generator<Segment> {
  for (const segment of session.segments) {
    if (segment.start > asOf) return
    yield segment
  }
}

export function countUpTo(times: readonly number[], asOf: number): number {
  let count = 0
  for (const t of times) {
    if (t > asOf) break
    count += 1
  }
  return count
}

/** A session's `rating`: the rating of the last counted answer to one of its surveys. */
export function sessionRatingAt(session: Session, asOf: number): Rating | null {
  let rating: Rating | null = null
  for (const answer of session.ratings) {
    if (answer.at > asOf) break
    rating = answer.rating
  }
  return rating
}

/** First response of a segment or session at `asOf`, in seconds, or null if not replied yet. */
export function firstResponseAt(
  item: { clockAt: number | null; repliedAt: number | null },
  asOf: number,
): number | null {
  if (item.clockAt === null || item.repliedAt === null || item.repliedAt > asOf) return null
  return item.repliedAt - item.clockAt
}

export function isAddressedAt(item: { clockAt: number | null }, asOf: number): boolean {
  return item.clockAt !== null && item.clockAt <= asOf
}

/** The reply figures a segment adds to a servicer's row (metrics.md §2, segment level). */
export interface ReplyTally {
  addressed: number
  replied: number
  first_response_seconds: number
}

export function tallySegmentReplies(row: ReplyTally, segment: Segment, asOf: number): void {
  if (isAddressedAt(segment, asOf)) row.addressed += 1
  const firstResponse = firstResponseAt(segment, asOf)
  if (firstResponse !== null) {
    row.replied += 1
    row.first_response_seconds += firstResponse
  }
}

/** The survey figures a sent survey adds (metrics.md §3): its answer counts once it exists. */
export interface SurveyTally {
  surveys_sent: number
  surveys_answered: number
  satisfied: number
  middling: number
  dissatisfied: number
}

export function tallySurvey(row: SurveyTally, survey: Survey, asOf: number): void {
  row.surveys_sent += 1
  if (survey.answer !== null && survey.answer.at <= asOf) {
    row.surveys_answered += 1
    row[survey.answer.rating] += 1
  }
}
