// The page's filters, read from and written to the URL (viewFilterQuery.ts is the codec).
//
//   const { filters, extra, update, linkQuery } = useViewFilters(MY_KEYS)
//   update({ range: { preset: '7d' } })          // one router.replace
//   update({ at: undefined })                    // a key present with undefined clears it
//   router.push({ path: '/sessions', query: { ...linkQuery(), metric: 'sessions' } })
//
// Keys another page (or component) owns are kept as they are: the FilterBar of 会话记录 changes
// the date and leaves `nickname`, `metric`, `session`… alone.
import { computed, watch, type ComputedRef } from 'vue'
import { useRoute, useRouter, type LocationQuery } from 'vue-router'
import { ElMessage } from 'element-plus'
import { useDatasetStore } from '@/stores/datasetStore'
import type { ViewFilters } from '@/workers/analyticsTypes'
import {
  SHARED_QUERY_KEYS,
  parseViewQuery,
  sameQuery,
  serializeViewFilters,
  type ParsedViewQuery,
  type QueryKeys,
} from './viewFilterQuery'

export type ViewFilterPatch<E> = Partial<ViewFilters> & Partial<E>

export interface UseViewFilters<E> {
  /** The worker-ready filters (`at` in epoch seconds): plain data, safe to post to the worker. */
  filters: ComputedRef<ViewFilters>
  /** The page's own keys that are present and valid. */
  extra: ComputedRef<Partial<E>>
  parsed: ComputedRef<ParsedViewQuery<E>>
  /**
   * Applies the patch with one `router.replace` (`push: true`: a new history entry, for what
   * the browser's Back should undo, like opening a drawer); nothing happens when the URL would
   * not change.
   */
  update(patch: ViewFilterPatch<E>, options?: { push?: boolean }): Promise<void>
  /**
   * The shared keys to carry to another page — range, account, group and `at` (as the link wrote
   * it), not servicer — with `patch` applied, in the codec's order:
   * `linkQuery({ servicer: 'zhangsan' })`.
   */
  linkQuery(patch?: Partial<ViewFilters>): Record<string, string>
}

// A notice is shown once per URL, however many components read that URL.
let noticedPath = ''
const noticed = new Set<string>()

function showNotices(fullPath: string, notices: string[]): void {
  if (fullPath !== noticedPath) {
    noticedPath = fullPath
    noticed.clear()
  }
  for (const notice of notices) {
    if (noticed.has(notice)) continue
    noticed.add(notice)
    ElMessage.warning({ message: notice, grouping: true })
  }
}

export function useViewFilters<E = Record<never, never>>(keys?: QueryKeys<E>): UseViewFilters<E> {
  const route = useRoute()
  const router = useRouter()
  const store = useDatasetStore()

  const parsed = computed(() => parseViewQuery<E>(route.query, store.clock, keys))
  const filters = computed(() => parsed.value.filters)
  const extra = computed(() => parsed.value.extra)

  watch(
    () => [route.fullPath, parsed.value.notices.join('\n')] as const,
    ([fullPath]) => showNotices(fullPath, parsed.value.notices),
    { immediate: true },
  )

  async function update(patch: ViewFilterPatch<E>, options?: { push?: boolean }): Promise<void> {
    const current = parsed.value
    const next: ViewFilters = { ...current.filters }
    const nextExtra: Partial<E> = { ...current.extra }
    for (const [key, value] of Object.entries(patch) as [string, unknown][]) {
      const blank = value === undefined || value === ''
      if (SHARED_QUERY_KEYS.includes(key)) {
        const target = next as unknown as Record<string, unknown>
        if (blank) delete target[key]
        else target[key] = value
      } else if (keys && key in keys) {
        const target = nextExtra as Record<string, unknown>
        if (blank) delete target[key]
        else target[key] = value
      }
    }
    if (next.range === undefined) next.range = { preset: 'all' }
    const written = serializeViewFilters<E>(next, {
      clock: store.clock,
      ...(current.atText !== undefined && !('at' in patch) ? { atText: current.atText } : {}),
      ...(keys ? { keys, extra: nextExtra } : {}),
    })
    const known = new Set([...SHARED_QUERY_KEYS, ...(keys ? Object.keys(keys) : [])])
    const query: LocationQuery = { ...written }
    for (const [key, value] of Object.entries(route.query)) {
      if (!known.has(key)) query[key] = value
    }
    if (sameQuery(query, route.query)) return
    if (options?.push) await router.push({ query })
    else await router.replace({ query })
  }

  function linkQuery(patch?: Partial<ViewFilters>): Record<string, string> {
    const current = parsed.value
    const { range, account, group, at } = current.filters
    const carried: ViewFilters = { range, account, group, at, ...patch }
    const atText = current.atText !== undefined && carried.at === at ? current.atText : undefined
    return serializeViewFilters(carried, {
      clock: store.clock,
      ...(atText !== undefined ? { atText } : {}),
    })
  }

  return { filters, extra, parsed, update, linkQuery }
}
