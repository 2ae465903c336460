// The JSON report of metrics.md §8: raw numerators and denominators, never formatted.

export interface ImportCounters {
  read: number
  added: number
  duplicates: number
  conflicts: number
  invalid: number
  warnings: number
}

export interface OverviewFigures {
  sessions: number
  consultation_sessions: number
  human_sessions: number
  consultation_segments: number
  human_segments: number
  addressed: number
  replied: number
  first_response_seconds: number
  customer_messages: number
  customers: number
  consulting_customers: number
  friend_customers: number
  member_invites: number
  groupchat_invites: number
  member_added_customers: number
  groupchat_joined_customers: number
  upgraded_customers: number
  assistant_sessions: number
  assistant_transferred: number
  surveys_sent: number
  surveys_answered: number
  satisfied: number
  middling: number
  dissatisfied: number
}

export interface OverviewDay extends OverviewFigures {
  date: string
}

export interface Overview extends OverviewFigures {
  by_day: OverviewDay[]
}

export interface StaffRow {
  servicer_userid: string
  reception_seconds: number
  human_segments: number
  customers: number
  customer_messages: number
  addressed: number
  replied: number
  first_response_seconds: number
  surveys_sent: number
  surveys_answered: number
  satisfied: number
  middling: number
  dissatisfied: number
  member_invites: number
  groupchat_invites: number
}

export interface RealtimeStaffRow {
  servicer_userid: string
  open_kfid: string
  status: 1 | 2
  first_online_at: string | null
  online_seconds: number
  ongoing_sessions: number
  reception_limit: number | null
  today_segments: number
  addressed: number
  replied: number
  first_response_seconds: number
  surveys_sent: number
  surveys_answered: number
  satisfied: number
  middling: number
  dissatisfied: number
}

export interface Realtime {
  queue: number
  servicers_receiving: number
  sessions_in_human: number
  today: OverviewFigures
  staff: RealtimeStaffRow[]
}

export interface SessionRow {
  open_kfid: string
  external_userid: string
  start: string
  end: string | null
  state: 0 | 1 | 2 | 3 | 4
  servicers: string[]
  first_response_seconds: number | null
  customer_messages: number
  servicer_messages: number
  rating: 'satisfied' | 'middling' | 'dissatisfied' | null
}

export interface Report {
  timezone: string
  range: { from: string; to: string } | null
  as_of: string | null
  import: ImportCounters
  overview: Overview
  staff: StaffRow[]
  realtime: Realtime
  sessions: SessionRow[]
}

/** The arguments of `npm run report` (besides --input). */
export interface ReportArgs {
  from?: string
  to?: string
  account?: string
  group?: string
  servicer?: string
  /** ISO-8601 (read in the dataset's zone when it has no offset) or Unix seconds. */
  at?: string
}
