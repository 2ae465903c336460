// 会话记录's own URL keys, read and written by the shared codec (src/composables/viewFilterQuery):
//   nickname=TEXT  friend=1|0  state=0..4  metric=FIGURE_KEY  card=CARD_ID  sort=COLUMN  desc=0
//   session=KEY
// (servicer, range, account, group and at are the shared keys). Defaults are left out.
import { queryKeys, type QueryKey, type QueryKeys } from '@/composables/viewFilterQuery'
import type { ServiceState } from '@/domain/dataset/records'
import { ALL_OVERVIEW_CARDS, type FigureKey } from '@/domain/figures/figureCatalog'
import { OVERVIEW_KEYS } from '@/domain/figures/figureKeys'
import type { SessionSortKey } from '@/domain/figures/sessionList'

export interface SessionPageQuery {
  nickname?: string
  friend?: boolean
  state?: ServiceState
  metric?: FigureKey
  /** The card clicked (several cards share a drill key): names the drill-down. */
  card?: string
  sort?: SessionSortKey
  /** Absent means descending (the default). */
  desc?: boolean
  session?: string
}

/** What SessionFilters changes at once. */
export interface SessionFilterPatch {
  nickname?: string
  friend?: boolean
  state?: ServiceState
}

export const SORT_KEYS: readonly SessionSortKey[] = [
  'start',
  'end',
  'duration',
  'first_response_seconds',
  'customer_messages',
  'servicer_messages',
]
export const DEFAULT_SORT_KEY: SessionSortKey = 'start'

export const STATE_LABELS: Record<ServiceState, string> = {
  0: '待处理',
  1: '智能助手接待中',
  2: '排队中',
  3: '人工接待中',
  4: '已结束',
}

const state: QueryKey<ServiceState> = {
  parse: (text) => (/^[0-4]$/.test(text) ? (Number(text) as ServiceState) : undefined),
  serialize: (value) => String(value),
  notice: '链接中的接待状态无效,已显示全部接待状态',
}

/** Descending is the default: only `desc=0` is written. */
const desc: QueryKey<boolean> = {
  parse: (text) => (text === '1' ? true : text === '0' ? false : undefined),
  serialize: (value) => (value ? undefined : '0'),
  notice: '链接中的排序方向无效,已按降序排列',
}

export const SESSION_QUERY_KEYS: QueryKeys<SessionPageQuery> = {
  nickname: queryKeys.text('链接中的访客昵称无效,已显示全部访客', 100),
  friend: queryKeys.yesNo('链接中的企业好友筛选无效,已显示全部客户'),
  state,
  metric: queryKeys.oneOf<FigureKey>(OVERVIEW_KEYS, '链接中的数据总览指标无效,已显示全部会话'),
  card: queryKeys.oneOf<string>(
    ALL_OVERVIEW_CARDS.map((c) => c.id),
    '链接中的数据总览卡片无效,已按指标命名',
  ),
  sort: queryKeys.oneOf<SessionSortKey>(
    SORT_KEYS,
    '链接中的排序列无效,已按会话开始时间排序',
    DEFAULT_SORT_KEY,
  ),
  desc,
  session: queryKeys.text('链接中的会话编号无效', 200),
}

/** The worker's sort of the page's query (start, descending by default). */
export function sortOf(query: SessionPageQuery): { key: SessionSortKey; desc: boolean } {
  return { key: query.sort ?? DEFAULT_SORT_KEY, desc: query.desc ?? true }
}
