// metrics.md §5, servicer status: 2 (停止接待) before the first event; 接待中 intervals run from
// a 1 to the next 2, [on, off); a repeated 1 changes nothing; on and off in one second is never
// online.
import type { OnlineInterval } from './replayTypes'

export class OnlineIntervalsBuilder {
  /** Per servicer, its intervals so far; the last one is still open (`off` null) while on. */
  readonly intervals = new Map<string, OnlineInterval[]>()

  apply(servicer: string, status: 1 | 2, time: number): void {
    const list = this.intervals.get(servicer)
    const last = list?.[list.length - 1]
    const isOn = last !== undefined && last.off === null
    if (status === 1) {
      if (isOn) return
      if (list) list.push({ on: time, off: null })
      else this.intervals.set(servicer, [{ on: time, off: null }])
      return
    }
    if (!isOn) return
    if (time > last.on) last.off = time
    else list!.pop() // on and off in the same second: never online
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
