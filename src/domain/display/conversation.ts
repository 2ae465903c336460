// 查看会话: the whole conversation of a session, in order, as lines a person reads.
import type { KfEvent } from '../dataset/records'
import type { Session } from '../replay/replayTypes'

export type ConversationLine =
  | {
      kind: 'message'
      time: number
      origin: 'customer' | 'servicer' | 'assistant'
      sender: string
      text: string
      msgtype: string
    }
  | { kind: 'system'; time: number; text: string }

export interface ConversationNames {
  customer: string
  servicer: (userid: string) => string
  group: (groupId: string) => string
}

const RATING_TEXT = { satisfied: '满意', middling: '一般', dissatisfied: '不满意' } as const
const MSGTYPE_TEXT: Record<string, string> = {
  image: '[图片]',
  voice: '[语音]',
  video: '[视频]',
  file: '[文件]',
  location: '[位置]',
  link: '[链接]',
  business_card: '[名片]',
  miniprogram: '[小程序]',
  msgmenu: '[菜单消息]',
}

/** A message's content as plain text (never HTML). */
export function messageText(event: KfEvent): string {
  const content = event.content
  if (typeof content === 'string') return content
  const nested = (content as { text?: { content?: unknown } } | undefined)?.text?.content
  if (typeof nested === 'string') return nested
  const label = MSGTYPE_TEXT[event.msgtype ?? ''] ?? (event.msgtype ? `[${event.msgtype}]` : '')
  if (content === undefined || content === null) return label
  const title = (content as { title?: unknown }).title
  return typeof title === 'string' ? `${label} ${title}`.trim() : label || JSON.stringify(content)
}

/** Every message, state change (接入, 转接, 结束), survey and upgrade event, up to `asOf`. */
export function conversationLines(
  session: Session,
  asOf: number,
  names: ConversationNames,
): ConversationLine[] {
  const lines: ConversationLine[] = []
  let servicer: string | null = null
  let state: number | null = null
  for (const event of session.events) {
    if (event.time > asOf) break
    const time = event.time
    switch (event.type) {
      case 'enter_session':
        lines.push({ kind: 'system', time, text: `${names.customer} 进入会话` })
        break
      case 'message': {
        const origin = event.origin!
        const sender =
          origin === 'customer'
            ? names.customer
            : origin === 'assistant'
              ? '智能助手'
              : names.servicer(event.servicer_userid!)
        lines.push({
          kind: 'message',
          time,
          origin,
          sender,
          text: messageText(event),
          msgtype: event.msgtype ?? 'text',
        })
        break
      }
      case 'state': {
        const next = event.state!
        if (next === 3) {
          const to = event.servicer_userid!
          const group = event.group_id ? `(${names.group(event.group_id)})` : ''
          if (state === 3 && servicer !== null && servicer !== to) {
            lines.push({
              kind: 'system',
              time,
              text: `转接:${names.servicer(servicer)} → ${names.servicer(to)}${group}`,
            })
          } else if (!(state === 3 && servicer === to)) {
            lines.push({ kind: 'system', time, text: `${names.servicer(to)} 接入会话${group}` })
          }
          servicer = to
        } else {
          servicer = null
          const text = ['会话待处理', '智能助手接待', '进入排队', '', '会话结束'][next]!
          if (next !== state) lines.push({ kind: 'system', time, text })
        }
        state = next
        break
      }
      case 'survey_sent':
        lines.push({ kind: 'system', time, text: '已发送满意度评价' })
        break
      case 'survey_reply':
        lines.push({ kind: 'system', time, text: `客户评价:${RATING_TEXT[event.rating!]}` })
        break
      case 'upgrade_invite':
        lines.push({
          kind: 'system',
          time,
          text:
            event.kind === 'member'
              ? `发送专员服务邀请(${event.target})`
              : `发送客户群服务邀请(${event.target})`,
        })
        break
      case 'upgrade_success':
        lines.push({
          kind: 'system',
          time,
          text:
            event.kind === 'member'
              ? `客户已添加专员(${event.target})`
              : `客户已加入客户群(${event.target})`,
        })
        break
      default:
        break
    }
  }
  if (session.endedBy !== 'state' && session.end === null && session.expiresAt <= asOf) {
    lines.push({
      kind: 'system',
      time: session.expiresAt,
      text: '会话超过 48 小时未回复,已自动结束',
    })
  } else if (session.endedBy === 'expiry' && session.end !== null && session.end <= asOf) {
    lines.push({ kind: 'system', time: session.end, text: '会话超过 48 小时未回复,已自动结束' })
  }
  return lines
}
