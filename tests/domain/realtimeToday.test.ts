import { describe, expect, it } from 'vitest'
import { generatedReplayInput } from './generatedReplayInput'
import { sessionStateAt } from '../../src/domain/figures/asOf'
import { computeOverview } from '../../src/domain/figures/overview'
import { computeRealtime } from '../../src/domain/figures/realtime'
import { replayEvents } from '../../src/domain/replay/replayEvents'
import { ZoneClock } from '../../src/domain/time/zoneClock'

function demo() {
  const { events, directory } = generatedReplayInput({
    seed: 5,
    endDate: '2026-11-20',
    days: 3,
    targetEvents: 6000,
  })
  return { replay: replayEvents(events, directory), directory }
}

// The board only looks at the sessions that had not closed before the day began (and the day's
// surveys and upgrades); these check it against counts over the whole history.
describe('实时看板 over the whole history', () => {
  it('counts today, the queue and 人工接待中 as over every session, also just after midnight', () => {
    const { replay, directory } = demo()
    const clock = new ZoneClock('Asia/Shanghai')
    const first = clock.dayOf(replay.firstEventTime!)
    const last = clock.dayOf(replay.lastEventTime!)
    const accounts = [undefined, ...directory.accounts.keys()]
    let openFromYesterday = 0
    for (let day = first; day <= last + 2; day++) {
      const dayStart = clock.startOfDay(day)
      for (const offset of [30, 1800, 9 * 3600, 15 * 3600 + 17, 86399]) {
        const asOf = dayStart + offset
        for (const account of accounts) {
          const board = computeRealtime(replay, directory, clock, asOf, account)
          const today = computeOverview(replay, directory, clock, {
            range: { from: day, to: day },
            asOf,
            filters: { account },
          }).total
          expect(board.today).toEqual(today)

          let queue = 0
          let inHuman = 0
          let segments = 0
          for (const session of replay.sessions) {
            if (session.start > asOf) continue
            if (account !== undefined && session.open_kfid !== account) continue
            const state = sessionStateAt(session, asOf).state
            if (state === 2) queue += 1
            if (state === 3) inHuman += 1
            if ((state === 2 || state === 3) && session.start < dayStart) openFromYesterday += 1
            for (const segment of session.segments) {
              if (segment.servicer !== null && segment.start >= dayStart && segment.start <= asOf)
                segments += 1
            }
          }
          expect(board.queue).toBe(queue)
          expect(board.sessions_in_human).toBe(inHuman)
          expect(board.staff.reduce((sum, row) => sum + row.today_segments, 0)).toBe(segments)
        }
      }
    }
    expect(openFromYesterday).toBeGreaterThan(0)
  })
})
