import { describe, expect, it } from 'vitest'
import { generatedReplayInput } from './generatedReplayInput'
import { createReplayer, replayEvents } from '../../src/domain/replay/replayEvents'
import { buildReport } from '../../src/domain/report/buildReport'

function demo() {
  const { events, directory } = generatedReplayInput({
    seed: 11,
    endDate: '2026-11-20',
    days: 3,
    targetEvents: 4000,
  })
  return { events, directory }
}

describe('a replay that goes on (live pulls) equals one replay of everything', () => {
  it('gives the same report, pulled in many pieces, at every moment', () => {
    const { events, directory } = demo()
    expect(events.length).toBeGreaterThan(3000)
    const whole = replayEvents(events, directory)
    const replayer = createReplayer(directory)
    for (let i = 0; i < events.length; i += 397) {
      const piece = events.slice(i, i + 397)
      expect(replayer.canAppend(piece)).toBe(true)
      replayer.add(piece)
    }
    const counters = { read: 0, added: 0, duplicates: 0, conflicts: 0, invalid: 0, warnings: 0 }
    const report = (replay: typeof whole, at?: string) =>
      buildReport({ timezone: 'Asia/Shanghai', directory, replay, counters }, at ? { at } : {})
    for (const at of [undefined, '2026-11-19T15:30', '2026-11-20T23:00']) {
      expect(report(replayer.replay, at)).toEqual(report(whole, at))
    }
  })

  it('says when new events would come before what was replayed (history must be replayed again)', () => {
    const { events, directory } = demo()
    const replayer = createReplayer(directory)
    replayer.add(events.slice(0, 1000))
    expect(replayer.canAppend(events.slice(1000))).toBe(true)
    expect(replayer.canAppend([{ ...events[10]!, seq: 999999 }])).toBe(
      events[10]!.time === events[999]!.time,
    )
  })
})
