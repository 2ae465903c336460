// Upgrade service 升级服务 (metrics.md §4): invites, successes, distinct counts, days.
// Conventions (zone, base directory, ids e1…, default pair kf1/c1): see kit.ts.
import type { ReportCase } from '../caseTypes'
import { c2, cust, invite, kf2, one, sh, state, success } from './kit'

const t = (hms: string): string => sh(hms)
const UPGRADE_ZERO = {
  member_invites: 0,
  groupchat_invites: 0,
  member_added_customers: 0,
  groupchat_joined_customers: 0,
  upgraded_customers: 0,
}

export default [
  // e1 customer 10:00:00; e2 state 3 alice 10:00:10; e3 invite member m_zhang 10:01:00 (no
  // servicer_userid, in alice's segment → alice); e4 invite groupchat gc_1 10:02:00 with
  // servicer_userid bob → bob; e5 invite member m_li 10:03:00 → alice.
  // 专员服务邀请数 2, 客户群服务邀请数 1; alice member 2; bob groupchat 1. No success → 0 added.
  {
    name: 'invites count by kind and are attributed like surveys',
    inputs: one([
      cust(t('10:00:00')),
      state(t('10:00:10'), 3, 'alice'),
      invite(t('10:01:00'), 'member', 'm_zhang'),
      invite(t('10:02:00'), 'groupchat', 'gc_1', undefined, 'bob'),
      invite(t('10:03:00'), 'member', 'm_li'),
    ]),
    expect: {
      import: { read: 5, added: 5, duplicates: 0, conflicts: 0, invalid: 0, warnings: 0 },
      overview: { ...UPGRADE_ZERO, member_invites: 2, groupchat_invites: 1 },
      staff: [
        { servicer_userid: 'alice', member_invites: 2, groupchat_invites: 0 },
        { servicer_userid: 'bob', member_invites: 0, groupchat_invites: 1 },
        { servicer_userid: 'carol', member_invites: 0, groupchat_invites: 0 },
      ],
    },
  },

  // One day. e1 customer 10:00:00 (kf1/c1 session). Successes, no invites at all (a success
  // counts whether or not an invite came before it):
  // e2 c1 member m_zhang 10:10; e3 c1 member m_zhang 10:20 (same pair again); e4 c1 member m_li
  // 10:30; e5 c2 member m_zhang 10:40 (c2 has no session: still counts, unfiltered); e6 c1
  // groupchat gc_1 10:50; e7 c1 groupchat gc_1 10:55 through kf2 (same customer and target).
  // 添加专员客户数 = distinct (customer, target): (c1,m_zhang), (c1,m_li), (c2,m_zhang) = 3.
  // 加入客户群的客户数: (c1,gc_1) = 1. 升级服务客户数 = distinct customers {c1, c2} = 2.
  {
    name: '添加专员客户数 counts distinct (customer, target); 升级服务客户数 distinct customers',
    inputs: one([
      cust(t('10:00:00')),
      success(t('10:10:00'), 'member', 'm_zhang'),
      success(t('10:20:00'), 'member', 'm_zhang'),
      success(t('10:30:00'), 'member', 'm_li'),
      success(t('10:40:00'), 'member', 'm_zhang', c2),
      success(t('10:50:00'), 'groupchat', 'gc_1'),
      success(t('10:55:00'), 'groupchat', 'gc_1', kf2),
    ]),
    expect: {
      import: { read: 7, added: 7, duplicates: 0, conflicts: 0, invalid: 0, warnings: 0 },
      overview: {
        ...UPGRADE_ZERO,
        member_added_customers: 3,
        groupchat_joined_customers: 1,
        upgraded_customers: 2,
        sessions: 1,
      },
    },
  },

  // e1 customer 11-20 10:00:00; e2 state 3 alice 10:00:10; e3 invite member m_zhang 10:01:00
  // (→ alice); e4 state 4 10:05:00; e5 success member m_zhang 11-22 09:00:00 (belongs to the
  // ended session; counted on its own day). by_day: 20 → invite 1; 21 → nothing; 22 → added 1,
  // upgraded 1. as_of 11-22 09:00:00.
  {
    name: 'a late upgrade success counts on its own day',
    inputs: one([
      cust(sh('10:00:00', 20)),
      state(sh('10:00:10', 20), 3, 'alice'),
      invite(sh('10:01:00', 20), 'member', 'm_zhang'),
      state(sh('10:05:00', 20), 4),
      success(sh('09:00:00', 22), 'member', 'm_zhang'),
    ]),
    expect: {
      range: { from: '2026-11-20', to: '2026-11-22' },
      overview: {
        ...UPGRADE_ZERO,
        member_invites: 1,
        member_added_customers: 1,
        upgraded_customers: 1,
        by_day: [
          { date: '2026-11-20', ...UPGRADE_ZERO, member_invites: 1 },
          { date: '2026-11-21', ...UPGRADE_ZERO },
          { date: '2026-11-22', ...UPGRADE_ZERO, member_added_customers: 1, upgraded_customers: 1 },
        ],
      },
    },
  },

  // No sessions at all: e1 c1 groupchat gc_1 11-20 10:00; e2 c1 member m_zhang 11-20 11:00
  // (same customer, same day → upgraded 1 that day); e3 c1 groupchat gc_2 11-21 10:00.
  // Per day: 20 → groupchat 1, member 1, upgraded 1; 21 → groupchat 1, upgraded 1.
  // Customer counts are distinct per day and summed: upgraded 1 + 1 = 2.
  {
    name: '升级服务客户数 is distinct per day and summed over days',
    inputs: one([
      success(sh('10:00:00', 20), 'groupchat', 'gc_1'),
      success(sh('11:00:00', 20), 'member', 'm_zhang'),
      success(sh('10:00:00', 21), 'groupchat', 'gc_2'),
    ]),
    expect: {
      range: { from: '2026-11-20', to: '2026-11-21' },
      overview: {
        ...UPGRADE_ZERO,
        sessions: 0,
        member_added_customers: 1,
        groupchat_joined_customers: 2,
        upgraded_customers: 2,
        by_day: [
          {
            date: '2026-11-20',
            ...UPGRADE_ZERO,
            member_added_customers: 1,
            groupchat_joined_customers: 1,
            upgraded_customers: 1,
          },
          {
            date: '2026-11-21',
            ...UPGRADE_ZERO,
            groupchat_joined_customers: 1,
            upgraded_customers: 1,
          },
        ],
      },
      sessions: [],
    },
  },
] satisfies ReportCase[]
