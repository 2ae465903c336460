// A binary min-heap of events by (time, arrival): equal times keep the order they were pushed.
import type { DemoEvent } from './types'

interface Entry {
  time: number
  seq: number
  event: DemoEvent
}

const before = (a: Entry, b: Entry): boolean =>
  a.time < b.time || (a.time === b.time && a.seq < b.seq)

export class EventQueue {
  private readonly heap: Entry[] = []
  private seq = 0

  get size(): number {
    return this.heap.length
  }

  push(event: DemoEvent): void {
    const heap = this.heap
    const entry: Entry = { time: event.time, seq: this.seq++, event }
    let i = heap.length
    heap.push(entry)
    while (i > 0) {
      const parent = (i - 1) >> 1
      const p = heap[parent] as Entry
      if (!before(entry, p)) break
      heap[i] = p
      i = parent
    }
    heap[i] = entry
  }

  /** Time of the earliest event, or Infinity when empty. */
  peekTime(): number {
    return this.heap.length === 0 ? Infinity : (this.heap[0] as Entry).time
  }

  pop(): DemoEvent | undefined {
    const heap = this.heap
    const top = heap[0]
    if (top === undefined) return undefined
    const last = heap.pop() as Entry
    if (heap.length > 0) {
      let i = 0
      const n = heap.length
      for (;;) {
        const left = 2 * i + 1
        if (left >= n) break
        const right = left + 1
        let child = left
        if (right < n && before(heap[right] as Entry, heap[left] as Entry)) child = right
        if (!before(heap[child] as Entry, last)) break
        heap[i] = heap[child] as Entry
        i = child
      }
      heap[i] = last
    }
    return top.event
  }
}
