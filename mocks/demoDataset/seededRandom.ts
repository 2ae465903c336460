// A small seeded PRNG (mulberry32) and the helpers the demo generator draws from.
// Nothing here reads the clock or Math.random: the same seed always gives the same stream.

/** mulberry32: a 32-bit state, fast, good enough for demo data (not for cryptography). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A 32-bit seed for an independent stream, from a user seed and a label (FNV-1a + fmix32). */
export function deriveSeed(seed: number, label: string): number {
  let h = 0x811c9dc5
  const mix = (byte: number): void => {
    h ^= byte & 0xff
    h = Math.imul(h, 0x01000193)
  }
  const low = seed >>> 0
  const high = Math.floor(seed / 4294967296) >>> 0
  for (const word of [low, high]) {
    for (let shift = 0; shift < 32; shift += 8) mix(word >>> shift)
  }
  for (let i = 0; i < label.length; i++) {
    const code = label.charCodeAt(i)
    mix(code)
    mix(code >>> 8)
  }
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

export class SeededRandom {
  private readonly source: () => number

  constructor(seed: number) {
    this.source = mulberry32(seed)
  }

  /** A float in [0, 1). */
  next(): number {
    return this.source()
  }

  /** A float in [min, max). */
  float(min: number, max: number): number {
    return min + (max - min) * this.source()
  }

  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.source() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.source() < probability
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick() from an empty list')
    return items[Math.floor(this.source() * items.length)] as T
  }

  /** Index drawn with the given (non-negative) weights. */
  weightedIndex(weights: readonly number[]): number {
    let total = 0
    for (const w of weights) total += w
    let r = this.source() * total
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] as number
      if (r < 0) return i
    }
    return weights.length - 1
  }

  /** One of `entries`, each `[value, weight]`. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const index = this.weightedIndex(entries.map(([, w]) => w))
    return (entries[index] as readonly [T, number])[0]
  }

  /**
   * A duration in whole seconds, log-uniform between min and max: many short ones, a few
   * long ones, like reply delays.
   */
  logUniform(min: number, max: number): number {
    const lo = Math.log(Math.max(1, min))
    const hi = Math.log(Math.max(1, max))
    return Math.round(Math.exp(lo + (hi - lo) * this.source()))
  }

  /** A string of `length` characters from `alphabet`. */
  token(length: number, alphabet: string): string {
    let out = ''
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.source() * alphabet.length)]
    return out
  }

  /** Fisher–Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.source() * (i + 1))
      const tmp = items[i] as T
      items[i] = items[j] as T
      items[j] = tmp
    }
    return items
  }
}
