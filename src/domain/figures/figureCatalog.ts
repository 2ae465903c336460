// What each figure is called, what the guide says it means (the tooltip), and how a rate or
// average is made of the raw keys. The UI reads this; it computes nothing itself.
import type { OverviewFigures } from './figureKeys'

export type FigureKey = keyof OverviewFigures

export type FigureView =
  | { kind: 'count'; value: FigureKey }
  | { kind: 'rate'; numerator: FigureKey; denominator: FigureKey }
  | { kind: 'average-seconds'; numerator: FigureKey; denominator: FigureKey }

export interface FigureCard {
  /** The card's id: the report key of its value, or of its numerator for a rate. */
  id: string
  label: string
  definition: string
  view: FigureView
  /** The report key whose sessions the card's drill-down lists. */
  drillKey: FigureKey
}

const count = (value: FigureKey): FigureView => ({ kind: 'count', value })
const rate = (numerator: FigureKey, denominator: FigureKey): FigureView => ({
  kind: 'rate',
  numerator,
  denominator,
})

export const HUMAN_REPLY_RATE = rate('replied', 'addressed')
export const AVERAGE_FIRST_RESPONSE: FigureView = {
  kind: 'average-seconds',
  numerator: 'first_response_seconds',
  denominator: 'replied',
}
export const SURVEY_RESPONSE_RATE = rate('surveys_answered', 'surveys_sent')
export const SATISFIED_SHARE = rate('satisfied', 'surveys_answered')
export const MIDDLING_SHARE = rate('middling', 'surveys_answered')
export const DISSATISFIED_SHARE = rate('dissatisfied', 'surveys_answered')
export const TRANSFER_TO_HUMAN_RATE = rate('assistant_transferred', 'assistant_sessions')

export interface FigureSection {
  title: string
  cards: FigureCard[]
}

/** 数据总览, in the guide's order. */
export const OVERVIEW_SECTIONS: FigureSection[] = [
  {
    title: '会话数据',
    cards: [
      {
        id: 'sessions',
        label: '接入会话数',
        definition:
          '一个自然日内,接入微信客服会话的总会话次数,包含客户未发过消息的咨询会话。产生会话后,同一用户在同一个会话里重复进入算一次接入;上次会话结束后,同一用户重新接入算新增一次接入',
        view: count('sessions'),
        drillKey: 'sessions',
      },
      {
        id: 'consultation_sessions',
        label: '客户咨询会话数',
        definition:
          '接入会话里,客户发过消息并分配给接待员工或智能助手的客服会话数。转接(包括接待员工之间或从智能助手转接进入人工接待)不会产生新的会话次数',
        view: count('consultation_sessions'),
        drillKey: 'consultation_sessions',
      },
      {
        id: 'human_sessions',
        label: '接入人工会话数',
        definition: '接入会话里,有成功接入过人工客服的会话数,转接多人不会产生新的会话次数',
        view: count('human_sessions'),
        drillKey: 'human_sessions',
      },
      {
        id: 'consultation_segments',
        label: '咨询会话段数',
        definition:
          '客户发过消息并分配给接待人员或智能助手的一次会话,根据接待对象的不同,拆分成多段会话。(如:智能助手接待为一段、员工a接待为一段、员工b接待为一段)',
        view: count('consultation_segments'),
        drillKey: 'consultation_segments',
      },
      {
        id: 'human_segments',
        label: '人工咨询会话段数',
        definition:
          '有成功接入过人工,并分配给接待人员的客服会话数,若转接多人会计算多个人工接待会话段数',
        view: count('human_segments'),
        drillKey: 'human_segments',
      },
      {
        id: 'replied',
        label: '人工回复率',
        definition:
          '一个自然日内,客户给接待人员发消息的会话中,接待人员回复了的会话的占比。若数据展示为“–”,代表没有给接待人员发送消息的客户,此项无法计算',
        view: HUMAN_REPLY_RATE,
        drillKey: 'addressed',
      },
      {
        id: 'first_response_seconds',
        label: '平均首响时长',
        definition:
          '一个自然日内,客户给接待人员发送的第一条消息至接待人员回复之间的时长,为首次响应时长。所有的首次回复总时长/已回复的咨询会话数,即为平均首次响应时长。若数据展示为“–”,代表没有给接待人员发送消息的客户,此项无法计算',
        view: AVERAGE_FIRST_RESPONSE,
        drillKey: 'replied',
      },
      {
        id: 'customer_messages',
        label: '咨询消息数',
        definition: '客户在会话中发送的消息的数量',
        view: count('customer_messages'),
        drillKey: 'customer_messages',
      },
    ],
  },
  {
    title: '客户数据',
    cards: [
      {
        id: 'customers',
        label: '接入客户数',
        definition: '接入会话里,按客户id去重计算,多天数据按每天统计结果进行加和',
        view: count('customers'),
        drillKey: 'customers',
      },
      {
        id: 'consulting_customers',
        label: '咨询客户数',
        definition:
          '在会话中发送过消息的客户数量,若客户多次咨询只计算一个客户。咨询客户数,按客户id去重计算,多天数据按每天统计结果进行加和',
        view: count('consulting_customers'),
        drillKey: 'consulting_customers',
      },
      {
        id: 'friend_customers',
        label: '企业好友客户数',
        definition: '接入的客户,当前是企业好友的客户数',
        view: count('friend_customers'),
        drillKey: 'friend_customers',
      },
      {
        id: 'member_invites',
        label: '专员服务邀请数',
        definition: '接待人员通过「升级服务-专员服务」向客户发送服务专员名片的次数',
        view: count('member_invites'),
        drillKey: 'member_invites',
      },
      {
        id: 'groupchat_invites',
        label: '客户群服务邀请数',
        definition: '接待人员通过「升级服务-客户群服务」向客户发送客户群二维码的次数',
        view: count('groupchat_invites'),
        drillKey: 'groupchat_invites',
      },
      {
        id: 'member_added_customers',
        label: '添加专员客户数',
        definition: '客户成功添加专员为好友的数量,若同一个客户添加多个专员,则计算多个客户数',
        view: count('member_added_customers'),
        drillKey: 'member_added_customers',
      },
      {
        id: 'groupchat_joined_customers',
        label: '加入客户群的客户数',
        definition: '客户成功加入客户群的数量,若同一个客户加多个客户群,则计算多个客户数',
        view: count('groupchat_joined_customers'),
        drillKey: 'groupchat_joined_customers',
      },
      {
        id: 'upgraded_customers',
        label: '升级服务客户数',
        definition:
          '通过「升级服务」功能成功添加专员或加入客户群的客户数,若同一个客户添加多个专员或客户群,只计算一个客户',
        view: count('upgraded_customers'),
        drillKey: 'upgraded_customers',
      },
    ],
  },
  {
    title: '智能助手',
    cards: [
      {
        id: 'assistant_sessions',
        label: '智能回复会话数',
        definition: '客户发过消息并分配给智能助手的咨询会话数',
        view: count('assistant_sessions'),
        drillKey: 'assistant_sessions',
      },
      {
        id: 'assistant_transferred',
        label: '转人工率',
        definition: '智能助手接待的咨询会话中,之后转入人工接待的会话占比',
        view: TRANSFER_TO_HUMAN_RATE,
        drillKey: 'assistant_sessions',
      },
    ],
  },
  {
    title: '满意度',
    cards: [
      {
        id: 'surveys_sent',
        label: '满意度评价发送数',
        definition: '推送过满意度评价的次数(评价及其回复都计入评价发送的那一天)',
        view: count('surveys_sent'),
        drillKey: 'surveys_sent',
      },
      {
        id: 'surveys_answered',
        label: '参评率',
        definition: '推送的满意度评价中,客户参评的占比',
        view: SURVEY_RESPONSE_RATE,
        drillKey: 'surveys_sent',
      },
      {
        id: 'satisfied',
        label: '“满意”评价占比',
        definition: '客户参评的满意度评价中,客户评价是“满意”的占比',
        view: SATISFIED_SHARE,
        drillKey: 'surveys_answered',
      },
      {
        id: 'middling',
        label: '“一般”评价占比',
        definition: '客户参评的满意度评价中,客户评价是“一般”的占比',
        view: MIDDLING_SHARE,
        drillKey: 'surveys_answered',
      },
      {
        id: 'dissatisfied',
        label: '“不满意”评价占比',
        definition: '客户参评的满意度评价中,客户评价是“不满意”的占比',
        view: DISSATISFIED_SHARE,
        drillKey: 'surveys_answered',
      },
    ],
  },
]

export const ALL_OVERVIEW_CARDS: FigureCard[] = OVERVIEW_SECTIONS.flatMap(
  (section) => section.cards,
)
