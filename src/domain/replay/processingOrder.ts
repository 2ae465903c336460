// metrics.md §1: events sorted by `time`, ties kept in input order (`seq`).
import type { KfEvent } from '../dataset/records'

export function inProcessingOrder(events: readonly KfEvent[]): KfEvent[] {
  const sorted = events.slice()
  for (let i = 1; i < sorted.length; i += 1) {
    if (compare(sorted[i - 1]!, sorted[i]!) > 0) return sorted.sort(compare)
  }
  return sorted
}

function compare(a: KfEvent, b: KfEvent): number {
  return a.time - b.time || a.seq - b.seq
}
