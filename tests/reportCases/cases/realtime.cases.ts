// 实时看板 (metrics.md §6, §8 `realtime`): today = the calendar day of as_of, up to as_of;
// only --account applies.
// Conventions (zone, base directory, ids e1…, default pair kf1/c1): see kit.ts.
import type { ReportCase } from '../caseTypes'
import { c2, c3, cust, kf2, one, serv, sh, state, status, surveyReply, surveySent } from './kit'

const t = (hms: string): string => sh(hms)

// as_of = e13 = 10:45:00.
const BOARD = [
  status(t('09:00:00'), 'alice', 1), // e1
  status(t('09:00:00'), 'bob', 1), // e2
  cust(t('10:00:00')), // e3 kf1/c1
  state(t('10:00:05'), 2), // e4 kf1/c1 → queue
  cust(t('10:01:00'), c2), // e5 kf1/c2
  state(t('10:01:05'), 3, 'alice', c2), // e6 kf1/c2 → alice (G1)
  cust(t('10:02:00'), { ...kf2, ...c3 }), // e7 kf2/c3
  state(t('10:02:05'), 3, 'bob', { ...kf2, ...c3 }), // e8 kf2/c3 → bob (G2)
  serv(t('10:02:35'), 'bob', { ...kf2, ...c3 }), // e9 reply → frt 30
  state(t('10:03:00'), 4, undefined, { ...kf2, ...c3 }), // e10 ended
  status(t('10:30:00'), 'bob', 2), // e11
  status(t('10:40:00'), 'carol', 1), // e12
  cust(t('10:45:00'), kf2), // e13 kf2/c1 → state 0
]

export default [
  // BOARD at as_of 10:45:00.
  // queue: open sessions in state 2 → kf1/c1 = 1. in human: open in state 3 → kf1/c2 = 1
  // (kf2/c3 ended). receiving: status 1 now → alice, carol = 2 (bob stopped at 10:30).
  // today: sessions kf1/c1, kf1/c2, kf2/c3, kf2/c1 = 4; human 2 (kf1/c2, kf2/c3); consultation 2
  // (same two: message + segment); addressed 2 (both had their message pending); replied 1
  // (kf2/c3, clock 10:02:05, bob 10:02:35 → 30); 4 customer messages; customers c1,c2,c3 = 3;
  // consulting c2,c3 = 2; friend c1 = 1.
  // Rows (servicer, account) linked by a group: (alice,kf1), (bob,kf1), (bob,kf2), (carol,kf2);
  // segments today add none. Status and online time repeat on each of a servicer's rows:
  //   alice: 1, first 09:00, online 09:00→10:45 = 6300; kf1: ongoing 1 (kf1/c2), limit 5 (G1),
  //     1 segment today, addressed, not replied.
  //   bob: 2, first 09:00, online 09:00→10:30 = 5400; kf1: nothing, limit 5; kf2: limit 3 (G2),
  //     1 segment (kf2/c3), addressed, replied, frt 30, ongoing 0 (ended).
  //   carol: 1, first 10:40, online 300; kf2: limit 3, nothing else.
  {
    name: 'the board: queue, in human, receiving, today, and one row per linked (servicer, account)',
    inputs: one(BOARD),
    expect: {
      as_of: '2026-11-20T10:45:00+08:00',
      realtime: {
        queue: 1,
        servicers_receiving: 2,
        sessions_in_human: 1,
        today: {
          sessions: 4,
          consultation_sessions: 2,
          human_sessions: 2,
          consultation_segments: 2,
          human_segments: 2,
          addressed: 2,
          replied: 1,
          first_response_seconds: 30,
          customer_messages: 4,
          customers: 3,
          consulting_customers: 2,
          friend_customers: 1,
          surveys_sent: 0,
        },
        staff: [
          {
            servicer_userid: 'alice',
            open_kfid: 'kf1',
            status: 1,
            first_online_at: t('09:00:00'),
            online_seconds: 6300,
            ongoing_sessions: 1,
            reception_limit: 5,
            today_segments: 1,
            addressed: 1,
            replied: 0,
            first_response_seconds: 0,
            surveys_sent: 0,
          },
          {
            servicer_userid: 'bob',
            open_kfid: 'kf1',
            status: 2,
            first_online_at: t('09:00:00'),
            online_seconds: 5400,
            ongoing_sessions: 0,
            reception_limit: 5,
            today_segments: 0,
            addressed: 0,
            replied: 0,
          },
          {
            servicer_userid: 'bob',
            open_kfid: 'kf2',
            status: 2,
            first_online_at: t('09:00:00'),
            online_seconds: 5400,
            ongoing_sessions: 0,
            reception_limit: 3,
            today_segments: 1,
            addressed: 1,
            replied: 1,
            first_response_seconds: 30,
          },
          {
            servicer_userid: 'carol',
            open_kfid: 'kf2',
            status: 1,
            first_online_at: t('10:40:00'),
            online_seconds: 300,
            ongoing_sessions: 0,
            reception_limit: 3,
            today_segments: 0,
          },
        ],
      },
    },
  },

  // BOARD with --account kf1: queue 1 (kf1/c1), in human 1 (kf1/c2); receiving = status 1 and in
  // a group serving kf1 (G1: alice, bob) → alice = 1 (carol is only in G2). today: kf1/c1 and
  // kf1/c2 → 2 sessions, 1 human, addressed 1, replied 0, 2 messages, customers 2, friend 1.
  // Rows: only those of kf1.
  // AMBIGUOUS: --account keeps only the board rows whose open_kfid is K (the spec says only that
  // realtime applies --account, and gives the receiving count's rule).
  {
    name: 'the board with an account filter',
    inputs: one(BOARD),
    args: { account: 'kf1' },
    expect: {
      realtime: {
        queue: 1,
        servicers_receiving: 1,
        sessions_in_human: 1,
        today: {
          sessions: 2,
          human_sessions: 1,
          addressed: 1,
          replied: 0,
          customer_messages: 2,
          customers: 2,
          friend_customers: 1,
        },
        staff: [
          { servicer_userid: 'alice', open_kfid: 'kf1', ongoing_sessions: 1, today_segments: 1 },
          { servicer_userid: 'bob', open_kfid: 'kf1', ongoing_sessions: 0, today_segments: 0 },
        ],
      },
    },
  },

  // BOARD with --from/--to on another day, --group G2 and --servicer carol: none of them applies
  // to the board → same as unfiltered. (The overview, on 11-19 only, has 0 sessions.)
  {
    name: 'range, group and servicer filters do not apply to the board',
    inputs: one(BOARD),
    args: { from: '2026-11-19', to: '2026-11-19', group: 'G2', servicer: 'carol' },
    expect: {
      overview: { sessions: 0 },
      realtime: {
        queue: 1,
        servicers_receiving: 2,
        sessions_in_human: 1,
        today: { sessions: 4, replied: 1 },
        staff: [
          { servicer_userid: 'alice', open_kfid: 'kf1' },
          { servicer_userid: 'bob', open_kfid: 'kf1' },
          { servicer_userid: 'bob', open_kfid: 'kf2' },
          { servicer_userid: 'carol', open_kfid: 'kf2' },
        ],
      },
    },
  },

  // One account kf1, one group G1 = kf1 × {alice, bob, carol}. --at 11-20 12:00:00.
  // alice: on 11-19 22:00; on again 11-20 08:00 (a repeated 1 changes nothing); off 09:00.
  //   → online at midnight: first online 11-20 00:00:00; today 00:00→09:00 = 32400 s.
  //   接待时长 over the default range 11-19..11-20: 2 h (7200) + 32400 = 39600.
  // bob: on and off both at 11-20 10:00:00 → never online: first null, 0 s, status 2.
  // carol: on 11:00, on again 11:30 (nothing) → 11:00→12:00 = 3600 s, status 1.
  {
    name: 'servicer status: repeated 1, on/off in the same second, online at midnight',
    inputs: one(
      [
        status(sh('22:00:00', 19), 'alice', 1),
        status(sh('08:00:00', 20), 'alice', 1),
        status(sh('09:00:00', 20), 'alice', 2),
        status(sh('10:00:00', 20), 'bob', 1),
        status(sh('10:00:00', 20), 'bob', 2),
        status(sh('11:00:00', 20), 'carol', 1),
        status(sh('11:30:00', 20), 'carol', 1),
      ],
      {
        accounts: [{ open_kfid: 'kf1', name: '售前咨询' }],
        groups: [
          {
            group_id: 'G1',
            name: '全员',
            reception_limit: 5,
            open_kfids: ['kf1'],
            servicer_userids: ['alice', 'bob', 'carol'],
          },
        ],
      },
    ),
    args: { at: '2026-11-20T12:00:00+08:00' },
    expect: {
      range: { from: '2026-11-19', to: '2026-11-20' },
      staff: [
        { servicer_userid: 'alice', reception_seconds: 39600 },
        { servicer_userid: 'bob', reception_seconds: 0 },
        { servicer_userid: 'carol', reception_seconds: 3600 },
      ],
      realtime: {
        servicers_receiving: 1,
        staff: [
          {
            servicer_userid: 'alice',
            open_kfid: 'kf1',
            status: 2,
            first_online_at: '2026-11-20T00:00:00+08:00',
            online_seconds: 32400,
          },
          {
            servicer_userid: 'bob',
            open_kfid: 'kf1',
            status: 2,
            first_online_at: null,
            online_seconds: 0,
          },
          {
            servicer_userid: 'carol',
            open_kfid: 'kf1',
            status: 1,
            first_online_at: t('11:00:00'),
            online_seconds: 3600,
          },
        ],
      },
    },
  },

  // Groups: G1 kf1 × {alice} limit 5, G2 kf1 × {alice} limit 8, G3 kf2 × {bob} limit 0.
  // e1 customer kf2/c1 10:00:00; e2 state 3 alice 10:00:10 (no group links alice and kf2).
  // Rows: (alice,kf1) linked by G1 and G2 → largest limit 8; (alice,kf2) only because of her
  // segment today → limit null, 1 segment, 1 ongoing, addressed (e1 pending); (bob,kf2) → limit 0
  // (a real limit). Nobody ever set a status → 2, first null, 0 s.
  {
    name: 'reception_limit: the largest of the linking groups, 0 is real, null when none links',
    inputs: one([cust(t('10:00:00'), kf2), state(t('10:00:10'), 3, 'alice', kf2)], {
      servicers: [
        { userid: 'alice', name: '王丽' },
        { userid: 'bob', name: '李博' },
      ],
      groups: [
        {
          group_id: 'G1',
          name: 'A',
          reception_limit: 5,
          open_kfids: ['kf1'],
          servicer_userids: ['alice'],
        },
        {
          group_id: 'G2',
          name: 'B',
          reception_limit: 8,
          open_kfids: ['kf1'],
          servicer_userids: ['alice'],
        },
        {
          group_id: 'G3',
          name: 'C',
          reception_limit: 0,
          open_kfids: ['kf2'],
          servicer_userids: ['bob'],
        },
      ],
    }),
    expect: {
      realtime: {
        sessions_in_human: 1,
        servicers_receiving: 0,
        staff: [
          {
            servicer_userid: 'alice',
            open_kfid: 'kf1',
            status: 2,
            first_online_at: null,
            online_seconds: 0,
            reception_limit: 8,
            today_segments: 0,
            ongoing_sessions: 0,
          },
          {
            servicer_userid: 'alice',
            open_kfid: 'kf2',
            status: 2,
            first_online_at: null,
            reception_limit: null,
            today_segments: 1,
            ongoing_sessions: 1,
            addressed: 1,
          },
          { servicer_userid: 'bob', open_kfid: 'kf2', reception_limit: 0, today_segments: 0 },
        ],
      },
    },
  },

  // e1 customer c1 11-19 23:00:00; e2 state 3 alice 11-19 23:00:05 (still open today; expiry
  //   11-21 23:00).
  // e3 customer c2 11-20 09:00:00; e4 state 2 09:00:05 → queue.
  // e5 customer c3 09:10:00; e6 state 3 alice 09:10:10; e7 alice 09:10:30 → frt 20;
  // e8 survey_sent 09:11:00 (alice's segment); e9 reply satisfied 09:12:00. as_of 09:12:00.
  // queue 1 (c2); in human 2 (c1 from yesterday, c3). today (11-20): sessions c2, c3 = 2; human 1;
  // consultation 1 (c3); addressed 1, replied 1, frt 20; messages e3, e5 = 2; customers 2; no
  // friend (c1's session started yesterday); survey sent 1, answered 1, satisfied 1.
  // (alice,kf1): ongoing 2 (c1, c3), 1 segment started today (c1's started yesterday),
  // addressed 1, replied 1, frt 20, survey 1/1/1; status 2 (never on), first null.
  {
    name: 'today: yesterday’s open sessions are ongoing but not today’s sessions',
    inputs: one([
      cust(sh('23:00:00', 19)),
      state(sh('23:00:05', 19), 3, 'alice'),
      cust(sh('09:00:00', 20), c2),
      state(sh('09:00:05', 20), 2, undefined, c2),
      cust(sh('09:10:00', 20), c3),
      state(sh('09:10:10', 20), 3, 'alice', c3),
      serv(sh('09:10:30', 20), 'alice', c3),
      surveySent(sh('09:11:00', 20), c3),
      surveyReply(sh('09:12:00', 20), 'satisfied', c3),
    ]),
    expect: {
      range: { from: '2026-11-19', to: '2026-11-20' },
      overview: { sessions: 3 },
      realtime: {
        queue: 1,
        sessions_in_human: 2,
        servicers_receiving: 0,
        today: {
          sessions: 2,
          human_sessions: 1,
          consultation_sessions: 1,
          addressed: 1,
          replied: 1,
          first_response_seconds: 20,
          customer_messages: 2,
          customers: 2,
          friend_customers: 0,
          surveys_sent: 1,
          surveys_answered: 1,
          satisfied: 1,
        },
        staff: [
          {
            servicer_userid: 'alice',
            open_kfid: 'kf1',
            status: 2,
            first_online_at: null,
            ongoing_sessions: 2,
            reception_limit: 5,
            today_segments: 1,
            addressed: 1,
            replied: 1,
            first_response_seconds: 20,
            surveys_sent: 1,
            surveys_answered: 1,
            satisfied: 1,
            middling: 0,
            dissatisfied: 0,
          },
          { servicer_userid: 'bob', open_kfid: 'kf1', ongoing_sessions: 0, today_segments: 0 },
          { servicer_userid: 'bob', open_kfid: 'kf2', reception_limit: 3 },
          { servicer_userid: 'carol', open_kfid: 'kf2', reception_limit: 3 },
        ],
      },
    },
  },
] satisfies ReportCase[]
