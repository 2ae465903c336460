// Times are shown in the dataset's zone, whatever the browser's zone (metrics.md §7).
import type { ZoneClock } from '../time/zoneClock'

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n))

/** `2026-11-20 10:00:05` in the dataset's zone. */
export function formatDateTime(t: number, clock: ZoneClock): string {
  const w = clock.wallTime(t)
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`
}

/** `10:00:05` in the dataset's zone. */
export function formatClockTime(t: number, clock: ZoneClock): string {
  const w = clock.wallTime(t)
  return `${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`
}
