// 导出列表: every session of the current filters (fetched from the worker page by page), one
// row each, with the texts the table shows, under a title row naming the filters and the range.
import type { ResolvedRange, SessionQuery, SessionRowView } from '@/workers/analyticsTypes'
import type { SessionPage } from '@/workers/analyticsTypes'
import { RANGE_PRESET_LABELS } from '@/domain/figures/rangePresets'
import { STATE_LABELS } from './sessionQuery'

export const EXPORT_PAGE_SIZE = 5000

export type SessionListQuery = Omit<SessionQuery, 'offset' | 'limit'>

/** Every row of the query, in the table's order. */
export async function fetchAllSessions(
  load: (query: SessionQuery) => Promise<SessionPage>,
  query: SessionListQuery,
  onProgress?: (done: number, total: number) => void,
): Promise<{ rows: SessionRowView[]; range: ResolvedRange | null }> {
  const rows: SessionRowView[] = []
  let total = Infinity
  let range: ResolvedRange | null = null
  while (rows.length < total) {
    const page = await load({ ...query, offset: rows.length, limit: EXPORT_PAGE_SIZE })
    total = page.total
    range ??= page.range
    rows.push(...page.rows)
    onProgress?.(rows.length, total)
    if (page.rows.length === 0) break
  }
  return { rows, range }
}

export interface ExportNames {
  account: (openKfid: string) => string
  group: (groupId: string) => string
  servicer: (userid: string) => string
  metric: (key: string) => string
}

/** `会话记录 会话时间:2026-11-01 至 2026-11-07;客服账号:…` — only the filters that are set. */
export function exportTitle(
  query: SessionListQuery,
  range: ResolvedRange | null,
  names: ExportNames,
): string {
  const parts: string[] = []
  const spec = query.range
  const preset = 'preset' in spec ? RANGE_PRESET_LABELS[spec.preset] : null
  if (range) {
    const days = range.from === range.to ? range.from : `${range.from} 至 ${range.to}`
    parts.push(`会话时间:${preset ? `${preset}(${days})` : days}`)
  } else if (preset) parts.push(`会话时间:${preset}`)
  if (query.servicer) parts.push(`接待人员:${names.servicer(query.servicer)}`)
  if (query.nickname) parts.push(`访客昵称包含:${query.nickname}`)
  if (query.account) parts.push(`客服账号:${names.account(query.account)}`)
  if (query.group) parts.push(`接待组:${names.group(query.group)}`)
  if (query.friend !== undefined) parts.push(`企业好友:${query.friend ? '是' : '否'}`)
  if (query.state !== undefined) parts.push(`接待状态:${STATE_LABELS[query.state]}`)
  if (query.metric) parts.push(`数据总览指标:${names.metric(query.metric)}`)
  return `会话记录 ${parts.join(';')}`
}

/** `会话记录_2026-11-01_2026-11-07`. */
export function exportFileName(range: ResolvedRange | null): string {
  if (!range) return '会话记录'
  return range.from === range.to ? `会话记录_${range.from}` : `会话记录_${range.from}_${range.to}`
}
