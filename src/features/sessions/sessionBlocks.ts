// A cache of fixed-size blocks of a long list that the worker serves page by page: the table asks
// for the rows it shows, the cache says which blocks are missing, and keeps at most `maxBlocks`
// (the least recently used go first).

export class BlockCache<T> {
  readonly blockSize: number
  private readonly maxBlocks: number
  private readonly blocks = new Map<number, T[]>()

  constructor(blockSize: number, maxBlocks: number) {
    this.blockSize = blockSize
    this.maxBlocks = maxBlocks
  }

  get size(): number {
    return this.blocks.size
  }

  blockOf(index: number): number {
    return Math.floor(index / this.blockSize)
  }

  /** The row at `index`, or undefined while its block is not loaded. */
  row(index: number): T | undefined {
    const block = this.blocks.get(this.blockOf(index))
    return block?.[index - this.blockOf(index) * this.blockSize]
  }

  has(block: number): boolean {
    return this.blocks.has(block)
  }

  /** Blocks covering rows [first, last] (inclusive) that are not loaded, in order. */
  missing(first: number, last: number, total: number): number[] {
    if (total <= 0 || last < first) return []
    const from = this.blockOf(Math.max(0, first))
    const to = this.blockOf(Math.min(total - 1, last))
    const out: number[] = []
    for (let block = from; block <= to; block += 1) {
      if (this.blocks.has(block)) this.touch(block)
      else out.push(block)
    }
    return out
  }

  put(block: number, rows: T[]): void {
    this.blocks.delete(block)
    this.blocks.set(block, rows)
    while (this.blocks.size > this.maxBlocks) {
      const oldest = this.blocks.keys().next().value
      if (oldest === undefined) break
      this.blocks.delete(oldest)
    }
  }

  clear(): void {
    this.blocks.clear()
  }

  private touch(block: number): void {
    const rows = this.blocks.get(block)
    if (rows === undefined) return
    this.blocks.delete(block)
    this.blocks.set(block, rows)
  }
}
