// 实时看板's 今日数据 (metrics.md §6): the nine cards in the guide's order, what each shows, its raw
// figures (for data-metric) and where a click leads. The six figures 数据总览 also shows keep its
// definition and drill-down (figureCatalog.ts); the three live ones are defined here from the
// guide's words.
import { catalogCell, countCell, type FigureCell } from '@/components/figureCell'
import { ALL_OVERVIEW_CARDS, type FigureCard, type FigureKey } from '@/domain/figures/figureCatalog'
import type { RealtimeView } from '@/workers/analyticsTypes'

/** Where a click on a card leads. */
export type BoardDrill =
  /** 会话记录 of today, as 数据总览 drills (`metric=`). */
  | { to: 'sessions'; metric: FigureKey; card: string }
  /** 会话记录 of every day, by the state the sessions are in now (`state=`). */
  | { to: 'state'; state: 2 | 3 }
  /** The 接待员工数据 table below, filtered to 正在接待. */
  | { to: 'receiving' }

export interface BoardCard {
  /** `data-metric`: the report key of the value, or of the numerator of a rate or an average. */
  metric: string
  label: string
  /** The guide's definition (the tooltip). */
  definition: string
  /** The value (a count, or a rate / an average), drawn by components/MetricCard.vue. */
  figure(view: RealtimeView): FigureCell
  drill: BoardDrill
}

function overviewCard(id: string): FigureCard {
  const card = ALL_OVERVIEW_CARDS.find((c) => c.id === id)
  if (!card) throw new Error(`数据总览没有指标 ${id}`)
  return card
}

/** The same figure as on 数据总览, for today, under the board's own label. */
function fromOverview(id: string, label: string): BoardCard {
  const card = overviewCard(id)
  return {
    metric: card.id,
    label,
    definition: card.definition,
    figure: (view) => catalogCell(card.id, card.view, view.figures),
    drill: { to: 'sessions', metric: card.drillKey, card: card.id },
  }
}

export const BOARD_CARDS: readonly BoardCard[] = [
  {
    metric: 'queue',
    label: '排队人数',
    definition: '当前排队中的客户数。',
    figure: (view) => countCell('queue', view.queue),
    drill: { to: 'state', state: 2 },
  },
  {
    metric: 'servicers_receiving',
    label: '接待中员工数',
    definition:
      '当前状态为“正在接待”的员工数。按客服账号筛选时,只计所在接待组服务该客服账号的员工。',
    figure: (view) => countCell('servicers_receiving', view.servicers_receiving),
    drill: { to: 'receiving' },
  },
  {
    metric: 'sessions_in_human',
    label: '咨询中会话数',
    definition: '当前人工接待中的会话数。',
    figure: (view) => countCell('sessions_in_human', view.sessions_in_human),
    drill: { to: 'state', state: 3 },
  },
  fromOverview('replied', '人工回复率'),
  fromOverview('human_sessions', '接入人工会话数'),
  fromOverview('first_response_seconds', '平均首响时长'),
  fromOverview('satisfied', '“满意”评价占比'),
  fromOverview('surveys_sent', '满意评价发送数'),
  fromOverview('surveys_answered', '参评率'),
]

/** What a click on the card says it does (its aria-label). */
export function drillHint(card: BoardCard): string {
  return card.drill.to === 'receiving'
    ? `${card.label}:查看正在接待的员工`
    : `${card.label}:查看会话记录`
}
