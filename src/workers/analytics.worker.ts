// Exposes the analytics API and nothing else.
import { expose } from 'comlink'
import { KfDatabase } from '@/db/kfDatabase'
import { createAnalyticsApi } from './analytics.api'
import { generateDemoData } from './demoData'

expose(
  createAnalyticsApi({
    database: new KfDatabase(),
    now: () => Math.floor(Date.now() / 1000),
    demo: generateDemoData,
  }),
)
