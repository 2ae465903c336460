// Starts the live feed once the stored data (and the first-open demo) is known, pauses it while
// a view shows a past moment (`?at=`), and has it look at its settings again when the data is
// replaced or cleared (演示数据 feeds only the demo).
import { watch } from 'vue'
import type { Pinia } from 'pinia'
import type { Router } from 'vue-router'
import { useDatasetStore } from '@/stores/datasetStore'
import { useLiveFeedStore } from '@/stores/liveFeedStore'

export async function wireLiveFeed(pinia: Pinia, router: Router): Promise<void> {
  const dataset = useDatasetStore(pinia)
  const feed = useLiveFeedStore(pinia)
  const replaying = (): boolean => typeof router.currentRoute.value.query.at === 'string'
  await router.isReady()
  feed.setReplaying(replaying())
  router.afterEach(() => feed.setReplaying(replaying()))
  await dataset.refresh()
  await feed.start()
  watch(
    () => [dataset.status?.isDemo, (dataset.status?.eventCount ?? 0) === 0] as const,
    () => void feed.reconsider(),
  )
}
