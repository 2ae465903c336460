// The demo the app opens on first start: the seeded generator of mocks/, for the 30 days up to
// now (so 今天 and 近7天 show data), loaded on demand so a build without the demo skips it.
import type { DirectoryRecord } from '@/domain/dataset/validateDirectory'
import { formatDay, ZoneClock } from '@/domain/time/zoneClock'
import type { DemoData } from './analytics.api'

export const DEMO_OPTIONS = { seed: 1, days: 30, targetEvents: 20_000, timezone: 'Asia/Shanghai' }

export async function generateDemoData(now: number): Promise<DemoData> {
  const { generateDataset } = await import('../../mocks/demoDataset/generateDataset')
  const clock = new ZoneClock(DEMO_OPTIONS.timezone)
  const dataset = generateDataset({ ...DEMO_OPTIONS, endDate: formatDay(clock.dayOf(now)) })
  const events: unknown[] = []
  for (const event of dataset.events()) {
    if (event.time > now) break
    events.push(event)
  }
  const d = dataset.directory
  const directory: DirectoryRecord[] = [
    ...d.accounts.map((value) => ({ kind: 'account' as const, value })),
    ...d.servicers.map((value) => ({ kind: 'servicer' as const, value })),
    ...d.groups.map((value) => ({ kind: 'group' as const, value })),
    ...d.customers.map((value) => ({ kind: 'customer' as const, value })),
  ]
  return { timezone: dataset.meta.timezone, directory, events }
}
