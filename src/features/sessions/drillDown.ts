// A drill-down from a 数据总览 (or 实时看板) card: the card whose sessions the list shows.
import { ALL_OVERVIEW_CARDS, type FigureKey } from '@/domain/figures/figureCatalog'

/**
 * The label of the card clicked (`cardId`, when it drills to `metric`); else of the card that
 * lists exactly these sessions (its drill key); else of the card with that id.
 */
export function drillDownLabel(metric: FigureKey | string, cardId?: string): string {
  const card =
    ALL_OVERVIEW_CARDS.find((c) => c.id === cardId && c.drillKey === metric) ??
    ALL_OVERVIEW_CARDS.find((c) => c.drillKey === metric) ??
    ALL_OVERVIEW_CARDS.find((c) => c.id === metric)
  return card?.label ?? metric
}
