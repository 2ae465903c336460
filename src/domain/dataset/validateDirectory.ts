// Directory records (data-format.md): a record without its key or name, with a bad
// reception_limit or with list fields that are not arrays of strings is invalid.
import type { Account, Customer, Group, Servicer } from './records'

export type DirectoryKind = 'account' | 'servicer' | 'group' | 'customer'
export type DirectoryRecord =
  | { kind: 'account'; value: Account }
  | { kind: 'servicer'; value: Servicer }
  | { kind: 'group'; value: Group }
  | { kind: 'customer'; value: Customer }

/** A record's key in its table: an upsert with the same kind and key replaces it. */
export function directoryKey(record: DirectoryRecord): string {
  switch (record.kind) {
    case 'account':
      return record.value.open_kfid
    case 'servicer':
      return record.value.userid
    case 'group':
      return record.value.group_id
    case 'customer':
      return record.value.external_userid
  }
}

export type DirectoryCheck = { ok: true; record: DirectoryRecord } | { ok: false; reason: string }

export const DIRECTORY_NAMES: Record<DirectoryKind, string> = {
  account: '客服账号',
  servicer: '接待人员',
  group: '接待组',
  customer: '客户',
}

class Invalid extends Error {}

function text(record: Record<string, unknown>, field: string, label: string): string {
  const value = record[field]
  if (value === undefined || value === null || value === '') {
    throw new Invalid(`${label}缺少必填字段 ${field}`)
  }
  if (typeof value !== 'string') throw new Invalid(`${label}字段 ${field} 应为文本`)
  return value
}

function optionalText(record: Record<string, unknown>, field: string): string | undefined {
  const value = record[field]
  return typeof value === 'string' && value !== '' ? value : undefined
}

function stringList(record: Record<string, unknown>, field: string, label: string): string[] {
  const value = record[field]
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new Invalid(`${label}字段 ${field} 应为文本列表`)
  }
  return value.filter((item) => item !== '')
}

/**
 * `isFriend` reads `is_friend` by the container's rule: JSON `true` only; in a workbook
 * true / TRUE / 1 / 是 (the workbook reader converts those to `true` before calling).
 */
export function validateDirectoryRecord(kind: DirectoryKind, record: unknown): DirectoryCheck {
  const label = DIRECTORY_NAMES[kind]
  try {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      throw new Invalid(`${label}记录不是一个对象`)
    }
    const r = record as Record<string, unknown>
    switch (kind) {
      case 'account': {
        const value: Account = {
          open_kfid: text(r, 'open_kfid', label),
          name: text(r, 'name', label),
        }
        const avatar = optionalText(r, 'avatar')
        if (avatar) value.avatar = avatar
        return { ok: true, record: { kind, value } }
      }
      case 'servicer': {
        const value: Servicer = { userid: text(r, 'userid', label), name: text(r, 'name', label) }
        const department = optionalText(r, 'department')
        if (department) value.department = department
        return { ok: true, record: { kind, value } }
      }
      case 'group': {
        const group_id = text(r, 'group_id', label)
        const name = text(r, 'name', label)
        const limit = r.reception_limit
        if (limit === undefined || limit === null || limit === '') {
          throw new Invalid(`${label}缺少必填字段 reception_limit`)
        }
        if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0) {
          throw new Invalid(`${label}字段 reception_limit 应为不小于 0 的整数`)
        }
        const value: Group = {
          group_id,
          name,
          reception_limit: limit,
          open_kfids: stringList(r, 'open_kfids', label),
          servicer_userids: stringList(r, 'servicer_userids', label),
        }
        return { ok: true, record: { kind, value } }
      }
      case 'customer': {
        const value: Customer = {
          external_userid: text(r, 'external_userid', label),
          nickname: text(r, 'nickname', label),
          is_friend: r.is_friend === true,
        }
        const avatar = optionalText(r, 'avatar')
        if (avatar) value.avatar = avatar
        return { ok: true, record: { kind, value } }
      }
    }
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.message }
    throw error
  }
}
