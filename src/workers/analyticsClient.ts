// The only place the page creates the analytics worker. Pages use `analytics` (typed RPC).
import { wrap, type Remote } from 'comlink'
import type { AnalyticsApi } from './analyticsTypes'

const worker = new Worker(new URL('./analytics.worker.ts', import.meta.url), {
  type: 'module',
  name: 'kf-stats-analytics',
})

export const analytics: Remote<AnalyticsApi> = wrap<AnalyticsApi>(worker)
export { proxy as rpcCallback } from 'comlink'
