// metrics.md §5, filters: 客服账号, 接待组, 接待人员. Filters combine with AND.
import type { Directory } from '../dataset/records'
import type { Session } from '../replay/replayTypes'

export interface FigureFilters {
  account?: string
  group?: string
  servicer?: string
}

/** 接待组 G: a session counts for G if it has a human segment in G (by `as_of`). */
export function sessionCountsForGroup(session: Session, group: string, asOf: number): boolean {
  for (const segment of session.segments) {
    if (segment.start > asOf) return false
    if (segment.servicer !== null && segment.group === group) return true
  }
  return false
}

/** 接待人员 X: sessions in which X had a human segment (by `as_of`). */
export function sessionHasServicer(session: Session, servicer: string, asOf: number): boolean {
  for (const segment of session.segments) {
    if (segment.start > asOf) return false
    if (segment.servicer === servicer) return true
  }
  return false
}

export function isGroupMember(
  directory: Directory,
  group: string,
  servicer: string | null,
): boolean {
  if (servicer === null) return false
  return directory.groups.get(group)?.servicer_userids.includes(servicer) ?? false
}

/**
 * A session's own filter (account, group): session figures count the sessions that pass;
 * messages, surveys and upgrades count when their session passes.
 */
export function sessionPasses(session: Session, filters: FigureFilters, asOf: number): boolean {
  if (filters.account !== undefined && session.open_kfid !== filters.account) return false
  if (filters.group !== undefined && !sessionCountsForGroup(session, filters.group, asOf))
    return false
  return true
}

/**
 * A survey or upgrade event: by its session; with no session, by its own account and — for a
 * group — when attributed to a member of G.
 */
export function attributedEventPasses(
  item: { session: Session | null; open_kfid: string; servicer: string | null },
  filters: FigureFilters,
  asOf: number,
  directory: Directory,
): boolean {
  if (item.session !== null) return sessionPasses(item.session, filters, asOf)
  if (filters.account !== undefined && item.open_kfid !== filters.account) return false
  if (filters.group !== undefined && !isGroupMember(directory, filters.group, item.servicer))
    return false
  return true
}
