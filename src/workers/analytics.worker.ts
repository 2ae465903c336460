// Exposes the analytics API and nothing else.
import { expose } from 'comlink'
import { KfDatabase } from '@/db/kfDatabase'
import { createAnalyticsApi } from './analytics.api'
import { generateDemoData } from './demoData'

expose(
  createAnalyticsApi({
    database: new KfDatabase(),
    now: () => Math.floor(Date.now() / 1000),
    demo:
      import.meta.env.VITE_KF_DEMO === 'off'
        ? () => Promise.reject(new Error('此版本不含示例数据'))
        : generateDemoData,
  }),
)
