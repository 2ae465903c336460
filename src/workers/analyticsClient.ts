// The only place the page creates the analytics worker. Pages use `analytics` (typed RPC); if the
// worker fails, every call fails with a message (workerFailure.ts) and `onAnalyticsFailure` says so.
import { wrap, type Remote } from 'comlink'
import type { AnalyticsApi } from './analyticsTypes'
import { failingWith, watchWorker, type WorkerFailedError } from './workerFailure'

const worker = new Worker(new URL('./analytics.worker.ts', import.meta.url), {
  type: 'module',
  name: 'kf-stats-analytics',
})
const failure = watchWorker(worker)

export const analytics: Remote<AnalyticsApi> = failingWith(wrap<AnalyticsApi>(worker), failure)
export const onAnalyticsFailure = (listener: (error: WorkerFailedError) => void): void =>
  failure.onFailure(listener)
export { proxy as rpcCallback } from 'comlink'
