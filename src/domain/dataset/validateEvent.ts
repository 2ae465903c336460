// Event validity, exactly as data-format.md lists it. Validity is checked before the `id`.
import type { TimeResult } from '../time/eventTime'
import {
  EVENT_TYPES,
  type EventType,
  type KfEvent,
  type MessageOrigin,
  type Rating,
  type ServiceState,
  type ServicerStatus,
  type UpgradeKind,
} from './records'

export type EventCheck = { ok: true; event: KfEvent } | { ok: false; reason: string }

const ORIGINS: readonly MessageOrigin[] = ['customer', 'servicer', 'assistant']
const RATINGS: readonly Rating[] = ['satisfied', 'middling', 'dissatisfied']
const KINDS: readonly UpgradeKind[] = ['member', 'groupchat']

const TYPE_CONTEXT: Record<EventType, string> = {
  enter_session: '进入会话事件',
  message: '消息事件',
  state: '会话状态变更事件',
  servicer_status: '接待人员状态变更事件',
  survey_sent: '满意度评价发送事件',
  survey_reply: '满意度评价回复事件',
  upgrade_invite: '升级服务邀请事件',
  upgrade_success: '升级服务成功事件',
}

class Invalid extends Error {}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isMissing(value: unknown): boolean {
  return value === undefined || value === null || value === ''
}

/** A required non-empty string (an empty string counts as missing). */
function requiredString(record: Record<string, unknown>, field: string, context: string): string {
  const value = record[field]
  if (typeof value === 'string' && value !== '') return value
  if (isMissing(value)) throw new Invalid(`${context}缺少必填字段 ${field}`)
  throw new Invalid(`${context}字段 ${field} 应为文本`)
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
  if (allowed.includes(value as T)) return value as T
  if (isMissing(value)) throw new Invalid(`${context}缺少必填字段 ${field}`)
  throw new Invalid(
    `${context}字段 ${field} 的值「${String(value)}」无效,应为 ${allowed.join(' / ')}`,
  )
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

const STATES = [0, 1, 2, 3, 4] as const
const STATUSES = [1, 2] as const

function checkEvent(
  record: unknown,
  seq: number,
  parseTime: (value: unknown) => TimeResult,
): KfEvent {
  if (!isPlainObject(record)) throw new Invalid('记录不是一个对象')
  const type = record.type
  if (isMissing(type)) throw new Invalid('缺少必填字段 type')
  if (typeof type !== 'string' || !EVENT_TYPES.includes(type as EventType)) {
    throw new Invalid(`未知的事件类型 type「${String(type)}」`)
  }
  const eventType = type as EventType
  const context = TYPE_CONTEXT[eventType]

  const time = parseTime(record.time)
  if (!time.ok) throw new Invalid(time.reason)

  // Every field is assigned in one order, so all events share few hidden classes.
  let open_kfid: string | undefined
  let external_userid: string | undefined
  if (eventType !== 'servicer_status') {
    open_kfid = requiredString(record, 'open_kfid', context)
    external_userid = requiredString(record, 'external_userid', context)
  }
  let origin: MessageOrigin | undefined
  let servicer_userid: string | undefined
  let state: ServiceState | undefined
  let group_id: string | undefined
  let status: ServicerStatus | undefined
  let rating: Rating | undefined
  let kind: UpgradeKind | undefined
  let target: string | undefined
  let msgtype: string | undefined
  let content: unknown

  switch (eventType) {
    case 'enter_session':
      break
    case 'message':
      origin = requiredEnum(record, 'origin', ORIGINS, context)
      if (origin === 'servicer') {
        servicer_userid = requiredString(record, 'servicer_userid', '接待人员消息')
      }
      msgtype = optionalString(record, 'msgtype')
      if (!isMissing(record.content)) content = record.content
      break
    case 'state':
      state = requiredEnum(record, 'state', STATES, context)
      if (state === 3) {
        servicer_userid = requiredString(record, 'servicer_userid', '状态 3(由人工接待)')
        group_id = optionalString(record, 'group_id')
      }
      break
    case 'servicer_status':
      servicer_userid = requiredString(record, 'servicer_userid', context)
      status = requiredEnum(record, 'status', STATUSES, context)
      break
    case 'survey_sent':
      servicer_userid = optionalString(record, 'servicer_userid')
      break
    case 'survey_reply':
      rating = requiredEnum(record, 'rating', RATINGS, context)
      break
    case 'upgrade_invite':
    case 'upgrade_success':
      kind = requiredEnum(record, 'kind', KINDS, context)
      target = requiredString(record, 'target', context)
      servicer_userid = optionalString(record, 'servicer_userid')
      break
  }
  const id = requiredString(record, 'id', context)

  const event: KfEvent = { id, seq, time: time.time, type: eventType }
  if (open_kfid !== undefined) event.open_kfid = open_kfid
  if (external_userid !== undefined) event.external_userid = external_userid
  if (origin !== undefined) event.origin = origin
  if (servicer_userid !== undefined) event.servicer_userid = servicer_userid
  if (state !== undefined) event.state = state
  if (group_id !== undefined) event.group_id = group_id
  if (status !== undefined) event.status = status
  if (rating !== undefined) event.rating = rating
  if (kind !== undefined) event.kind = kind
  if (target !== undefined) event.target = target
  if (msgtype !== undefined) event.msgtype = msgtype
  if (content !== undefined) event.content = content

  // Nothing the user gave is lost: fields the computation does not use (scene, an optional
  // field of the wrong type…) are kept verbatim; an empty string counts as missing.
  let extra: Record<string, unknown> | undefined
  for (const key in record) {
    if (key === 'record' || key === 'time' || key === 'type' || key === 'id') continue
    const value = record[key]
    if (value === '' || value === undefined) continue
    if ((event as unknown as Record<string, unknown>)[key] !== undefined) continue
    extra ??= {}
    extra[key] = value
  }
  if (extra !== undefined) event.extra = extra
  return event
}
