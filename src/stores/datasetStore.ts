// What is stored (accounts, groups, servicers, imports, zone): refreshed after every change.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { ZoneClock } from '@/domain/time/zoneClock'
import { analytics, onAnalyticsFailure } from '@/workers/analyticsClient'
import type { DatasetStatus } from '@/workers/analyticsTypes'

/** `VITE_KF_DEMO=off` builds the app without its demo (README). */
const DEMO_INCLUDED = import.meta.env.VITE_KF_DEMO !== 'off'

export const useDatasetStore = defineStore('dataset', () => {
  const status = shallowRef<DatasetStatus | null>(null)
  const error = ref<string | null>(null)
  const loading = ref(false)

  /** Formats times in the dataset's zone (Asia/Shanghai until data says otherwise). */
  const clock = computed(() => new ZoneClock(status.value?.timezone ?? 'Asia/Shanghai'))
  /** Changes whenever stored data changes: views watch it to fetch again. */
  const version = computed(() => status.value?.version ?? 0)

  /** The analytics worker stopped: every figure is gone until the page is reloaded. */
  const workerFailure = ref<string | null>(null)
  onAnalyticsFailure((failure) => (workerFailure.value = failure.message))

  const loadingDemo = ref(false)
  let firstOpenChecked = false

  // Other tabs of the app hear of every change this tab makes (an import, a live pull, 清空), so
  // every page of theirs follows at once instead of at its next query.
  const channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('kf-stats-data')
  channel?.addEventListener('message', (event: MessageEvent<{ version?: number }>) => {
    if ((event.data.version ?? 0) !== version.value) void refresh({ fromOtherTab: true })
  })

  /**
   * Reads what is stored. A change this tab made is announced to the others (`fromOtherTab`: the
   * refresh answers such an announcement and is not announced again).
   */
  async function refresh(options?: { fromOtherTab?: boolean }): Promise<DatasetStatus | null> {
    loading.value = true
    const before = status.value?.version
    try {
      status.value = await analytics.status()
      // First open: with nothing stored and the demo never loaded, the app loads it by itself.
      if (!firstOpenChecked) {
        firstOpenChecked = true
        if (DEMO_INCLUDED && status.value.eventCount === 0 && !status.value.demoOffered) {
          loadingDemo.value = true
          try {
            status.value = await analytics.loadDemo()
          } finally {
            loadingDemo.value = false
          }
        }
      }
      error.value = null
      if (!options?.fromOtherTab && status.value.version !== before) {
        channel?.postMessage({ version: status.value.version })
      }
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
    } finally {
      loading.value = false
    }
    return status.value
  }

  function accountName(openKfid: string): string {
    return status.value?.accounts.find((a) => a.open_kfid === openKfid)?.name ?? openKfid
  }

  function servicerName(userid: string): string {
    return status.value?.servicers.find((s) => s.userid === userid)?.name ?? userid
  }

  return {
    status,
    error,
    workerFailure,
    loading,
    loadingDemo,
    clock,
    version,
    refresh,
    accountName,
    servicerName,
  }
})
