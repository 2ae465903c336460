// metrics.md §3–§4: which servicer a survey or an upgrade event is attributed to.
import type { Segment, Session } from './replayTypes'

/**
 * Its own `servicer_userid` if given; else X if it is in a human segment of X; else the servicer
 * of the last human segment of its session before it; else none.
 */
export function attributeToServicer(
  own: string | undefined,
  currentSegment: Segment | null,
  session: Session | null,
): string | null {
  if (own !== undefined) return own
  if (currentSegment !== null && currentSegment.servicer !== null) return currentSegment.servicer
  if (session === null) return null
  for (let i = session.segments.length - 1; i >= 0; i -= 1) {
    const servicer = session.segments[i]!.servicer
    if (servicer !== null) return servicer
  }
  return null
}
