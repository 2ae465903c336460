// 实时看板's 接待员工数据 (metrics.md §6): one row per (servicer, account), its columns in the guide's
// order with the guide's definitions, the figures of each cell (components/figureCell.ts, keyed as
// the report's realtime.staff rows) and the table's two filters: 接待状态 and a search by 客服账号.
import {
  averageCell as average,
  countCell as count,
  durationCell as duration,
  rateCell as rate,
  statusCell,
  type FigureCell,
} from '@/components/figureCell'
import type { ServicerStatus } from '@/domain/dataset/records'
import type { RealtimeStaffRowView } from '@/workers/analyticsTypes'

export const STATUS_LABELS: Record<ServicerStatus, string> = {
  1: '正在接待',
  2: '停止接待',
}

export interface RealtimeColumn {
  id: string
  header: string
  /** The guide's definition, shown on the header. */
  definition: string
  /** The cell's figures (components/figureCell.ts); columns without are drawn by the table. */
  figures?: (row: RealtimeStaffRowView) => FigureCell[]
}

/** Drawn by the table: name and department, avatar and name, the time, the button. */
export const SERVICER_COLUMN = 'servicer'
export const ACCOUNT_COLUMN = 'account'
export const FIRST_ONLINE_COLUMN = 'first_online_at'
export const ACTIONS_COLUMN = 'actions'

export const REALTIME_STAFF_COLUMNS: readonly RealtimeColumn[] = [
  { id: SERVICER_COLUMN, header: '接待员工', definition: '展示接待员工名称及部门信息。' },
  { id: ACCOUNT_COLUMN, header: '客服账号', definition: '展示客服账号头像和名称。' },
  {
    id: 'status',
    header: '接待状态',
    definition: '员工当前的接待状态:正在接待或停止接待。',
    figures: (r) => [statusCell('status', r.status, STATUS_LABELS[r.status])],
  },
  {
    id: FIRST_ONLINE_COLUMN,
    header: '今日首次在线时间',
    definition: '员工在当前自然日内,首次处于在线状态的时间。',
  },
  {
    id: 'online_seconds',
    header: '今日在线时长',
    definition: '员工在当前自然日内,处于“正在接待”状态的总时长。',
    figures: (r) => [duration('online_seconds', r.online_seconds)],
  },
  {
    id: 'ongoing_sessions',
    header: '进行中会话数',
    definition: '员工当前接待中未结束的会话数量。',
    figures: (r) => [count('ongoing_sessions', r.ongoing_sessions)],
  },
  {
    id: 'reception_limit',
    header: '接待上限',
    definition: '员工所在接待组配置的接待上限;没有接待组连接该员工与该客服账号时显示“–”。',
    figures: (r) => [count('reception_limit', r.reception_limit)],
  },
  {
    id: 'today_segments',
    header: '今日接待会话数',
    definition: '当前自然日内,分配到该员工的会话数量,包括已结束、由人工接待状态的会话。',
    figures: (r) => [count('today_segments', r.today_segments)],
  },
  {
    id: 'replied',
    header: '人工回复率',
    definition: '当前自然日内,分配给该员工的会话中,客户发消息后员工有回复的会话占比。',
    figures: (r) => [rate('replied', r.replied, r.addressed)],
  },
  {
    id: 'first_response_seconds',
    header: '平均首响时长',
    definition: '当前自然日内,分配给该员工的所有会话中,首响时长的平均值。',
    figures: (r) => [average('first_response_seconds', r.first_response_seconds, r.replied)],
  },
  {
    id: 'surveys_answered',
    header: '参评率',
    definition: '当前自然日内,分配给该员工的所有会话中,客户有评价的会话数/满意评价发送数。',
    figures: (r) => [rate('surveys_answered', r.surveys_answered, r.surveys_sent)],
  },
  {
    id: 'satisfied',
    header: '满意度评分',
    definition: '当前自然日内,客户参评的满意度评价中,客户评价为“满意/一般/不满意”的占比。',
    figures: (r) => [
      rate('satisfied', r.satisfied, r.surveys_answered, '满意'),
      rate('middling', r.middling, r.surveys_answered, '一般'),
      rate('dissatisfied', r.dissatisfied, r.surveys_answered, '不满意'),
    ],
  },
  { id: ACTIONS_COLUMN, header: '操作', definition: '查看该员工今天在该客服账号下的会话记录。' },
]

/** A column's figures for a row (none for the columns the table draws itself). */
export function realtimeCells(columnId: string, row: RealtimeStaffRowView): FigureCell[] {
  return REALTIME_STAFF_COLUMNS.find((c) => c.id === columnId)?.figures?.(row) ?? []
}

export interface StaffTableFilter {
  /** 接待状态: absent is 全部. */
  status?: ServicerStatus
  /** 客服账号 name contains this (case-insensitive, spaces around ignored). */
  search?: string
}

export function filterStaffRows(
  rows: readonly RealtimeStaffRowView[],
  filter: StaffTableFilter,
): RealtimeStaffRowView[] {
  const needle = (filter.search ?? '').trim().toLocaleLowerCase('zh-CN')
  const kept = rows.filter(
    (row) =>
      (filter.status === undefined || row.status === filter.status) &&
      (needle === '' || row.accountName.toLocaleLowerCase('zh-CN').includes(needle)),
  )
  // Who is receiving comes first (a team lead looks for them); otherwise the report's order.
  return kept.sort((a, b) => Number(b.status === 1) - Number(a.status === 1))
}

/**
 * The account's avatar if it is a picture inside the data (`data:image/…`); a URL elsewhere is not
 * loaded — nothing leaves the browser (README) — and the table shows the name's first letter.
 */
export function localAvatar(src: string | undefined): string | null {
  if (src === undefined) return null
  return /^data:image\/[a-z0-9.+-]+[;,]/i.test(src.trim()) ? src.trim() : null
}

/** A stable key of a row (a servicer appears once per account). */
export function rowKey(row: Pick<RealtimeStaffRowView, 'servicer_userid' | 'open_kfid'>): string {
  return `${row.servicer_userid}\u0000${row.open_kfid}`
}
