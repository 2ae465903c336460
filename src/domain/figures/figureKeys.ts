// The raw figures, keyed as in the report (metrics.md §8).
import type { OverviewFigures, StaffRow } from '../report/reportTypes'

export type { OverviewFigures, StaffRow }

export const OVERVIEW_KEYS = [
  'sessions',
  'consultation_sessions',
  'human_sessions',
  'consultation_segments',
  'human_segments',
  'addressed',
  'replied',
  'first_response_seconds',
  'customer_messages',
  'customers',
  'consulting_customers',
  'friend_customers',
  'member_invites',
  'groupchat_invites',
  'member_added_customers',
  'groupchat_joined_customers',
  'upgraded_customers',
  'assistant_sessions',
  'assistant_transferred',
  'surveys_sent',
  'surveys_answered',
  'satisfied',
  'middling',
  'dissatisfied',
] as const satisfies readonly (keyof OverviewFigures)[]

export function emptyOverviewFigures(): OverviewFigures {
  const figures = {} as OverviewFigures
  for (const key of OVERVIEW_KEYS) figures[key] = 0
  return figures
}
