// Satisfaction surveys (metrics.md §3): attribution, which survey a reply answers, ignored
// replies, the day a survey counts on, a session's rating.
// Conventions (zone, base directory, ids e1…, default pair kf1/c1): see kit.ts.
import type { ReportCase } from '../caseTypes'
import { c2, c3, cust, enter, kf2, one, serv, sh, state, surveyReply, surveySent } from './kit'

const t = (hms: string): string => sh(hms)
const SURVEY_ZERO = {
  surveys_sent: 0,
  surveys_answered: 0,
  satisfied: 0,
  middling: 0,
  dissatisfied: 0,
}

export default [
  // e1 customer 10:00:00; e2 state 3 alice 10:00:10; e3 alice 10:00:20; e4 survey_sent 10:05:00
  // with no servicer_userid, in alice's segment → attributed to alice; e5 reply satisfied
  // 10:06:00 answers e4. sent 1, answered 1, satisfied 1. Session rating satisfied.
  {
    name: 'a survey sent in X’s segment is X’s; its answer counts',
    inputs: one([
      cust(t('10:00:00')),
      state(t('10:00:10'), 3, 'alice'),
      serv(t('10:00:20'), 'alice'),
      surveySent(t('10:05:00')),
      surveyReply(t('10:06:00'), 'satisfied'),
    ]),
    expect: {
      import: { read: 5, added: 5, duplicates: 0, conflicts: 0, invalid: 0, warnings: 0 },
      overview: { ...SURVEY_ZERO, surveys_sent: 1, surveys_answered: 1, satisfied: 1 },
      sessions: [{ rating: 'satisfied' }],
      staff: [
        {
          servicer_userid: 'alice',
          ...SURVEY_ZERO,
          surveys_sent: 1,
          surveys_answered: 1,
          satisfied: 1,
        },
        { servicer_userid: 'bob', ...SURVEY_ZERO },
        { servicer_userid: 'carol', ...SURVEY_ZERO },
      ],
      realtime: { today: { surveys_sent: 1, surveys_answered: 1, satisfied: 1 } },
    },
  },

  // Attribution: own servicer_userid, else the segment it is in, else the last human segment of
  // its session before it, else nobody.
  // kf1/c1: e1 customer 10:00:00; e2 state 3 alice 10:00:10; e3 survey_sent 10:01:00 with
  //   servicer_userid bob → bob (own field wins over alice's segment); e4 survey_sent 10:02:00 →
  //   in alice's segment → alice.
  // kf1/c2: e5 customer 10:00:00; e6 state 3 alice 10:00:10; e7 state 3 bob 10:00:20; e8 state 4
  //   10:01:00; e9 survey_sent 10:02:00 → no open session → the pair's latest session; in no
  //   segment → last human segment of that session = bob's → bob.
  // kf1/c3: e10 customer 10:00:00; e11 state 1 10:00:05; e12 survey_sent 10:01:00 → in the
  //   assistant segment, no human segment → nobody.
  // kf2/c1: e13 survey_sent 10:02:00 servicer_userid carol → no session at all (belongs to none)
  //   → its own field → carol.
  // kf2/c2: e14 customer 10:00:00; e15 state 3 carol 10:00:10; e16 state 2 10:00:20; e17
  //   survey_sent 10:01:00 → session open in state 2, no segment → last human segment = carol's.
  // Totals: alice 1 (e4), bob 2 (e3, e9), carol 2 (e13, e17), nobody 1 (e12) → overview 6.
  {
    name: 'survey attribution: own servicer_userid, else segment, else last human segment, else none',
    inputs: one([
      cust(t('10:00:00')),
      state(t('10:00:10'), 3, 'alice'),
      surveySent(t('10:01:00'), undefined, 'bob'),
      surveySent(t('10:02:00')),
      cust(t('10:00:00'), c2),
      state(t('10:00:10'), 3, 'alice', c2),
      state(t('10:00:20'), 3, 'bob', c2),
      state(t('10:01:00'), 4, undefined, c2),
      surveySent(t('10:02:00'), c2),
      cust(t('10:00:00'), c3),
      state(t('10:00:05'), 1, undefined, c3),
      surveySent(t('10:01:00'), c3),
      surveySent(t('10:02:00'), kf2, 'carol'),
      cust(t('10:00:00'), { ...kf2, ...c2 }),
      state(t('10:00:10'), 3, 'carol', { ...kf2, ...c2 }),
      state(t('10:00:20'), 2, undefined, { ...kf2, ...c2 }),
      surveySent(t('10:01:00'), { ...kf2, ...c2 }),
    ]),
    expect: {
      import: { read: 17, added: 17, duplicates: 0, conflicts: 0, invalid: 0, warnings: 0 },
      overview: { surveys_sent: 6, surveys_answered: 0 },
      staff: [
        { servicer_userid: 'alice', surveys_sent: 1 },
        { servicer_userid: 'bob', surveys_sent: 2 },
        { servicer_userid: 'carol', surveys_sent: 2 },
      ],
    },
  },

  // e1 customer 11-20 10:00:00; e2 state 3 alice 10:00:10; e3 state 4 10:10:00; e4 survey_sent
  // 10:10:01 (latest session, last human segment alice → alice); e5 reply dissatisfied 11-21
  // 09:00:00 answers e4. A survey and its answer count on the day it was sent: 11-20 gets sent 1,
  // answered 1, dissatisfied 1; 11-21 gets nothing. Realtime "today" is 11-21 (as_of = e5) → 0.
  {
    name: 'a late answer counts on the day the survey was sent',
    inputs: one([
      cust(sh('10:00:00', 20)),
      state(sh('10:00:10', 20), 3, 'alice'),
      state(sh('10:10:00', 20), 4),
      surveySent(sh('10:10:01', 20)),
      surveyReply(sh('09:00:00', 21), 'dissatisfied'),
    ]),
    expect: {
      range: { from: '2026-11-20', to: '2026-11-21' },
      overview: {
        ...SURVEY_ZERO,
        surveys_sent: 1,
        surveys_answered: 1,
        dissatisfied: 1,
        by_day: [
          {
            date: '2026-11-20',
            ...SURVEY_ZERO,
            surveys_sent: 1,
            surveys_answered: 1,
            dissatisfied: 1,
          },
          { date: '2026-11-21', ...SURVEY_ZERO },
        ],
      },
      sessions: [{ end: sh('10:10:00', 20), state: 4, rating: 'dissatisfied' }],
      staff: [
        {
          servicer_userid: 'alice',
          ...SURVEY_ZERO,
          surveys_sent: 1,
          surveys_answered: 1,
          dissatisfied: 1,
        },
        { servicer_userid: 'bob', ...SURVEY_ZERO },
        { servicer_userid: 'carol', ...SURVEY_ZERO },
      ],
      realtime: { today: { ...SURVEY_ZERO } },
    },
  },

  // e1 customer 10:00:00 (kf1/c1); e2 reply satisfied 10:01:00 → no survey_sent before it →
  // ignored, warning. e3 survey_sent 10:02:00 (no human segment → nobody); e4 reply middling
  // 10:03:00 answers e3; e5 reply dissatisfied 10:04:00 → e3 already answered → ignored, warning.
  // e6 reply satisfied 10:05:00 from kf2/c1: that pair has no survey (surveys are per pair) →
  // ignored, warning. sent 1, answered 1, middling 1; warnings 3; rating middling.
  {
    name: 'a reply with nothing to answer, or to an answered survey, is ignored with a warning',
    inputs: one([
      cust(t('10:00:00')),
      surveyReply(t('10:01:00'), 'satisfied'),
      surveySent(t('10:02:00')),
      surveyReply(t('10:03:00'), 'middling'),
      surveyReply(t('10:04:00'), 'dissatisfied'),
      surveyReply(t('10:05:00'), 'satisfied', kf2),
    ]),
    expect: {
      import: { read: 6, added: 6, duplicates: 0, conflicts: 0, invalid: 0, warnings: 3 },
      overview: { ...SURVEY_ZERO, surveys_sent: 1, surveys_answered: 1, middling: 1, sessions: 1 },
      sessions: [{ open_kfid: 'kf1', external_userid: 'c1', rating: 'middling' }],
    },
  },

  // e1 customer 10:00:00; e2 state 3 alice 10:00:10; e3 survey_sent 10:01:00; e4 survey_sent
  // 10:02:00; e5 reply satisfied 10:03:00 answers the latest survey before it (e4); e3 stays
  // unanswered. e6 survey_sent 10:04:00; e7 reply dissatisfied 10:05:00 answers e6.
  // All three in alice's segment → alice. sent 3, answered 2, satisfied 1, dissatisfied 1.
  // Session rating = rating of the last counted answer = dissatisfied.
  // (满意度评价发送数 counts surveys (metrics.md §3), not sessions as the guide's wording has it:
  // the spec stands.)
  {
    name: 'a reply answers the latest survey; the session rating is the last counted answer',
    inputs: one([
      cust(t('10:00:00')),
      state(t('10:00:10'), 3, 'alice'),
      surveySent(t('10:01:00')),
      surveySent(t('10:02:00')),
      surveyReply(t('10:03:00'), 'satisfied'),
      surveySent(t('10:04:00')),
      surveyReply(t('10:05:00'), 'dissatisfied'),
    ]),
    expect: {
      import: { warnings: 0 },
      overview: {
        ...SURVEY_ZERO,
        surveys_sent: 3,
        surveys_answered: 2,
        satisfied: 1,
        dissatisfied: 1,
      },
      sessions: [{ rating: 'dissatisfied' }],
      staff: [
        {
          servicer_userid: 'alice',
          ...SURVEY_ZERO,
          surveys_sent: 3,
          surveys_answered: 2,
          satisfied: 1,
          dissatisfied: 1,
        },
        { servicer_userid: 'bob', ...SURVEY_ZERO },
        { servicer_userid: 'carol', ...SURVEY_ZERO },
      ],
    },
  },

  // e1 customer 10:00:00; e2 state 3 alice 10:00:10; e3 state 4 10:05:00 (session A ends);
  // e4 survey_sent 10:05:01 → belongs to A (latest session), alice (last human segment);
  // e5 enter 10:10:00 → session B; e6 reply satisfied 10:11:00 → answers the pair's latest
  // survey_sent before it = e4, a survey of A → A's rating satisfied, B's rating null.
  {
    name: 'an answer arriving after a new session started still rates the survey’s session',
    inputs: one([
      cust(t('10:00:00')),
      state(t('10:00:10'), 3, 'alice'),
      state(t('10:05:00'), 4),
      surveySent(t('10:05:01')),
      enter(t('10:10:00')),
      surveyReply(t('10:11:00'), 'satisfied'),
    ]),
    expect: {
      import: { warnings: 0 },
      overview: { sessions: 2, surveys_sent: 1, surveys_answered: 1, satisfied: 1 },
      sessions: [
        { start: t('10:00:00'), end: t('10:05:00'), rating: 'satisfied' },
        { start: t('10:10:00'), end: null, rating: null },
      ],
      staff: [
        { servicer_userid: 'alice', surveys_sent: 1, surveys_answered: 1, satisfied: 1 },
        { servicer_userid: 'bob', surveys_sent: 0 },
        { servicer_userid: 'carol', surveys_sent: 0 },
      ],
    },
  },

  // e1 customer 10:00:00; e2 state 3 alice 10:00:10; e3 survey_sent 10:01:00 with
  // servicer_userid 42 (a number): an optional field of the wrong type is treated as absent →
  // not invalid, no unknown-servicer warning, no staff row "42"; attributed by its segment →
  // alice.
  {
    name: 'a survey_sent whose servicer_userid has the wrong type is attributed by its segment',
    inputs: one([
      cust(t('10:00:00')),
      state(t('10:00:10'), 3, 'alice'),
      { ...surveySent(t('10:01:00')), servicer_userid: 42 },
    ]),
    expect: {
      import: { read: 3, added: 3, duplicates: 0, conflicts: 0, invalid: 0, warnings: 0 },
      overview: { surveys_sent: 1 },
      staff: [
        { servicer_userid: 'alice', surveys_sent: 1 },
        { servicer_userid: 'bob', surveys_sent: 0 },
        { servicer_userid: 'carol', surveys_sent: 0 },
      ],
    },
  },
] satisfies ReportCase[]
