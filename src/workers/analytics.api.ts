// The analytics worker's API as plain functions (unit-tested in Node over fake-indexeddb).
import type { AnalyticsApi } from './analyticsTypes'

export function createAnalyticsApi(): AnalyticsApi {
  throw new Error('not implemented yet')
}
