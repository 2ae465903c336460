// FigureCell.vue: one figure in a table cell of 员工统计 and 实时看板, rendered to HTML.
import { describe, expect, it } from 'vitest'
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import FigureCell from '../../src/components/FigureCell.vue'
import {
  countCell,
  rateCell,
  statusCell,
  type FigureCell as Cell,
} from '../../src/components/figureCell'

async function render(cell: Cell, marked: boolean, extra: Record<string, unknown> = {}) {
  const html = await renderToString(
    createSSRApp({ render: () => h(FigureCell, { cell, marked, ...extra }) }),
  )
  return html
    .replace(/ data-v-[0-9a-f]+/g, '')
    .replace(/<!--.*?-->/g, '')
    .replace(/\s+/g, ' ')
}

describe('FigureCell.vue', () => {
  it('carries the figure’s attributes while marked, and the table’s classes', async () => {
    expect(
      await render(rateCell('satisfied', 1, 3, '满意'), true, { class: 'rt-table__figure' }),
    ).toBe(
      '<span class="figure-value rt-table__figure" data-metric="satisfied" data-num="1" data-den="3"><span class="figure-cell__label">满意</span> 33%</span>',
    )
    expect(await render(statusCell('status', 1, '正在接待'), true)).toBe(
      '<span class="figure-value" data-metric="status" data-value="1"> 正在接待</span>',
    )
    expect(await render(countCell('reception_limit', null), true)).toBe(
      '<span class="figure-value" data-metric="reception_limit"> –</span>',
    )
  })

  it('carries no attributes when the row is not current', async () => {
    expect(await render(countCell('human_segments', 9), false)).toBe(
      '<span class="figure-value"> 9</span>',
    )
  })
})
