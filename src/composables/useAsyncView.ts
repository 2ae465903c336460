// One worker query behind a view, with its three states (loading, data, error).
//
//   const view = useAsyncView(() => filters.value, (f) => analytics.overview(f))
//
// The query runs again when the request changes by value (compared as JSON, so a new object with
// the same filters does not refetch) or when the stored data changes (datasetStore.version). It
// waits until the dataset status is known and the first-open demo has loaded. A late answer to
// an older request is dropped. The result is held in a shallowRef: it is never made deeply
// reactive.
import { onScopeDispose, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import { useDatasetStore } from '@/stores/datasetStore'

export interface AsyncView<T> {
  data: ShallowRef<T | null>
  /** True while a query is running (the last data stays shown under it). */
  loading: Ref<boolean>
  /** The reason the last query failed, in words for the user. */
  error: Ref<string | null>
  reload(): void
}

export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message
  return String(e)
}

export function useAsyncView<Q, T>(
  request: () => Q | null,
  load: (query: Q) => Promise<T>,
): AsyncView<T> {
  const store = useDatasetStore()
  const data = shallowRef<T | null>(null)
  const loading = ref(true)
  const error = ref<string | null>(null)
  let ticket = 0
  let disposed = false

  const ready = (): boolean => store.status !== null && !store.loadingDemo

  async function run(): Promise<void> {
    const mine = ++ticket
    if (!ready()) {
      loading.value = store.error === null
      error.value = store.error === null ? null : `数据读取失败:${store.error}`
      return
    }
    const query = request()
    if (query === null) return
    loading.value = true
    try {
      const result = await load(query)
      if (disposed || mine !== ticket) return
      data.value = result
      error.value = null
    } catch (e) {
      if (disposed || mine !== ticket) return
      error.value = `数据计算失败:${errorText(e)}`
    } finally {
      if (!disposed && mine === ticket) loading.value = false
    }
  }

  watch(
    () => [JSON.stringify(request()), store.version, ready(), store.error] as const,
    () => void run(),
    { immediate: true },
  )

  onScopeDispose(() => {
    disposed = true
  })

  return { data, loading, error, reload: () => void run() }
}
