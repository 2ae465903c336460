// metrics.md §1: which sessions are consultation, human and assistant sessions, at `as_of`.
import type { Session } from '../replay/replayTypes'

function customerWroteBy(session: Session, asOf: number): boolean {
  const first = session.customerMessages[0]
  return first !== undefined && first <= asOf
}

/** 客户咨询会话: the customer sent a message and the session had a segment, by `as_of`. */
export function isConsultationAt(session: Session, asOf: number): boolean {
  const first = session.segments[0]
  return customerWroteBy(session, asOf) && first !== undefined && first.start <= asOf
}

/** 接入人工会话: at least one human segment. */
export function isHumanAt(session: Session, asOf: number): boolean {
  for (const segment of session.segments) {
    if (segment.start > asOf) return false
    if (segment.servicer !== null) return true
  }
  return false
}

/** 智能回复会话 (WeChat ai_session_reply_cnt): the customer wrote and the assistant received. */
export function isAssistantSessionAt(session: Session, asOf: number): boolean {
  return customerWroteBy(session, asOf) && firstAssistantSegment(session, asOf) !== -1
}

/** 转人工: an assistant session in which a human segment started after its first assistant one. */
export function isTransferredToHumanAt(session: Session, asOf: number): boolean {
  const first = firstAssistantSegment(session, asOf)
  if (first === -1 || !customerWroteBy(session, asOf)) return false
  for (let i = first + 1; i < session.segments.length; i += 1) {
    const segment = session.segments[i]!
    if (segment.start > asOf) return false
    if (segment.servicer !== null) return true
  }
  return false
}

function firstAssistantSegment(session: Session, asOf: number): number {
  for (let i = 0; i < session.segments.length; i += 1) {
    const segment = session.segments[i]!
    if (segment.start > asOf) return -1
    if (segment.servicer === null) return i
  }
  return -1
}
