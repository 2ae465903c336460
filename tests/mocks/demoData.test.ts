// The first-open demo (src/workers/demoData.ts): 30 whole days ending yesterday in its zone, all
// of yesterday, nothing of today, which is the live feed's alone.
import { describe, expect, it } from 'vitest'
import { generateDataset } from '../../mocks/demoDataset/generateDataset'
import { LiveFeedSource } from '../../mocks/liveFeed/liveFeedSource'
import { parseDay, ZoneClock } from '../../src/domain/time/zoneClock'
import { DEMO_OPTIONS, generateDemoData } from '../../src/workers/demoData'

const at = (iso: string) => Date.parse(iso) / 1000
const clock = new ZoneClock('Asia/Shanghai')

describe('the first-open demo', () => {
  it('is the 30 whole days before now’s day in Shanghai, whatever the hour', async () => {
    const afternoon = await generateDemoData(at('2026-11-20T15:00:00+08:00'))
    expect(afternoon.timezone).toBe('Asia/Shanghai')
    const events = afternoon.events as { id: string; time: number }[]
    // Nothing cut: exactly the generator's 30 days ending 2026-11-19, seed and size unchanged.
    const whole = [...generateDataset({ ...DEMO_OPTIONS, endDate: '2026-11-19' }).events()]
    expect(events).toEqual(whole)
    expect(DEMO_OPTIONS).toMatchObject({ seed: 1, days: 30, targetEvents: 20_000 })
    const first = clock.startOfDay(parseDay('2026-10-21')!)
    const today = clock.startOfDay(parseDay('2026-11-20')!)
    expect(events[0]!.time).toBeGreaterThanOrEqual(first)
    expect(events[events.length - 1]!.time).toBeLessThan(today)
    // Yesterday is there to its evening (the night shift comes on at about 21:30).
    expect(events[events.length - 1]!.time).toBeGreaterThan(today - 3 * 3600)
    const days = new Set(events.map((e) => clock.dayOf(e.time)))
    expect(days.size).toBe(30)

    // The first and last second of the Shanghai day (16:00 UTC the day before) give the same.
    for (const iso of ['2026-11-20T00:00:00+08:00', '2026-11-20T23:59:59+08:00']) {
      const other = await generateDemoData(at(iso))
      expect(other.events.length, iso).toBe(events.length)
      expect(other.events[events.length - 1], iso).toEqual(events[events.length - 1])
    }
    const tomorrow = await generateDemoData(at('2026-11-21T00:00:00+08:00'))
    expect((tomorrow.events as { time: number }[]).at(-1)!.time).toBeGreaterThanOrEqual(today)
  })

  it('never overlaps the live feed of today: other times, other ids', async () => {
    const now = at('2026-11-20T03:00:00+08:00')
    const demo = await generateDemoData(now)
    const live = new LiveFeedSource({ seed: DEMO_OPTIONS.seed }).eventsUpTo(now)
    expect(live.length).toBeGreaterThan(0)
    const today = clock.startOfDay(parseDay('2026-11-20')!)
    for (const event of live) expect(event.time).toBeGreaterThanOrEqual(today)
    const liveIds = new Set(live.map((e) => e.id))
    for (const event of demo.events as { id: string; time: number }[]) {
      expect(event.time).toBeLessThan(today)
      expect(liveIds.has(event.id)).toBe(false)
    }
  })
})
