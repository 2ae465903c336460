import { describe, expect, it } from 'vitest'
import { figureAttributes } from '../../src/components/figureAttributes'

describe('the testable-figure contract: data-metric with data-value, or data-num and data-den', () => {
  it('a count or a duration carries its value', () => {
    expect(figureAttributes('sessions', { value: 12 })).toEqual({
      'data-metric': 'sessions',
      'data-value': '12',
    })
    expect(figureAttributes('online_seconds', { value: 0 })).toEqual({
      'data-metric': 'online_seconds',
      'data-value': '0',
    })
  })

  it('a rate or an average carries numerator and denominator, even 0/0', () => {
    expect(figureAttributes('replied', { num: 57, den: 200 })).toEqual({
      'data-metric': 'replied',
      'data-num': '57',
      'data-den': '200',
    })
    expect(figureAttributes('first_response_seconds', { num: 0, den: 0 })).toEqual({
      'data-metric': 'first_response_seconds',
      'data-num': '0',
      'data-den': '0',
    })
  })

  it('a figure with no value (接待上限 with no group) carries only its key', () => {
    expect(figureAttributes('reception_limit', { value: null })).toEqual({
      'data-metric': 'reception_limit',
    })
  })
})
