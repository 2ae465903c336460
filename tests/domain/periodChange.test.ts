import { describe, expect, it } from 'vitest'
import { periodChange } from '../../src/domain/display/periodChange'

describe('环比 (periodChange)', () => {
  it('compares the exact fractions: 1/3 against 1/4 is up 33%', () => {
    // (1/3 − 1/4) / (1/4) = (4 − 3) / 3 = 1/3 → 33%
    expect(periodChange({ num: 1, den: 3 }, { num: 1, den: 4 })).toEqual({
      direction: 1,
      text: '33%',
    })
  })

  it('is – when either side is – or the period before is 0', () => {
    expect(periodChange({ num: 0, den: 0 }, { num: 1, den: 4 })).toBeNull()
    expect(periodChange({ num: 1, den: 3 }, { num: 0, den: 0 })).toBeNull()
    expect(periodChange({ num: 5, den: 1 }, { num: 0, den: 1 })).toBeNull()
  })

  it('counts down and unchanged: 3 against 4 is down 25%, 4 against 4 is 0%', () => {
    expect(periodChange({ num: 3, den: 1 }, { num: 4, den: 1 })).toEqual({
      direction: -1,
      text: '25%',
    })
    expect(periodChange({ num: 4, den: 1 }, { num: 4, den: 1 })).toEqual({
      direction: 0,
      text: '0%',
    })
  })
})
