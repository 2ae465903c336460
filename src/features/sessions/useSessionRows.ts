// The rows of 会话记录, fetched from the worker in blocks as the table scrolls to them.
// `reset` (new filters, sort or data) drops the cache; answers to an older query are ignored.
import { onScopeDispose, ref, shallowRef, triggerRef } from 'vue'
import { analytics } from '@/workers/analyticsClient'
import type { SessionPage, SessionQuery, SessionRowView } from '@/workers/analyticsTypes'
import { BlockCache } from './sessionBlocks'

export const BLOCK_SIZE = 200
const MAX_BLOCKS = 60

export type SessionListQuery = Omit<SessionQuery, 'offset' | 'limit'>

export function useSessionRows() {
  const cache = shallowRef(new BlockCache<SessionRowView>(BLOCK_SIZE, MAX_BLOCKS))
  /** The first block's answer: total, range and the drill-down's sessionless count. */
  const head = shallowRef<Omit<SessionPage, 'rows'> | null>(null)
  const loading = ref(false)
  const error = ref<string | null>(null)

  let query: SessionListQuery | null = null
  let generation = 0
  const inFlight = new Set<number>()
  let disposed = false

  async function fetchBlock(block: number, forGeneration: number): Promise<void> {
    if (query === null || inFlight.has(block)) return
    inFlight.add(block)
    try {
      const page = await analytics.sessions({
        ...query,
        offset: block * BLOCK_SIZE,
        limit: BLOCK_SIZE,
      })
      if (disposed || forGeneration !== generation) return
      const { rows, ...rest } = page
      cache.value.put(block, rows)
      if (block === 0 || head.value === null) head.value = rest
      error.value = null
      triggerRef(cache)
    } catch (e) {
      if (disposed || forGeneration !== generation) return
      error.value = e instanceof Error ? e.message : String(e)
    } finally {
      if (forGeneration === generation) inFlight.delete(block)
    }
  }

  /** A new query: drop every cached row and load the first block. */
  async function reset(next: SessionListQuery): Promise<void> {
    generation += 1
    const mine = generation
    query = next
    inFlight.clear()
    cache.value.clear()
    triggerRef(cache)
    loading.value = true
    error.value = null
    await fetchBlock(0, mine)
    if (mine === generation) loading.value = false
  }

  /** Make sure rows [first, last] are loaded (called with the rows the table shows). */
  function ensure(first: number, last: number): void {
    const total = head.value?.total ?? 0
    const mine = generation
    for (const block of cache.value.missing(first, last, total)) void fetchBlock(block, mine)
  }

  function row(index: number): SessionRowView | undefined {
    return cache.value.row(index)
  }

  onScopeDispose(() => {
    disposed = true
  })

  return { cache, head, loading, error, reset, ensure, row }
}
