// 实时看板's URL: the shared `account` and `at` (replay), and the table's own keys, read and
// written by the shared codec (src/composables/viewFilterQuery):
//   status=1|2      接待状态 of the 接待员工数据 table (1 正在接待, 2 停止接待; absent 全部)
//   search=TEXT     客服账号 name contains TEXT
// Range, group and servicer do not apply to the board (metrics.md §6) and are not read.
import { queryKeys, type QueryKey, type QueryKeys } from '@/composables/viewFilterQuery'
import type { ServicerStatus } from '@/domain/dataset/records'
import type { ZoneClock } from '@/domain/time/zoneClock'

export interface RealtimePageQuery {
  status?: ServicerStatus
  search?: string
}

const status: QueryKey<ServicerStatus> = {
  parse: (text) => (text === '1' ? 1 : text === '2' ? 2 : undefined),
  serialize: (value) => String(value),
  notice: '链接中的接待状态无效,已显示全部员工',
}

export const SEARCH_MAX_LENGTH = 50

export const REALTIME_QUERY_KEYS: QueryKeys<RealtimePageQuery> = {
  status,
  search: queryKeys.text('链接中的客服账号搜索词无效,已显示全部客服账号', SEARCH_MAX_LENGTH),
}

/** The board refreshes itself this often (「实时看板每分钟更新1次」). */
export const REFRESH_INTERVAL_MS = 60_000

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n))

/** The replay moment for the banner: `2026-11-20 15:30`, with `:05` only when seconds are set. */
export function replayMomentText(at: number, clock: ZoneClock): string {
  const w = clock.wallTime(at)
  const text = `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`
  return w.second === 0 ? text : `${text}:${pad(w.second)}`
}

export function replayBannerText(at: number, clock: ZoneClock): string {
  return `正在回放 ${replayMomentText(at, clock)} 的看板,数据不会自动刷新`
}
