import { describe, expect, it } from 'vitest'
import { cellAttributes } from '../../../src/components/figureCell'
import type { StaffRowView } from '../../../src/workers/analyticsTypes'
import {
  STAFF_COLUMNS,
  sortStaffRows,
  staffCells,
  staffExportHeaders,
  staffExportRow,
} from '../../../src/features/staff/staffColumns'

function staffRow(patch: Partial<StaffRowView> = {}): StaffRowView {
  return {
    servicer_userid: 'u1',
    reception_seconds: 3725,
    human_segments: 9,
    customers: 7,
    customer_messages: 40,
    addressed: 3,
    replied: 2,
    first_response_seconds: 61,
    surveys_sent: 4,
    surveys_answered: 3,
    satisfied: 1,
    middling: 1,
    dissatisfied: 1,
    member_invites: 2,
    groupchat_invites: 0,
    name: '张三',
    department: '客服部',
    ...patch,
  }
}

describe('员工统计 cells', () => {
  it('carry the report’s staff keys with raw values', () => {
    const row = staffRow()
    expect(STAFF_COLUMNS.flatMap((c) => c.figures?.(row) ?? []).map(cellAttributes)).toEqual([
      { 'data-metric': 'reception_seconds', 'data-value': '3725' },
      { 'data-metric': 'human_segments', 'data-value': '9' },
      { 'data-metric': 'customers', 'data-value': '7' },
      { 'data-metric': 'customer_messages', 'data-value': '40' },
      { 'data-metric': 'replied', 'data-num': '2', 'data-den': '3' },
      { 'data-metric': 'first_response_seconds', 'data-num': '61', 'data-den': '2' },
      { 'data-metric': 'surveys_sent', 'data-value': '4' },
      { 'data-metric': 'surveys_answered', 'data-num': '3', 'data-den': '4' },
      { 'data-metric': 'satisfied', 'data-num': '1', 'data-den': '3' },
      { 'data-metric': 'middling', 'data-num': '1', 'data-den': '3' },
      { 'data-metric': 'dissatisfied', 'data-num': '1', 'data-den': '3' },
      { 'data-metric': 'member_invites', 'data-value': '2' },
      { 'data-metric': 'groupchat_invites', 'data-value': '0' },
    ])
  })

  it('are formatted, 满意度评分 with its three prefixes; none for 接待人员', () => {
    const row = staffRow()
    expect(staffCells('reception_seconds', row)[0]?.shown).toBe('1小时2分5秒')
    expect(staffCells('replied', row)[0]?.shown).toBe('67%')
    expect(staffCells('first_response_seconds', row)[0]?.shown).toBe('31秒')
    expect(staffCells('satisfied', row).map((f) => [f.label, f.shown])).toEqual([
      ['满意', '33%'],
      ['一般', '33%'],
      ['不满意', '33%'],
    ])
    expect(staffCells('servicer', row)).toEqual([])
  })
})

describe('员工统计 sorting and export', () => {
  const a = staffRow({ servicer_userid: 'a', name: '甲', addressed: 3, replied: 1 })
  const b = staffRow({ servicer_userid: 'b', name: '乙', addressed: 3, replied: 2 })
  const none = staffRow({ servicer_userid: 'c', name: '丙', addressed: 0, replied: 0 })
  const ids = (rows: StaffRowView[]) => rows.map((r) => r.servicer_userid)

  it('sorts rates exactly, with – last in both directions', () => {
    expect(ids(sortStaffRows([none, a, b], 'replied', false))).toEqual(['a', 'b', 'c'])
    expect(ids(sortStaffRows([none, a, b], 'replied', true))).toEqual(['b', 'a', 'c'])
  })

  it('sorts counts by value', () => {
    const rows = [staffRow({ servicer_userid: 'x', human_segments: 2 }), a]
    expect(ids(sortStaffRows(rows, 'human_segments', true))).toEqual(['a', 'x'])
  })

  it('exports counts as numbers and the rest as shown', () => {
    expect(staffExportHeaders()).toHaveLength(staffExportRow(a).length)
    expect(staffExportRow(a)).toEqual([
      '甲',
      '客服部',
      '1小时2分5秒',
      9,
      7,
      40,
      '33%',
      '1分1秒',
      4,
      '75%',
      '33%',
      '33%',
      '33%',
      2,
      0,
    ])
  })
})
