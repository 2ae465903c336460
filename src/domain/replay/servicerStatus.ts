// metrics.md §5, servicer status: 2 (停止接待) before the first event; 接待中 intervals run from
// a 1 to the next 2, [on, off); a repeated 1 changes nothing; on and off in one second is never
// online.
import type { OnlineInterval } from './replayTypes'

export class OnlineIntervalsBuilder {
  private readonly intervals = new Map<string, OnlineInterval[]>()
  private readonly onSince = new Map<string, number>()

  apply(servicer: string, status: 1 | 2, time: number): void {
    const since = this.onSince.get(servicer)
    if (status === 1) {
      if (since === undefined) this.onSince.set(servicer, time)
      return
    }
    if (since === undefined) return
    this.onSince.delete(servicer)
    if (time > since) this.list(servicer).push({ on: since, off: time })
  }

  build(): Map<string, OnlineInterval[]> {
    for (const [servicer, since] of this.onSince) this.list(servicer).push({ on: since, off: null })
    this.onSince.clear()
    return this.intervals
  }

  private list(servicer: string): OnlineInterval[] {
    let list = this.intervals.get(servicer)
    if (!list) this.intervals.set(servicer, (list = []))
    return list
  }
}

/** The status at moment m: the one set by the last event at or before m. */
export function statusAt(intervals: readonly OnlineInterval[] | undefined, m: number): 1 | 2 {
  for (const { on, off } of intervals ?? []) {
    if (on <= m && (off === null || m < off)) return 1
  }
  return 2
}

/** Seconds 接待中 within [from, to). */
export function onlineSeconds(
  intervals: readonly OnlineInterval[] | undefined,
  from: number,
  to: number,
): number {
  let total = 0
  for (const { on, off } of intervals ?? []) {
    const start = Math.max(on, from)
    const end = Math.min(off ?? Infinity, to)
    if (end > start) total += end - start
  }
  return total
}

/** The first moment in [from, until] with status 1, or null. */
export function firstOnlineMoment(
  intervals: readonly OnlineInterval[] | undefined,
  from: number,
  until: number,
): number | null {
  for (const { on, off } of intervals ?? []) {
    if (on > until) return null
    if (off !== null && off <= from) continue
    return Math.max(on, from)
  }
  return null
}
