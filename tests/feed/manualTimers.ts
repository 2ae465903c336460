// A clock and timers that move only when a test says so (FeedTimers for the feed client).
import type { FeedTimers } from '../../src/liveFeed/feedClient'

export class ManualTimers implements FeedTimers {
  private time: number
  private lastId = 0
  private readonly pending = new Map<number, { at: number; callback: () => void }>()

  constructor(startMs: number) {
    this.time = startMs
  }

  now(): number {
    return this.time
  }

  /** Epoch seconds, for the mock feed's `now`. */
  nowSeconds(): number {
    return Math.floor(this.time / 1000)
  }

  setTimeout(callback: () => void, ms: number): unknown {
    this.lastId += 1
    this.pending.set(this.lastId, { at: this.time + Math.max(0, ms), callback })
    return this.lastId
  }

  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number)
  }

  /** The delays (ms from now) of the timers waiting, soonest first. */
  delays(): number[] {
    return [...this.pending.values()].map((t) => t.at - this.time).sort((a, b) => a - b)
  }

  /** Moves the clock by `ms`, firing the timers that come due, in time order. */
  advance(ms: number): void {
    const end = this.time + ms
    for (;;) {
      let next: [number, { at: number; callback: () => void }] | undefined
      for (const entry of this.pending) if (!next || entry[1].at < next[1].at) next = entry
      if (!next || next[1].at > end) break
      this.pending.delete(next[0])
      this.time = next[1].at
      next[1].callback()
    }
    this.time = end
  }
}
