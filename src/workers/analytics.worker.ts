// Exposes the analytics API and nothing else.
import { expose } from 'comlink'
import { createAnalyticsApi } from './analytics.api'

expose(createAnalyticsApi())
