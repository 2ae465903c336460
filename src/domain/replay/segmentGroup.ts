// metrics.md §1: a human segment's group.
import type { Directory } from '../dataset/records'

/**
 * The `group_id` of the state 3 that started the segment if given (an unknown id as given);
 * else the first group, in directory order, with X among its members and the session's account
 * among its accounts; else the first group with X among its members; else none.
 */
export function resolveSegmentGroup(
  explicitGroup: string | undefined,
  servicer: string,
  openKfid: string,
  directory: Directory,
): string | null {
  if (explicitGroup !== undefined) return explicitGroup
  let memberOnly: string | null = null
  for (const group of directory.groups.values()) {
    if (!group.servicer_userids.includes(servicer)) continue
    if (group.open_kfids.includes(openKfid)) return group.group_id
    memberOnly ??= group.group_id
  }
  return memberOnly
}
