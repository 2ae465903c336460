// metrics.md §2: pending messages, the clock, replies and first response — for a human segment
// and for its session. The replay calls these at each event; the figures read the moments.
import type { Segment, Session } from './replayTypes'

/** Customer messages since the session's last servicer or assistant message (anyone's). */
export interface PendingRun {
  pending: number
}

/** A human segment starts: messages pending at its start start its clock at once. */
export function onHumanSegmentStart(segment: Segment, run: PendingRun, time: number): void {
  segment.pendingAtStart = run.pending > 0
  if (segment.pendingAtStart) startClock(segment, time)
}

/** A customer message, in `segment` if one is current. */
export function onCustomerMessage(
  session: Session,
  segment: Segment | null,
  run: PendingRun,
  time: number,
): void {
  session.customerMessages.push(time)
  run.pending += 1
  if (segment === null) return
  segment.customerMessages.push(time)
  if (segment.servicer !== null && segment.clockAt === null) startClock(segment, time)
}

/**
 * A servicer message by `sender`. Returns false when it is not in a human segment of its sender
 * (it still ends the pending run, but is never a reply).
 */
export function onServicerMessage(
  session: Session,
  segment: Segment | null,
  run: PendingRun,
  sender: string,
  time: number,
): boolean {
  session.servicerMessages.push(time)
  run.pending = 0
  if (segment === null || segment.servicer !== sender) return false
  if (segment.clockAt !== null && segment.repliedAt === null) segment.repliedAt = time
  if (session.clockAt !== null && session.repliedAt === null) session.repliedAt = time
  return true
}

/** An assistant message ends the pending run and is never a reply. */
export function onAssistantMessage(run: PendingRun): void {
  run.pending = 0
}

/** The segment is addressed from now on; the session's clock is its first addressed segment's. */
function startClock(segment: Segment, time: number): void {
  segment.clockAt = time
  if (segment.session.clockAt === null) segment.session.clockAt = time
}
