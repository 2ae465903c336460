// 员工统计 (metrics.md §6, §8 `staff`): which rows exist, their order, and their figures under
// account and group filters.
// Conventions (zone, base directory, ids e1…, default pair kf1/c1): see kit.ts.
import type { ReportCase } from '../caseTypes'
import {
  BASE,
  STAFF_ZERO,
  c2,
  cust,
  enter,
  invite,
  kf2,
  one,
  serv,
  sh,
  state,
  status,
  surveyReply,
  surveySent,
} from './kit'

const t = (hms: string): string => sh(hms)

const TWO_GROUPS_BOB = [
  cust(t('10:00:00')), // kf1/c1
  state(t('10:00:10'), 3, 'bob'), // → G1 (bob and kf1)
  surveySent(t('10:01:00')), // → bob (his segment)
  cust(t('10:02:00'), { ...kf2, ...c2 }),
  state(t('10:02:10'), 3, 'bob', { ...kf2, ...c2 }), // → G2 (bob and kf2)
  surveySent(t('10:03:00'), { ...kf2, ...c2 }), // → bob
  invite(t('10:04:00'), 'groupchat', 'gc_1', { ...kf2, ...c2 }), // → bob
]

export default [
  // Directory: servicers Zed, alice, 张三; one group G1 (kf1) with members alice and bob (bob has
  // no servicers record). Events:
  // e1 bob on 09:00:00 — bob named by servicer_status; group membership does not name a
  //   servicer → unknown servicer warning.
  // e2 customer 10:00:00; e3 state 3 dave 10:00:10 (unknown → warning; pending e2 → addressed);
  // e4 invite member m1 10:01:00 servicer_userid erin (unknown → warning);
  // e5 survey_sent 10:02:00 servicer_userid frank (unknown → warning);
  // e6 reply satisfied 10:03:00 carrying servicer_userid hank — not a field survey_reply uses →
  //   no row, no warning; answers e5;
  // e7 enter kf1/c2 10:04:00 carrying servicer_userid gina — not used → no row, no warning.
  // as_of 10:04:00. warnings 4 (e1, e3, e4, e5).
  // Rows: directory servicers + group members + servicers named by used fields, sorted by UTF-16
  // code units: "Zed" < "alice" < "bob" < "dave" < "erin" < "frank" < "张三".
  // bob 接待时长 09:00→10:04 = 3840 s.
  // Realtime rows: (alice,kf1), (bob,kf1) linked by G1; (dave,kf1) from his segment today
  // (limit null, 1 ongoing).
  {
    name: 'staff rows: directory, group members and servicers named by events, in UTF-16 order',
    inputs: one(
      [
        status(t('09:00:00'), 'bob', 1),
        cust(t('10:00:00')),
        state(t('10:00:10'), 3, 'dave'),
        invite(t('10:01:00'), 'member', 'm1', undefined, 'erin'),
        surveySent(t('10:02:00'), undefined, 'frank'),
        { ...surveyReply(t('10:03:00'), 'satisfied'), servicer_userid: 'hank' },
        { ...enter(t('10:04:00'), c2), servicer_userid: 'gina' },
      ],
      {
        servicers: [
          { userid: 'Zed', name: 'Zed' },
          { userid: 'alice', name: '王丽' },
          { userid: '张三', name: '张三' },
        ],
        groups: [
          {
            group_id: 'G1',
            name: '售前组',
            reception_limit: 5,
            open_kfids: ['kf1'],
            servicer_userids: ['alice', 'bob'],
          },
        ],
      },
    ),
    expect: {
      import: { read: 7, added: 7, duplicates: 0, conflicts: 0, invalid: 0, warnings: 4 },
      staff: [
        { servicer_userid: 'Zed', ...STAFF_ZERO },
        { servicer_userid: 'alice', ...STAFF_ZERO },
        { servicer_userid: 'bob', ...STAFF_ZERO, reception_seconds: 3840 },
        { servicer_userid: 'dave', ...STAFF_ZERO, human_segments: 1, customers: 1, addressed: 1 },
        { servicer_userid: 'erin', ...STAFF_ZERO, member_invites: 1 },
        {
          servicer_userid: 'frank',
          ...STAFF_ZERO,
          surveys_sent: 1,
          surveys_answered: 1,
          satisfied: 1,
        },
        { servicer_userid: '张三', ...STAFF_ZERO },
      ],
      realtime: {
        servicers_receiving: 1,
        staff: [
          { servicer_userid: 'alice', open_kfid: 'kf1', status: 2, first_online_at: null },
          {
            servicer_userid: 'bob',
            open_kfid: 'kf1',
            status: 1,
            first_online_at: t('09:00:00'),
            online_seconds: 3840,
            reception_limit: 5,
          },
          {
            servicer_userid: 'dave',
            open_kfid: 'kf1',
            reception_limit: null,
            today_segments: 1,
            ongoing_sessions: 1,
            addressed: 1,
          },
        ],
      },
    },
  },

  // e1 alice on 09:00:00; e2 customer kf2/c1 10:00:00; e3 state 3 alice 10:00:10; e4 alice
  // 10:00:20 (frt 10); e5 alice off 11:00:00. --account kf1: rows kept; alice's figures are all
  // in kf2 → 0, but 接待时长 takes no account filter: 09:00→11:00 = 7200.
  {
    name: 'account filter keeps every row; 接待时长 is not filtered',
    inputs: one([
      status(t('09:00:00'), 'alice', 1),
      cust(t('10:00:00'), kf2),
      state(t('10:00:10'), 3, 'alice', kf2),
      serv(t('10:00:20'), 'alice', kf2),
      status(t('11:00:00'), 'alice', 2),
    ]),
    args: { account: 'kf1' },
    expect: {
      overview: { sessions: 0 },
      sessions: [],
      staff: [
        { servicer_userid: 'alice', ...STAFF_ZERO, reception_seconds: 7200 },
        { servicer_userid: 'bob', ...STAFF_ZERO },
        { servicer_userid: 'carol', ...STAFF_ZERO },
      ],
    },
  },

  // Same events, --account kf2: alice has her segment: 1 segment, customer c1, addressed (e2
  // pending), replied, frt 10; 接待时长 7200.
  {
    name: 'account filter on the account of the segment',
    inputs: one([
      status(t('09:00:00'), 'alice', 1),
      cust(t('10:00:00'), kf2),
      state(t('10:00:10'), 3, 'alice', kf2),
      serv(t('10:00:20'), 'alice', kf2),
      status(t('11:00:00'), 'alice', 2),
    ]),
    args: { account: 'kf2' },
    expect: {
      staff: [
        {
          servicer_userid: 'alice',
          ...STAFF_ZERO,
          reception_seconds: 7200,
          human_segments: 1,
          customers: 1,
          addressed: 1,
          replied: 1,
          first_response_seconds: 10,
        },
        { servicer_userid: 'bob', ...STAFF_ZERO },
        { servicer_userid: 'carol', ...STAFF_ZERO },
      ],
    },
  },

  // bob has a G1 segment (kf1/c1) with a survey, and a G2 segment (kf2/c2) with a survey and a
  // groupchat invite (all attributed to bob by his segment). Each segment: pending message →
  // addressed. --group G1: rows = G1's members alice, bob; bob's G1 segment only, and only the
  // survey whose session counts for G1 → surveys 1, invites 0. Overview: 1 session, 1 survey.
  {
    name: 'group filter: a row counts its segments in G and its surveys/invites of sessions in G',
    inputs: one(TWO_GROUPS_BOB),
    args: { group: 'G1' },
    expect: {
      overview: { sessions: 1, surveys_sent: 1, groupchat_invites: 0 },
      staff: [
        { servicer_userid: 'alice', ...STAFF_ZERO },
        {
          servicer_userid: 'bob',
          ...STAFF_ZERO,
          human_segments: 1,
          customers: 1,
          addressed: 1,
          surveys_sent: 1,
        },
      ],
    },
  },

  // Same events, --group G2: rows bob, carol; bob's G2 segment, its survey and the invite.
  {
    name: 'group filter: the other group',
    inputs: one(TWO_GROUPS_BOB),
    args: { group: 'G2' },
    expect: {
      overview: { sessions: 1, surveys_sent: 1, groupchat_invites: 1 },
      staff: [
        {
          servicer_userid: 'bob',
          ...STAFF_ZERO,
          human_segments: 1,
          customers: 1,
          addressed: 1,
          surveys_sent: 1,
          groupchat_invites: 1,
        },
        { servicer_userid: 'carol', ...STAFF_ZERO },
      ],
    },
  },

  // alice on 11-20 22:00:00, off 11-21 02:00:00 (as_of). 接待时长 is counted second by second in
  // the day it falls in: 11-20 → 2 h, 11-21 → 2 h. Default range 11-20..11-21 → 14400.
  // Realtime (today 11-21): online at midnight → first online 11-21 00:00:00, 7200 s, status 2.
  {
    name: '接待时长 across midnight, default range',
    inputs: one([status(sh('22:00:00', 20), 'alice', 1), status(sh('02:00:00', 21), 'alice', 2)]),
    expect: {
      staff: [
        { servicer_userid: 'alice', reception_seconds: 14400 },
        { servicer_userid: 'bob', reception_seconds: 0 },
        { servicer_userid: 'carol', reception_seconds: 0 },
      ],
      realtime: {
        servicers_receiving: 0,
        staff: [
          {
            servicer_userid: 'alice',
            open_kfid: 'kf1',
            status: 2,
            first_online_at: '2026-11-21T00:00:00+08:00',
            online_seconds: 7200,
          },
          { servicer_userid: 'bob', open_kfid: 'kf1', first_online_at: null, online_seconds: 0 },
          { servicer_userid: 'bob', open_kfid: 'kf2', first_online_at: null },
          { servicer_userid: 'carol', open_kfid: 'kf2', first_online_at: null },
        ],
      },
    },
  },

  // Same, --from 11-21 --to 11-21 → only the 2 h after midnight: 7200.
  {
    name: '接待时长 across midnight, one-day range',
    inputs: one([status(sh('22:00:00', 20), 'alice', 1), status(sh('02:00:00', 21), 'alice', 2)]),
    args: { from: '2026-11-21', to: '2026-11-21' },
    expect: {
      staff: [
        { servicer_userid: 'alice', reception_seconds: 7200 },
        { servicer_userid: 'bob', reception_seconds: 0 },
        { servicer_userid: 'carol', reception_seconds: 0 },
      ],
    },
  },

  // A directory whose groups name a member missing from `servicers` (gm): gm still has a row
  // (group members are rows) and an all-zero one; no event → no warning.
  {
    name: 'a group member without a servicers record still has a row',
    inputs: one([enter(t('10:00:00'))], {
      groups: [
        ...BASE.groups,
        {
          group_id: 'G3',
          name: '夜班',
          reception_limit: 2,
          open_kfids: ['kf1'],
          servicer_userids: ['gm'],
        },
      ],
    }),
    expect: {
      import: { warnings: 0 },
      staff: [
        { servicer_userid: 'alice' },
        { servicer_userid: 'bob' },
        { servicer_userid: 'carol' },
        { servicer_userid: 'gm', ...STAFF_ZERO },
      ],
    },
  },
] satisfies ReportCase[]
