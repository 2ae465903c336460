// 会话记录's columns (metrics.md §6) and the text each cell shows — the table and the export
// both read this, so an exported cell is exactly what the page shows.
import type { Rating } from '@/domain/dataset/records'
import { NOT_COMPUTABLE, formatDuration } from '@/domain/display/formatFigures'
import { formatDateTime } from '@/domain/display/formatTime'
import type { SessionSortKey } from '@/domain/figures/sessionList'
import type { ZoneClock } from '@/domain/time/zoneClock'
import type { SessionRowView } from '@/workers/analyticsTypes'
import { STATE_LABELS } from './sessionQuery'

export const RATING_LABELS: Record<Rating, string> = {
  satisfied: '满意',
  middling: '一般',
  dissatisfied: '不满意',
}

export interface SessionColumn {
  id: string
  label: string
  /** Width in px in the table. */
  width: number
  align?: 'right'
  sortKey?: SessionSortKey
  text: (row: SessionRowView, clock: ZoneClock) => string
  /** The export's cell when it is a number (counts), so a sheet can sum it. */
  value?: (row: SessionRowView) => number
}

const names = (list: { name: string }[]): string =>
  list.length === 0 ? NOT_COMPUTABLE : list.map((item) => item.name).join('、')

export const SESSION_COLUMNS: SessionColumn[] = [
  {
    id: 'start',
    label: '会话开始时间',
    width: 160,
    sortKey: 'start',
    text: (row, clock) => formatDateTime(row.start, clock),
  },
  {
    id: 'end',
    label: '结束时间',
    width: 160,
    sortKey: 'end',
    text: (row, clock) => (row.end === null ? '进行中' : formatDateTime(row.end, clock)),
  },
  { id: 'account', label: '客服账号', width: 130, text: (row) => row.accountName },
  { id: 'nickname', label: '访客昵称', width: 120, text: (row) => row.nickname },
  { id: 'friend', label: '企业好友', width: 76, text: (row) => (row.isFriend ? '是' : '否') },
  { id: 'servicers', label: '接待人员', width: 140, text: (row) => names(row.servicers) },
  { id: 'groups', label: '接待组', width: 130, text: (row) => names(row.groups) },
  { id: 'state', label: '接待状态', width: 112, text: (row) => STATE_LABELS[row.state] },
  {
    id: 'duration',
    label: '会话时长',
    width: 116,
    align: 'right',
    sortKey: 'duration',
    text: (row) => formatDuration(row.duration),
  },
  {
    id: 'first_response',
    label: '首次响应时长',
    width: 116,
    align: 'right',
    sortKey: 'first_response_seconds',
    text: (row) =>
      row.first_response_seconds === null
        ? NOT_COMPUTABLE
        : formatDuration(row.first_response_seconds),
  },
  {
    id: 'customer_messages',
    label: '客户消息数',
    width: 108,
    align: 'right',
    sortKey: 'customer_messages',
    text: (row) => String(row.customer_messages),
    value: (row) => row.customer_messages,
  },
  {
    id: 'servicer_messages',
    label: '接待人员消息数',
    width: 136,
    align: 'right',
    sortKey: 'servicer_messages',
    text: (row) => String(row.servicer_messages),
    value: (row) => row.servicer_messages,
  },
  {
    id: 'rating',
    label: '满意度',
    width: 76,
    text: (row) => (row.rating === null ? NOT_COMPUTABLE : RATING_LABELS[row.rating]),
  },
]

/** Header and cells of the export: one row per session, the texts the page shows (counts as numbers). */
export function sessionExportHeaders(): string[] {
  return SESSION_COLUMNS.map((column) => column.label)
}

export function sessionExportRow(row: SessionRowView, clock: ZoneClock): (string | number)[] {
  return SESSION_COLUMNS.map((column) =>
    column.value ? column.value(row) : column.text(row, clock),
  )
}
