// Domain results → the small, named rows the pages show (analyticsTypes.ts).
import type { Directory } from '@/domain/dataset/records'
import type { DayRange } from '@/domain/figures/dayRange'
import type { SessionRecord } from '@/domain/figures/sessionRecords'
import { nicknameOf } from '@/domain/figures/sessionList'
import { formatDay } from '@/domain/time/zoneClock'
import type { ResolvedRange, SessionRowView } from './analyticsTypes'

export function resolvedRange(range: DayRange, asOf: number): ResolvedRange {
  return {
    from: formatDay(range.from),
    to: formatDay(range.to),
    asOf,
    dayCount: Math.max(0, range.to - range.from + 1),
  }
}

export function servicerName(directory: Directory, userid: string): string {
  return directory.servicers.get(userid)?.name ?? userid
}

export function sessionRowView(record: SessionRecord, directory: Directory): SessionRowView {
  return {
    key: record.session.key,
    start: record.start,
    end: record.end,
    open_kfid: record.open_kfid,
    accountName: directory.accounts.get(record.open_kfid)?.name ?? record.open_kfid,
    external_userid: record.external_userid,
    nickname: nicknameOf(directory, record.external_userid),
    isFriend: directory.customers.get(record.external_userid)?.is_friend === true,
    servicers: record.servicers.map((userid) => ({
      userid,
      name: servicerName(directory, userid),
    })),
    groups: record.groups.map((group_id) => ({
      group_id,
      name: directory.groups.get(group_id)?.name ?? group_id,
    })),
    state: record.state,
    duration: record.duration,
    first_response_seconds: record.first_response_seconds,
    customer_messages: record.customer_messages,
    servicer_messages: record.servicer_messages,
    rating: record.rating,
  }
}
