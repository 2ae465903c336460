// A drill-down from a 数据总览 card: the card whose sessions the list shows.
import { ALL_OVERVIEW_CARDS, type FigureKey } from '@/domain/figures/figureCatalog'

/** The label of the card that lists exactly these sessions (its drill key), else of its own id. */
export function drillDownLabel(metric: FigureKey | string): string {
  const card =
    ALL_OVERVIEW_CARDS.find((c) => c.drillKey === metric) ??
    ALL_OVERVIEW_CARDS.find((c) => c.id === metric)
  return card?.label ?? metric
}
