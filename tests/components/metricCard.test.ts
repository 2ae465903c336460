// MetricCard is the one figure card of 数据总览 and 实时看板: rendered to HTML (no DOM needed) to
// check the data attributes and the visible text both pages rely on.
import { describe, expect, it } from 'vitest'
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { ID_INJECTION_KEY } from 'element-plus'
import MetricCard from '../../src/components/MetricCard.vue'
import { averageCell, countCell, rateCell } from '../../src/components/figureCell'

type Props = InstanceType<typeof MetricCard>['$props']

async function render(props: Props): Promise<string> {
  const app = createSSRApp({ render: () => h(MetricCard, props) })
  app.provide(ID_INJECTION_KEY, { prefix: 1, current: 0 })
  const html = await renderToString(app)
  // Without Vue's scope ids and comments, spaces collapsed.
  return html
    .replace(/ data-v-[0-9a-f]+/g, '')
    .replace(/<!--.*?-->/g, '')
    .replace(/\s+/g, ' ')
}

/** The visible text, spaces collapsed. */
function text(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

const overviewCard = {
  cardId: 'replied',
  label: '人工回复率',
  definition: '客户给接待人员发消息的会话中,接待人员回复了的会话的占比。',
  previousLabel: '2026-10-25 至 2026-10-31',
}

describe('MetricCard on 数据总览: value, 上期 and 环比', () => {
  it('carries data-metric with num and den, 上期 data-previous, and shows 环比', async () => {
    const html = await render({
      ...overviewCard,
      figure: rateCell('replied', 1, 3),
      previous: rateCell('replied', 1, 4),
      marked: true,
    })
    expect(html).toContain('data-card="replied"')
    expect(html).toContain('aria-label="人工回复率:查看会话记录"')
    expect(html).toContain(
      '<div class="metric-card__value figure-value" data-metric="replied" data-num="1" data-den="3">33%</div>',
    )
    expect(html).toContain(
      '<span class="figure-value" data-previous="replied" data-num="1" data-den="4">25%</span>',
    )
    expect(html).toContain('title="上期:2026-10-25 至 2026-10-31"')
    expect(text(html)).toBe('人工回复率 33% 上期 25% 环比 ↑33%')
    expect(html).toContain('metric-card__change--up')
  })

  it('shows a fall, no change, and – when the previous period is – or 0', async () => {
    const down = await render({
      ...overviewCard,
      cardId: 'sessions',
      label: '接入会话数',
      figure: countCell('sessions', 3),
      previous: countCell('sessions', 4),
      marked: true,
    })
    expect(text(down)).toBe('接入会话数 3 上期 4 环比 ↓25%')
    expect(down).toContain('data-metric="sessions" data-value="3"')
    expect(down).toContain('data-previous="sessions" data-value="4"')
    const same = await render({
      ...overviewCard,
      figure: countCell('sessions', 4),
      previous: countCell('sessions', 4),
      marked: true,
    })
    expect(text(same)).toContain('环比 0%')
    const fromZero = await render({
      ...overviewCard,
      figure: countCell('sessions', 4),
      previous: countCell('sessions', 0),
      marked: true,
    })
    expect(text(fromZero)).toContain('环比 –')
    const average = await render({
      ...overviewCard,
      cardId: 'first_response_seconds',
      figure: averageCell('first_response_seconds', 91, 1),
      previous: averageCell('first_response_seconds', 0, 0),
      marked: true,
    })
    expect(text(average)).toContain('1分31秒 上期 – 环比 –')
    expect(average).toContain('data-previous="first_response_seconds" data-num="0" data-den="0"')
  })

  it('carries no data attributes and fades while a newer query runs', async () => {
    const html = await render({
      ...overviewCard,
      figure: rateCell('replied', 1, 3),
      previous: rateCell('replied', 1, 4),
      marked: false,
      dimmed: true,
    })
    expect(html).not.toContain('data-metric')
    expect(html).not.toContain('data-previous')
    expect(html).not.toContain('data-num')
    expect(html).toContain('metric-card__value figure-value is-stale')
    expect(text(html)).toBe('人工回复率 33% 上期 25% 环比 ↑33%')
  })

  it('shows – and no comparison before the first answer', async () => {
    const html = await render({ ...overviewCard, figure: null, previous: null, marked: true })
    expect(text(html)).toBe('人工回复率 –')
    expect(html).not.toContain('data-metric')
    expect(html).not.toContain('metric-card__compare')
  })
})

describe('MetricCard on 实时看板: no comparison line, its own drill label', () => {
  it('carries data-value and says where a click leads', async () => {
    const html = await render({
      cardId: 'servicers_receiving',
      label: '接待中员工数',
      definition: '当前状态为“正在接待”的员工数。',
      figure: countCell('servicers_receiving', 3),
      marked: true,
      drillLabel: '接待中员工数:查看正在接待的员工',
    })
    expect(html).toContain('aria-label="接待中员工数:查看正在接待的员工"')
    expect(html).toContain('data-metric="servicers_receiving" data-value="3"')
    expect(html).not.toContain('metric-card__compare')
    expect(text(html)).toBe('接待中员工数 3')
  })

  it('keeps the figure without attributes when it is not marked, faded only when dimmed', async () => {
    const props: Props = {
      cardId: 'queue',
      label: '排队人数',
      definition: '当前排队中的客户数。',
      figure: countCell('queue', 4),
      marked: false,
    }
    const unmarked = await render(props)
    expect(unmarked).not.toContain('data-metric')
    expect(unmarked).not.toContain('is-stale')
    expect(text(unmarked)).toBe('排队人数 4')
    expect(await render({ ...props, dimmed: true })).toContain('is-stale')
  })
})
