// 数据管理's summary lines of what is stored.
import { formatDay, type ZoneClock } from '@/domain/time/zoneClock'
import type { DatasetStatus } from '@/workers/analyticsTypes'

/** `2026-11-01 至 2026-11-07` (days in the dataset's zone), or `–` with no events. */
export function dateSpan(status: DatasetStatus, clock: ZoneClock): string {
  if (status.firstEventTime === null || status.lastEventTime === null) return '–'
  const from = formatDay(clock.dayOf(status.firstEventTime))
  const to = formatDay(clock.dayOf(status.lastEventTime))
  return from === to ? from : `${from} 至 ${to}`
}

/** 客服账号 3 个 · 接待人员 12 位 · 接待组 2 个. */
export function directorySummary(status: DatasetStatus): string {
  return (
    `客服账号 ${status.accounts.length} 个 · 接待人员 ${status.servicers.length} 位 · ` +
    `接待组 ${status.groups.length} 个`
  )
}
