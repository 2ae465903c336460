// Event validity, exactly as data-format.md lists it. Validity is checked before the `id`.
import type { TimeResult } from '../time/eventTime'
import {
  EVENT_TYPES,
  type EventType,
  type KfEvent,
  type MessageOrigin,
  type Rating,
  type UpgradeKind,
} from './records'

export type EventCheck = { ok: true; event: KfEvent } | { ok: false; reason: string }

const ORIGINS: readonly MessageOrigin[] = ['customer', 'servicer', 'assistant']
const RATINGS: readonly Rating[] = ['satisfied', 'middling', 'dissatisfied']
const KINDS: readonly UpgradeKind[] = ['member', 'groupchat']

const TYPE_NAMES: Record<EventType, string> = {
  enter_session: '进入会话',
  message: '消息',
  state: '会话状态变更',
  servicer_status: '接待人员状态变更',
  survey_sent: '满意度评价发送',
  survey_reply: '满意度评价回复',
  upgrade_invite: '升级服务邀请',
  upgrade_success: '升级服务成功',
}

class Invalid extends Error {}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A required non-empty string (an empty string counts as missing). */
function requiredString(record: Record<string, unknown>, field: string, context: string): string {
  const value = record[field]
  if (value === undefined || value === null || value === '') {
    throw new Invalid(`${context}缺少必填字段 ${field}`)
  }
  if (typeof value !== 'string') throw new Invalid(`${context}字段 ${field} 应为文本`)
  return value
}

/** An optional string: of the wrong type, or empty, it is treated as absent. */
function optionalString(record: Record<string, unknown>, field: string): string | undefined {
  const value = record[field]
  return typeof value === 'string' && value !== '' ? value : undefined
}

function requiredEnum<T extends string | number>(
  record: Record<string, unknown>,
  field: string,
  allowed: readonly T[],
  context: string,
): T {
  const value = record[field]
  if (value === undefined || value === null || value === '') {
    throw new Invalid(`${context}缺少必填字段 ${field}`)
  }
  if (!allowed.includes(value as T)) {
    throw new Invalid(
      `${context}字段 ${field} 的值「${String(value)}」无效,应为 ${allowed.join(' / ')}`,
    )
  }
  return value as T
}

/**
 * Checks one event record. `parseTime` reads `time` by the container's rules (a workbook reads
 * wall times in the dataset's zone). `seq` is the record's place in the input order.
 */
export function validateEvent(
  record: unknown,
  seq: number,
  parseTime: (value: unknown) => TimeResult,
): EventCheck {
  try {
    return { ok: true, event: checkEvent(record, seq, parseTime) }
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.message }
    throw error
  }
}

function checkEvent(
  record: unknown,
  seq: number,
  parseTime: (value: unknown) => TimeResult,
): KfEvent {
  if (!isPlainObject(record)) throw new Invalid('记录不是一个对象')
  const type = record.type
  if (type === undefined || type === null || type === '') throw new Invalid('缺少必填字段 type')
  if (typeof type !== 'string' || !EVENT_TYPES.includes(type as EventType)) {
    throw new Invalid(`未知的事件类型 type「${String(type)}」`)
  }
  const eventType = type as EventType
  const context = `${TYPE_NAMES[eventType]}事件`

  const time = parseTime(record.time)
  if (!time.ok) throw new Invalid(time.reason)

  const event: KfEvent = { id: '', seq, time: time.time, type: eventType }
  if (eventType !== 'servicer_status') {
    event.open_kfid = requiredString(record, 'open_kfid', context)
    event.external_userid = requiredString(record, 'external_userid', context)
  }

  switch (eventType) {
    case 'enter_session':
      break
    case 'message': {
      event.origin = requiredEnum(record, 'origin', ORIGINS, context)
      if (event.origin === 'servicer') {
        event.servicer_userid = requiredString(record, 'servicer_userid', '接待人员消息')
      }
      event.msgtype = optionalString(record, 'msgtype')
      if (record.content !== undefined && record.content !== null && record.content !== '') {
        event.content = record.content
      }
      break
    }
    case 'state': {
      event.state = requiredEnum(record, 'state', [0, 1, 2, 3, 4] as const, context)
      if (event.state === 3) {
        event.servicer_userid = requiredString(record, 'servicer_userid', '状态 3(由人工接待)')
        event.group_id = optionalString(record, 'group_id')
      }
      break
    }
    case 'servicer_status':
      event.servicer_userid = requiredString(record, 'servicer_userid', context)
      event.status = requiredEnum(record, 'status', [1, 2] as const, context)
      break
    case 'survey_sent':
      event.servicer_userid = optionalString(record, 'servicer_userid')
      break
    case 'survey_reply':
      event.rating = requiredEnum(record, 'rating', RATINGS, context)
      break
    case 'upgrade_invite':
    case 'upgrade_success':
      event.kind = requiredEnum(record, 'kind', KINDS, context)
      event.target = requiredString(record, 'target', context)
      event.servicer_userid = optionalString(record, 'servicer_userid')
      break
  }

  event.id = requiredString(record, 'id', context)
  for (const key of Object.keys(event) as (keyof KfEvent)[]) {
    if (event[key] === undefined) delete event[key]
  }
  // Nothing the user gave is lost: fields the computation does not use (scene, an optional
  // field of the wrong type…) are kept verbatim; an empty string counts as missing.
  const modelled = event as unknown as Record<string, unknown>
  let extra: Record<string, unknown> | undefined
  for (const [key, value] of Object.entries(record)) {
    if (key === 'record' || key === 'time' || value === '' || value === undefined) continue
    if (key in modelled) continue
    extra ??= {}
    extra[key] = value
  }
  if (extra) event.extra = extra
  return event
}
