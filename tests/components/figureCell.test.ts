import { describe, expect, it } from 'vitest'
import {
  averageCell,
  catalogCell,
  cellAttributes,
  cellChange,
  cellFraction,
  countCell,
  durationCell,
  rateCell,
  statusCell,
} from '../../src/components/figureCell'
import { AVERAGE_FIRST_RESPONSE, HUMAN_REPLY_RATE } from '../../src/domain/figures/figureCatalog'
import { emptyOverviewFigures } from '../../src/domain/figures/figureKeys'

describe('one figure cell for every card and table', () => {
  it('formats each kind and carries its raw value', () => {
    expect(countCell('sessions', 12)).toEqual({
      metric: 'sessions',
      kind: 'count',
      value: 12,
      shown: '12',
    })
    expect(countCell('reception_limit', null).shown).toBe('–')
    expect(durationCell('online_seconds', 3725).shown).toBe('1小时2分5秒')
    expect(statusCell('status', 1, '正在接待')).toEqual({
      metric: 'status',
      kind: 'status',
      value: 1,
      shown: '正在接待',
    })
    expect(rateCell('satisfied', 1, 3, '满意')).toEqual({
      metric: 'satisfied',
      kind: 'rate',
      num: 1,
      den: 3,
      shown: '33%',
      label: '满意',
    })
    expect(rateCell('replied', 0, 0)).not.toHaveProperty('label')
    expect(rateCell('replied', 0, 0).shown).toBe('–')
    expect(averageCell('first_response_seconds', 61, 2).shown).toBe('31秒')
  })

  it('reads a figure of 数据总览’s catalogue', () => {
    const figures = { ...emptyOverviewFigures(), sessions: 5, addressed: 4, replied: 3 }
    expect(catalogCell('sessions', { kind: 'count', value: 'sessions' }, figures)).toEqual(
      countCell('sessions', 5),
    )
    expect(catalogCell('replied', HUMAN_REPLY_RATE, figures)).toEqual(rateCell('replied', 3, 4))
    expect(catalogCell('first_response_seconds', AVERAGE_FIRST_RESPONSE, figures)).toEqual(
      averageCell('first_response_seconds', 0, 3),
    )
  })

  it('carries data-value for a count, a duration and a status, data-num/den otherwise', () => {
    expect(cellAttributes(countCell('sessions', 0))).toEqual({
      'data-metric': 'sessions',
      'data-value': '0',
    })
    expect(cellAttributes(durationCell('reception_seconds', 90))).toEqual({
      'data-metric': 'reception_seconds',
      'data-value': '90',
    })
    expect(cellAttributes(statusCell('status', 2, '停止接待'))).toEqual({
      'data-metric': 'status',
      'data-value': '2',
    })
    expect(cellAttributes(countCell('reception_limit', null))).toEqual({
      'data-metric': 'reception_limit',
    })
    expect(cellAttributes(rateCell('middling', 1, 3, '一般'))).toEqual({
      'data-metric': 'middling',
      'data-num': '1',
      'data-den': '3',
    })
    expect(cellAttributes(averageCell('first_response_seconds', 0, 0))).toEqual({
      'data-metric': 'first_response_seconds',
      'data-num': '0',
      'data-den': '0',
    })
  })

  it('is an exact fraction, or none without a value', () => {
    expect(cellFraction(countCell('sessions', 7))).toEqual({ num: 7, den: 1 })
    expect(cellFraction(rateCell('replied', 2, 3))).toEqual({ num: 2, den: 3 })
    expect(cellFraction(countCell('reception_limit', null))).toBeNull()
  })

  it('环比 compares the exact fractions; – when either side is – or before is 0', () => {
    expect(cellChange(countCell('s', 6), countCell('s', 4))).toEqual({ direction: 1, text: '50%' })
    expect(cellChange(countCell('s', 3), countCell('s', 4))).toEqual({ direction: -1, text: '25%' })
    expect(cellChange(countCell('s', 4), countCell('s', 4))?.direction).toBe(0)
    expect(cellChange(countCell('s', 4), countCell('s', 0))).toBeNull()
    // 1/3 against 1/4: (4 − 3) / 3 = 33%.
    expect(cellChange(rateCell('r', 1, 3), rateCell('r', 1, 4))).toEqual({
      direction: 1,
      text: '33%',
    })
    expect(cellChange(rateCell('r', 0, 0), rateCell('r', 1, 4))).toBeNull()
    expect(cellChange(rateCell('r', 1, 3), rateCell('r', 0, 0))).toBeNull()
  })
})
