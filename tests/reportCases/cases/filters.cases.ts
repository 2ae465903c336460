// Filters (metrics.md §5, §6, §8): account, group (and how a segment's group is resolved),
// servicer, and their combination.
// Conventions (zone, base directory, ids e1…, default pair kf1/c1): see kit.ts.
// Reminder of the base groups, in directory order: G1 = kf1 × {alice, bob}, G2 = kf2 × {bob, carol}.
import type { ReportCase } from '../caseTypes'
import { STAFF_ZERO, ZERO, c2, c3, cust, invite, kf2, one, serv, sh, state, success } from './kit'

const t = (hms: string): string => sh(hms)

const TWO_ACCOUNTS = [
  cust(t('10:00:00')),
  state(t('10:00:10'), 3, 'alice'),
  serv(t('10:00:30'), 'alice'),
  cust(t('10:01:00'), { ...kf2, ...c2 }),
  state(t('10:01:10'), 3, 'bob', { ...kf2, ...c2 }),
  serv(t('10:01:50'), 'bob', { ...kf2, ...c2 }),
  success(t('10:02:00'), 'member', 'm_zhang', c3),
  success(t('10:03:00'), 'member', 'm_li', { ...kf2, ...c3 }),
]

// Four sessions whose human segment lands in a group by each resolution rule.
const RESOLUTION = [
  // a: kf1/c1, bob, no group_id → first group with bob as member and kf1 as account → G1.
  cust(t('10:00:00')),
  state(t('10:00:10'), 3, 'bob'),
  // b: kf2/c2, bob, no group_id → G1 has bob but not kf2; G2 has both → G2.
  cust(t('10:01:00'), { ...kf2, ...c2 }),
  state(t('10:01:10'), 3, 'bob', { ...kf2, ...c2 }),
  // c: kf1/c3, bob, explicit group_id G2 → G2 (explicit wins, though G1 also fits).
  cust(t('10:02:00'), c3),
  state(t('10:02:10'), 3, 'bob', c3, 'G2'),
  // d: kf2/c1, alice, no group_id → no group has alice and kf2 → first group with alice → G1.
  cust(t('10:03:00'), kf2),
  state(t('10:03:10'), 3, 'alice', kf2),
]

export default [
  // kf1/c1: customer 10:00:00, alice 3 at 10:00:10 (pending → clock), alice 10:00:30 → frt 20.
  // kf2/c2: customer 10:01:00, bob 3 at 10:01:10, bob 10:01:50 → frt 40.
  // No sessions: c3 adds m_zhang via kf1 (10:02), m_li via kf2 (10:03).
  // Unfiltered: 2 sessions, Σfrt 60, added (c3,m_zhang),(c3,m_li) = 2, upgraded {c3} = 1.
  {
    name: 'two accounts, unfiltered',
    inputs: one(TWO_ACCOUNTS),
    expect: {
      overview: {
        ...ZERO,
        sessions: 2,
        consultation_sessions: 2,
        human_sessions: 2,
        consultation_segments: 2,
        human_segments: 2,
        addressed: 2,
        replied: 2,
        first_response_seconds: 60,
        customer_messages: 2,
        customers: 2,
        consulting_customers: 2,
        friend_customers: 1,
        member_added_customers: 2,
        upgraded_customers: 1,
      },
      sessions: [{ open_kfid: 'kf1' }, { open_kfid: 'kf2' }],
    },
  },

  // Same events, --account kf1: the kf1/c1 session and everything in it; of the session-less
  // events only the one whose open_kfid is kf1 (c3 adds m_zhang). Staff keeps every row; bob's
  // figures (all in kf2) drop to 0. Realtime applies --account too: today 1 session.
  {
    name: 'account filter: sessions of K and session-less events of K; staff rows kept',
    inputs: one(TWO_ACCOUNTS),
    args: { account: 'kf1' },
    expect: {
      overview: {
        ...ZERO,
        sessions: 1,
        consultation_sessions: 1,
        human_sessions: 1,
        consultation_segments: 1,
        human_segments: 1,
        addressed: 1,
        replied: 1,
        first_response_seconds: 20,
        customer_messages: 1,
        customers: 1,
        consulting_customers: 1,
        friend_customers: 1,
        member_added_customers: 1,
        upgraded_customers: 1,
      },
      sessions: [{ open_kfid: 'kf1', external_userid: 'c1' }],
      staff: [
        {
          servicer_userid: 'alice',
          ...STAFF_ZERO,
          human_segments: 1,
          customers: 1,
          addressed: 1,
          replied: 1,
          first_response_seconds: 20,
        },
        { servicer_userid: 'bob', ...STAFF_ZERO },
        { servicer_userid: 'carol', ...STAFF_ZERO },
      ],
      realtime: { sessions_in_human: 1, today: { sessions: 1, first_response_seconds: 20 } },
    },
  },

  // RESOLUTION with --group G1: sessions a (kf1/c1, bob → G1) and d (kf2/c1, alice → G1).
  // Each segment has its customer's message pending → addressed; nobody replies.
  // customers: c1 twice on one day → 1 (a friend). Staff rows = G1's members: alice (segment d),
  // bob (segment a only: b and c are in G2).
  {
    name: 'group filter: group by directory (account match first, then membership only)',
    inputs: one(RESOLUTION),
    args: { group: 'G1' },
    expect: {
      overview: {
        ...ZERO,
        sessions: 2,
        consultation_sessions: 2,
        human_sessions: 2,
        consultation_segments: 2,
        human_segments: 2,
        addressed: 2,
        customer_messages: 2,
        customers: 1,
        consulting_customers: 1,
        friend_customers: 1,
      },
      sessions: [
        { open_kfid: 'kf1', external_userid: 'c1', servicers: ['bob'] },
        { open_kfid: 'kf2', external_userid: 'c1', servicers: ['alice'] },
      ],
      staff: [
        { servicer_userid: 'alice', ...STAFF_ZERO, human_segments: 1, customers: 1, addressed: 1 },
        { servicer_userid: 'bob', ...STAFF_ZERO, human_segments: 1, customers: 1, addressed: 1 },
      ],
    },
  },

  // RESOLUTION with --group G2: sessions b (kf2/c2, bob by directory) and c (kf1/c3, bob by
  // explicit group_id). customers c2, c3 → 2, no friend. Rows bob (2 segments), carol (none).
  {
    name: 'group filter: an explicit group_id decides the segment’s group',
    inputs: one(RESOLUTION),
    args: { group: 'G2' },
    expect: {
      overview: {
        ...ZERO,
        sessions: 2,
        consultation_sessions: 2,
        human_sessions: 2,
        consultation_segments: 2,
        human_segments: 2,
        addressed: 2,
        customer_messages: 2,
        customers: 2,
        consulting_customers: 2,
      },
      sessions: [
        { open_kfid: 'kf2', external_userid: 'c2' },
        { open_kfid: 'kf1', external_userid: 'c3' },
      ],
      staff: [
        { servicer_userid: 'bob', ...STAFF_ZERO, human_segments: 2, customers: 2, addressed: 2 },
        { servicer_userid: 'carol', ...STAFF_ZERO },
      ],
    },
  },

  // e1 customer 10:00:00; e2 state 3 alice 10:00:10 with group_id G9, a group the directory does
  // not know: "an unknown id is used as given". --group G9: the session counts; G9 has no members
  // in the directory → no staff rows.
  {
    name: 'group filter: an unknown explicit group_id is used as given',
    inputs: one([cust(t('10:00:00')), state(t('10:00:10'), 3, 'alice', undefined, 'G9')]),
    args: { group: 'G9' },
    expect: {
      overview: { sessions: 1, human_sessions: 1, human_segments: 1, addressed: 1 },
      sessions: [{ servicers: ['alice'] }],
      staff: [],
    },
  },

  // e1 customer 10:00:00; e2 state 1 10:00:05 (assistant); e3 state 3 alice 10:00:10 (no
  // group_id → G1); e4 state 3 carol 10:00:30 group G2 (transfer); e5 carol 10:00:40.
  // --group G1: the session counts for G1 (alice's segment) → session figures: 1 session,
  // consultation, human, assistant session transferred, 1 customer message, c1 (friend).
  // Segment figures count only segments in G1: alice's → consultation_segments 1,
  // human_segments 1.
  // AMBIGUOUS: the assistant segment is in no group, so with a group filter it is not counted in
  // 咨询会话段数 ("segment figures count segments in G").
  // AMBIGUOUS: session-level addressed/replied/first response are those of the whole session
  // ("session figures count those sessions"): clock 10:00:10 (alice's segment, e1 pending), first
  // reply by a servicer in their own segment = carol 10:00:40 → replied, frt 30 — although the
  // reply came in a G2 segment. The row lists both servicers.
  // Staff rows = G1's members: alice (1 segment, addressed, not replied), bob (nothing).
  {
    name: 'group filter: the session counts whole, segment figures only for segments in G',
    inputs: one([
      cust(t('10:00:00')),
      state(t('10:00:05'), 1),
      state(t('10:00:10'), 3, 'alice'),
      state(t('10:00:30'), 3, 'carol', undefined, 'G2'),
      serv(t('10:00:40'), 'carol'),
    ]),
    args: { group: 'G1' },
    expect: {
      overview: {
        ...ZERO,
        sessions: 1,
        consultation_sessions: 1,
        human_sessions: 1,
        consultation_segments: 1,
        human_segments: 1,
        addressed: 1,
        replied: 1,
        first_response_seconds: 30,
        customer_messages: 1,
        customers: 1,
        consulting_customers: 1,
        friend_customers: 1,
        assistant_sessions: 1,
        assistant_transferred: 1,
      },
      sessions: [{ servicers: ['alice', 'carol'], first_response_seconds: 30 }],
      staff: [
        { servicer_userid: 'alice', ...STAFF_ZERO, human_segments: 1, customers: 1, addressed: 1 },
        { servicer_userid: 'bob', ...STAFF_ZERO },
      ],
    },
  },

  // kf1/c1: customer 10:00:00, alice 3 at 10:00:10, alice 10:00:20 → frt 10.
  // kf1/c2: customer 10:01:00, bob 3 at 10:01:10 (pending → addressed, no reply).
  // kf1/c3: customer 10:02:00, bob 3 at 10:02:10 (pending → addressed), alice 3 at 10:02:20
  //   (transfer; no servicer message yet → pending again → addressed), no reply.
  // --servicer alice: sessions in which alice had a human segment → c1, c3; staff → alice alone:
  // 2 segments, 2 customers, addressed 2, replied 1, frt 10. The overview ignores --servicer:
  // 3 sessions, 4 human segments, addressed 3, replied 1, frt 10; so does realtime.
  {
    name: 'servicer filter: session rows and staff only; overview and realtime ignore it',
    inputs: one([
      cust(t('10:00:00')),
      state(t('10:00:10'), 3, 'alice'),
      serv(t('10:00:20'), 'alice'),
      cust(t('10:01:00'), c2),
      state(t('10:01:10'), 3, 'bob', c2),
      cust(t('10:02:00'), c3),
      state(t('10:02:10'), 3, 'bob', c3),
      state(t('10:02:20'), 3, 'alice', c3),
    ]),
    args: { servicer: 'alice' },
    expect: {
      overview: {
        sessions: 3,
        human_segments: 4,
        addressed: 3,
        replied: 1,
        first_response_seconds: 10,
      },
      sessions: [{ external_userid: 'c1' }, { external_userid: 'c3' }],
      staff: [
        {
          servicer_userid: 'alice',
          ...STAFF_ZERO,
          human_segments: 2,
          customers: 2,
          addressed: 2,
          replied: 1,
          first_response_seconds: 10,
        },
      ],
      realtime: { sessions_in_human: 3, today: { sessions: 3 } },
    },
  },

  // kf1/c1: customer 10:00:00, bob 3 at 10:00:10 → G1 (directory).
  // kf2/c2: customer 10:01:00, bob 3 at 10:01:10 with group_id G1 (explicit) → G1, account kf2.
  // kf1/c3: customer 10:02:00, bob 3 at 10:02:10 with group_id G2 → G2.
  // kf1/c2: customer 10:03:00, alice 3 at 10:03:10 → G1.
  // --account kf1 --group G1 --servicer bob:
  //   overview (account AND group; --servicer ignored): kf1/c1 and kf1/c2 → 2 sessions,
  //   customers c1, c2 → 2, friend 1.
  //   sessions (all three): kf1/c1 only. staff: bob alone, only his kf1 segment in G1 → 1.
  {
    name: 'filters combine with AND',
    inputs: one([
      cust(t('10:00:00')),
      state(t('10:00:10'), 3, 'bob'),
      cust(t('10:01:00'), { ...kf2, ...c2 }),
      state(t('10:01:10'), 3, 'bob', { ...kf2, ...c2 }, 'G1'),
      cust(t('10:02:00'), c3),
      state(t('10:02:10'), 3, 'bob', c3, 'G2'),
      cust(t('10:03:00'), c2),
      state(t('10:03:10'), 3, 'alice', c2),
    ]),
    args: { account: 'kf1', group: 'G1', servicer: 'bob' },
    expect: {
      overview: { sessions: 2, human_segments: 2, customers: 2, friend_customers: 1 },
      sessions: [{ open_kfid: 'kf1', external_userid: 'c1', servicers: ['bob'] }],
      staff: [
        { servicer_userid: 'bob', ...STAFF_ZERO, human_segments: 1, customers: 1, addressed: 1 },
      ],
    },
  },

  // Same events, --group G1 --servicer carol: carol is not a member of G1 and had no segment →
  // no staff row, no session rows. The overview (group G1 only) has kf1/c1, kf2/c2, kf1/c2 → 3.
  {
    name: '--servicer for a servicer outside the group gives no row',
    inputs: one([
      cust(t('10:00:00')),
      state(t('10:00:10'), 3, 'bob'),
      cust(t('10:01:00'), { ...kf2, ...c2 }),
      state(t('10:01:10'), 3, 'bob', { ...kf2, ...c2 }, 'G1'),
      cust(t('10:02:00'), c3),
      state(t('10:02:10'), 3, 'bob', c3, 'G2'),
      cust(t('10:03:00'), c2),
      state(t('10:03:10'), 3, 'alice', c2),
    ]),
    args: { group: 'G1', servicer: 'carol' },
    expect: {
      overview: { sessions: 3, human_segments: 3 },
      sessions: [],
      staff: [],
    },
  },

  // No sessions at all: e1 invite member m_zhang 10:00 to kf1/c1 by carol; e2 invite groupchat
  // gc_1 10:01 to kf1/c2 by alice. With no session, an event counts for G when attributed to a
  // member of G. --group G2 (bob, carol): e1 only → member 1, groupchat 0; rows bob, carol.
  {
    name: 'group filter: session-less events count when attributed to a member of G',
    inputs: one([
      invite(t('10:00:00'), 'member', 'm_zhang', undefined, 'carol'),
      invite(t('10:01:00'), 'groupchat', 'gc_1', c2, 'alice'),
    ]),
    args: { group: 'G2' },
    expect: {
      overview: { sessions: 0, member_invites: 1, groupchat_invites: 0 },
      staff: [
        { servicer_userid: 'bob', member_invites: 0, groupchat_invites: 0 },
        { servicer_userid: 'carol', member_invites: 1, groupchat_invites: 0 },
      ],
    },
  },
] satisfies ReportCase[]
