// The demo the app opens on first start: the seeded generator of mocks/, 30 whole days ending
// yesterday (in the demo's zone), all of yesterday included. Today is the live feed's alone
// (mocks/liveFeed plays it, under ids of its own), so the two never overlap. Loaded on demand so
// a build without the demo skips it.
import { directoryRecords } from '@/domain/import/memoryDataset'
import { formatDay, ZoneClock } from '@/domain/time/zoneClock'
import type { DemoData } from './analytics.api'

export const DEMO_OPTIONS = { seed: 1, days: 30, targetEvents: 20_000, timezone: 'Asia/Shanghai' }

/** The demo at `now` (Unix seconds): the 30 days before now's day. */
export async function generateDemoData(now: number): Promise<DemoData> {
  const { generateDataset } = await import('../../mocks/demoDataset/generateDataset')
  const clock = new ZoneClock(DEMO_OPTIONS.timezone)
  const yesterday = clock.dayOf(Math.floor(now)) - 1
  const dataset = generateDataset({ ...DEMO_OPTIONS, endDate: formatDay(yesterday) })
  const events: unknown[] = [...dataset.events()]
  const directory = directoryRecords(dataset.directory)
  return { timezone: dataset.meta.timezone, directory, events }
}
