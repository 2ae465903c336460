// 员工统计's columns in the guide's order (metrics.md §6): what each shows, its raw figures (for
// data-metric and the export) and how it sorts. Rates and averages sort by their exact value
// num/den (compared by cross-multiplying); `–` (a 0 denominator) sorts last in both directions.
import {
  averageCell as average,
  cellFraction,
  countCell as count,
  durationCell as duration,
  rateCell as rate,
  type FigureCell,
} from '@/components/figureCell'
import type { StaffRowView } from '@/workers/analyticsTypes'

export interface StaffColumn {
  /** The column's id in the URL (`sort=`). */
  id: string
  header: string
  /** The guide's definition, shown on the header. */
  definition?: string
  /** The cell's figures (components/figureCell.ts); columns with figures sort largest first. */
  figures?: (row: StaffRowView) => FigureCell[]
}

export const NAME_COLUMN = 'servicer'

export const STAFF_COLUMNS: StaffColumn[] = [
  { id: NAME_COLUMN, header: '接待人员', definition: '接待员工名称及部门信息' },
  {
    id: 'reception_seconds',
    header: '接待时长',
    definition: '员工在查询时间内,处于“正在接待”状态的总时长。',
    figures: (r) => [duration('reception_seconds', r.reception_seconds)],
  },
  {
    id: 'human_segments',
    header: '接入人工会话次数',
    definition: '分配给该员工的客服会话数。',
    figures: (r) => [count('human_segments', r.human_segments)],
  },
  {
    id: 'customers',
    header: '接待客户数',
    definition: '分配给该员工的会话中,唯一客户数,同一客户多次咨询只计算一个。',
    figures: (r) => [count('customers', r.customers)],
  },
  {
    id: 'customer_messages',
    header: '咨询消息总数',
    definition: '客户在会话中发送的消息数量。',
    figures: (r) => [count('customer_messages', r.customer_messages)],
  },
  {
    id: 'replied',
    header: '人工回复率',
    definition: '一个自然日内,客户给接待人员发消息的会话中,接待人员回复了的会话的占比。',
    figures: (r) => [rate('replied', r.replied, r.addressed)],
  },
  {
    id: 'first_response_seconds',
    header: '平均首次回复时长',
    definition:
      '一个自然日内,客户给接待人员发送的第一条消息至接待人员回复之间的时长,为首次响应时长。所有的首次回复总时长/已回复的咨询会话数,即为平均首次响应时长。',
    figures: (r) => [average('first_response_seconds', r.first_response_seconds, r.replied)],
  },
  {
    id: 'surveys_sent',
    header: '满意度评价发送数',
    definition: '推送过满意度评价的会话数。',
    figures: (r) => [count('surveys_sent', r.surveys_sent)],
  },
  {
    id: 'surveys_answered',
    header: '满意度参评率',
    definition: '推送的满意度评价中,客户参评的占比。',
    figures: (r) => [rate('surveys_answered', r.surveys_answered, r.surveys_sent)],
  },
  {
    id: 'satisfied',
    header: '满意度评分',
    definition: '客户参评的满意度评价中,客户评价为“满意/一般/不满意”的占比。按“满意”占比排序。',
    figures: (r) => [
      rate('satisfied', r.satisfied, r.surveys_answered, '满意'),
      rate('middling', r.middling, r.surveys_answered, '一般'),
      rate('dissatisfied', r.dissatisfied, r.surveys_answered, '不满意'),
    ],
  },
  {
    id: 'member_invites',
    header: '专员服务邀请数',
    definition: '接待人员通过「升级服务-专员服务」向客户发送服务专员名片的次数。',
    figures: (r) => [count('member_invites', r.member_invites)],
  },
  {
    id: 'groupchat_invites',
    header: '客户群服务邀请数',
    definition: '接待人员通过「升级服务-客户群服务」向客户发送客户群二维码的次数。',
    figures: (r) => [count('groupchat_invites', r.groupchat_invites)],
  },
]

/** A column's figures for a row (none for 接待人员 and 操作, which the page draws). */
export function staffCells(columnId: string, row: StaffRowView): FigureCell[] {
  return STAFF_COLUMNS.find((c) => c.id === columnId)?.figures?.(row) ?? []
}

export const SORTABLE_COLUMN_IDS = STAFF_COLUMNS.map((column) => column.id)

const nameCollator = new Intl.Collator('zh-CN')

function byName(a: StaffRowView, b: StaffRowView): number {
  return nameCollator.compare(a.name, b.name) || (a.servicer_userid < b.servicer_userid ? -1 : 1)
}

/**
 * Rows sorted by one column. The first figure of the column decides; equal values keep the name
 * order; `–` goes last whatever the direction.
 */
export function sortStaffRows(
  rows: readonly StaffRowView[],
  columnId: string | undefined,
  desc: boolean,
): StaffRowView[] {
  const column = STAFF_COLUMNS.find((c) => c.id === columnId)
  if (!column) return [...rows]
  if (!column.figures) {
    const sorted = [...rows].sort(byName)
    return desc ? sorted.reverse() : sorted
  }
  const key = (row: StaffRowView) => {
    const first = column.figures?.(row)[0]
    return first ? cellFraction(first) : null
  }
  return [...rows].sort((a, b) => {
    const fa = key(a)
    const fb = key(b)
    const aMissing = !fa || fa.den === 0
    const bMissing = !fb || fb.den === 0
    if (aMissing || bMissing) {
      if (aMissing && bMissing) return byName(a, b)
      return aMissing ? 1 : -1
    }
    // fa.num / fa.den vs fb.num / fb.den, exactly.
    const order = Math.sign(fa.num * fb.den - fb.num * fa.den)
    if (order !== 0) return desc ? -order : order
    return byName(a, b)
  })
}

/** The export: 接待人员 and 所属部门 apart, 满意度评分 as three columns, values as shown. */
export function staffExportHeaders(): string[] {
  const headers = ['接待人员', '所属部门']
  for (const column of STAFF_COLUMNS.slice(1)) {
    if (column.id === 'satisfied')
      headers.push('满意度评分-满意', '满意度评分-一般', '满意度评分-不满意')
    else headers.push(column.header)
  }
  return headers
}

export function staffExportRow(row: StaffRowView): (string | number)[] {
  const cells: (string | number)[] = [row.name, row.department ?? '']
  for (const column of STAFF_COLUMNS.slice(1)) {
    for (const figure of column.figures?.(row) ?? []) {
      cells.push(figure.kind === 'count' && figure.value !== null ? figure.value : figure.shown)
    }
  }
  return cells
}
