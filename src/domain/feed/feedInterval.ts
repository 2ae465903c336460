// How often the live feed is pulled: every 60 s by default, a setting from 10 to 300 s.
export const DEFAULT_INTERVAL_SECONDS = 60
export const MIN_INTERVAL_SECONDS = 10
export const MAX_INTERVAL_SECONDS = 300

/** A setting's value as an interval: default 60, whole seconds, 10–300. */
export function clampIntervalSeconds(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_INTERVAL_SECONDS
  return Math.min(MAX_INTERVAL_SECONDS, Math.max(MIN_INTERVAL_SECONDS, Math.round(value)))
}
