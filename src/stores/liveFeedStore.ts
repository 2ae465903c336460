// The live feed as the pages see it: its state (正常 / 重试中 / 已暂停), the last pull, the
// settings and the 数据问题 count. One runtime per tab; the Web Lock lets one tab pull at a time
// and the others take its additions from IndexedDB.
import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { LiveFeedRuntime, webLock, type LiveFeedSnapshot } from '@/liveFeed/liveFeedRuntime'
import type { LiveFeedFault } from '@/liveFeed/demoFeedServer'
import { analytics } from '@/workers/analyticsClient'
import type { FeedSettings } from '@/workers/analyticsTypes'
import { useDatasetStore } from './datasetStore'

export const useLiveFeedStore = defineStore('liveFeed', () => {
  const dataset = useDatasetStore()
  const snapshot = shallowRef<LiveFeedSnapshot | null>(null)
  let runtime: LiveFeedRuntime | null = null
  /** Set before the runtime exists too: a `?at=` URL must never start with a pull. */
  let replayingWanted = false

  async function demoServer() {
    const { startDemoFeedServer } = await import('@/liveFeed/demoFeedServer')
    return startDemoFeedServer()
  }

  /** Starts the feed once the stored data (and the first-open demo) is known. */
  async function start(): Promise<void> {
    if (runtime) return
    runtime = new LiveFeedRuntime({
      api: analytics,
      demoFeedUrl: async () => (await demoServer()).url,
      onStored: () => void dataset.refresh(),
      ...(webLock() ? { lock: webLock()! } : {}),
    })
    runtime.subscribe((next) => (snapshot.value = next))
    runtime.setReplaying(replayingWanted)
    await runtime.start()
  }

  /** After the data was replaced or cleared, or the settings changed. */
  async function reconsider(): Promise<void> {
    await runtime?.reconsider()
  }

  async function saveSettings(settings: FeedSettings): Promise<void> {
    await analytics.saveFeedSettings(settings)
    await reconsider()
  }

  function setReplaying(replaying: boolean): void {
    replayingWanted = replaying
    runtime?.setReplaying(replaying)
  }

  function refreshNow(): Promise<void> {
    return runtime?.refreshNow() ?? Promise.resolve()
  }

  /** 演示数据 only: the next requests fail as asked (see mocks/liveFeed/handlers.ts). */
  async function injectDemoFaults(...faults: LiveFeedFault[]): Promise<void> {
    ;(await demoServer()).inject(...faults)
  }

  const status = computed(() => snapshot.value?.status ?? null)
  const feedState = computed(() => snapshot.value?.state ?? null)
  const lastPull = computed(() => snapshot.value?.lastPull ?? null)
  const replaying = computed(() => snapshot.value?.replaying ?? false)

  return {
    status,
    feedState,
    lastPull,
    replaying,
    start,
    reconsider,
    saveSettings,
    setReplaying,
    refreshNow,
    injectDemoFaults,
  }
})
