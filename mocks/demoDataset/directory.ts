// The demo company: three 客服账号, fifteen 接待人员 in four 接待组 (three of them on the night
// shift, so someone is 接待中 at every hour), and a pool of customers.
import type { SeededRandom } from './seededRandom'
import type { Account, Customer, Group, Servicer } from './types'

/** A small inline SVG avatar (no network request from a browser-only app). */
function avatar(letter: string, color: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64">` +
    `<circle cx="32" cy="32" r="32" fill="${color}"/>` +
    `<text x="32" y="42" font-size="28" text-anchor="middle" fill="#fff">${letter}</text></svg>`
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}

export type AccountKey = 'flagship' | 'aftersale' | 'member'

export interface AccountModel {
  key: AccountKey
  account: Account
  /** Share of all sessions. */
  weight: number
  /** Share of sessions the smart assistant answers first. */
  assistantRate: number
  /** Share of human sessions in which a servicer sends an upgrade invite. */
  upgradeRate: number
}

export const ACCOUNT_MODELS: readonly AccountModel[] = [
  {
    key: 'flagship',
    account: {
      open_kfid: 'wkAJ2GCAAAq1sXfT8dM3kQ0vLh7nYcBw',
      name: '官方旗舰店客服',
      avatar: avatar('旗', '#e4393c'),
    },
    weight: 0.5,
    assistantRate: 0.75,
    upgradeRate: 0.06,
  },
  {
    key: 'aftersale',
    account: {
      open_kfid: 'wkAJ2GCAAAr7pK2mVx9eJdQ4uGz6tHsA',
      name: '售后服务中心',
      avatar: avatar('售', '#1677ff'),
    },
    weight: 0.32,
    assistantRate: 0.6,
    upgradeRate: 0.04,
  },
  {
    key: 'member',
    account: {
      open_kfid: 'wkAJ2GCAAAm5cWb8nR3fYq1oLe0kPiTu',
      name: '会员专属顾问',
      avatar: avatar('会', '#c8a063'),
    },
    weight: 0.18,
    assistantRate: 0.2,
    upgradeRate: 0.25,
  },
]

/** early 08:30–17:30, middle 10:00–19:00, late 13:00–22:00, night 21:30–08:45 (schedule.ts). */
export type ShiftKind = 'early' | 'middle' | 'late' | 'night'

export interface ServicerModel {
  servicer: Servicer
  shift: ShiftKind
  /**
   * Rotates the two days off a week: a day is off when (day number + restOffset) % 7 is 0 or 1.
   * The night shift's offsets (2, 4, 6) are two apart, so no two of them are off on one day.
   */
  restOffset: number
}

const S = (
  userid: string,
  name: string,
  department: string,
  shift: ShiftKind,
  restOffset: number,
): ServicerModel => ({ servicer: { userid, name, department }, shift, restOffset })

export const SERVICER_MODELS: readonly ServicerModel[] = [
  S('zhangxiaoyu', '张晓雨', '电商运营部', 'early', 0),
  S('liwenjie', '李文杰', '电商运营部', 'late', 2),
  S('wangfang', '王芳', '电商运营部', 'night', 4),
  S('chenjing', '陈静', '电商运营部', 'late', 5),
  S('zhouqian', '周倩', '会员运营部', 'middle', 1),
  S('liuyang', '刘洋', '客户服务部', 'early', 1),
  S('zhaolei', '赵磊', '客户服务部', 'late', 3),
  S('sunli', '孙丽', '客户服务部', 'night', 6),
  S('huangmin', '黄敏', '客户服务部', 'middle', 6),
  S('wuting', '吴婷', '会员运营部', 'early', 3),
  S('zhengyu', '郑宇', '会员运营部', 'late', 5),
  S('xuhao', '徐浩', '客服支持中心', 'early', 6),
  S('heyan', '何燕', '客服支持中心', 'late', 0),
  S('guoqiang', '郭强', '客服支持中心', 'night', 2),
  S('maxiaoli', '马晓丽', '客服支持中心', 'late', 4),
]

const kfid = (key: AccountKey): string =>
  (ACCOUNT_MODELS.find((m) => m.key === key) as AccountModel).account.open_kfid

/**
 * 周倩 (zhouqian) is in two groups; 综合支援组 serves two accounts. The night shift (王芳 in 售前,
 * 孙丽 in 售后, 郭强 in 综合支援) covers 官方旗舰店客服 and 售后服务中心; 会员专属顾问's customers
 * wait for the morning at night (or give up).
 */
export const GROUPS: readonly Group[] = [
  {
    group_id: 'grp_presale',
    name: '售前咨询组',
    reception_limit: 10,
    open_kfids: [kfid('flagship')],
    servicer_userids: ['zhangxiaoyu', 'liwenjie', 'wangfang', 'chenjing', 'zhouqian'],
  },
  {
    group_id: 'grp_aftersale',
    name: '售后服务组',
    reception_limit: 8,
    open_kfids: [kfid('aftersale')],
    servicer_userids: ['liuyang', 'zhaolei', 'sunli', 'huangmin'],
  },
  {
    group_id: 'grp_member',
    name: '会员服务组',
    reception_limit: 6,
    open_kfids: [kfid('member')],
    servicer_userids: ['zhouqian', 'wuting', 'zhengyu'],
  },
  {
    group_id: 'grp_support',
    name: '综合支援组',
    reception_limit: 12,
    open_kfids: [kfid('flagship'), kfid('aftersale')],
    servicer_userids: ['xuhao', 'heyan', 'guoqiang', 'maxiaoli'],
  },
]

/** Targets of upgrade invites: 专员 (member) userids and 客户群 (groupchat) chat ids. */
export const UPGRADE_MEMBERS: readonly string[] = [
  'zhouqian',
  'wuting',
  'sales_chenhao',
  'sales_linyue',
]
export const UPGRADE_GROUPCHATS: readonly string[] = [
  'wrAJ2GCAAAfans01XkQ8mJ3nV5bLdR2cY',
  'wrAJ2GCAAAvipc02Hs7pT4qW9eZ1uK6gN',
  'wrAJ2GCAAAsale03Nd2cF8rY5mJ0aP3xV',
]

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
const GIVEN =
  '伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉兰萍红鹏飞鑫宇浩然子涵欣怡梓轩诗雨一诺佳琪晨曦思远博文嘉怡雅婷俊杰晓燕'
const ADJECTIVES = [
  '快乐的',
  '安静的',
  '爱笑的',
  '迷路的',
  '勇敢的',
  '温柔的',
  '努力的',
  '慢吞吞的',
  '元气',
  '佛系',
  '早睡的',
  '爱吃的',
  '会飞的',
  '不加班的',
  '认真的',
  '可爱的',
]
const NOUNS = [
  '小熊',
  '橘子',
  '猫咪',
  '兔子',
  '星星',
  '月亮',
  '咸鱼',
  '柠檬',
  '西瓜',
  '小鹿',
  '海豚',
  '企鹅',
  '向日葵',
  '奶茶',
  '小丸子',
  '云朵',
  '小太阳',
  '豆豆',
  '团子',
  '布丁',
]
const SINGLE = [
  '阳光',
  '微风',
  '晴天',
  '花开半夏',
  '时光',
  '浅笑',
  '初心',
  '岁月静好',
  '追梦人',
  '一叶知秋',
  '平安喜乐',
  '知足常乐',
  '木子',
  '糖糖',
  '天天向上',
  '山有木兮',
  '随遇而安',
  '南风',
]
const LATIN = [
  'Lily',
  'Amy',
  'Tony',
  'Kevin',
  'Coco',
  'Jason',
  'Vivian',
  'Leo',
  'Nancy',
  'Eric',
  'Mia',
  'Sunny',
]
const EMOJI = ['🌸', '🍀', '🌙', '⭐', '🐱', '🍊', '☀️', '🌈']

export function nickname(rng: SeededRandom): string {
  switch (rng.weightedIndex([4, 3, 2, 2, 1.5, 1])) {
    case 0:
      return rng.pick(ADJECTIVES) + rng.pick(NOUNS)
    case 1:
      return rng.pick(SINGLE) + (rng.chance(0.3) ? rng.pick(EMOJI) : '')
    case 2: {
      const surname = SURNAMES[rng.int(0, SURNAMES.length - 1)] as string
      return surname + rng.pick(['先生', '女士', '小姐', '姐', '哥', '老师'])
    }
    case 3: {
      const surname = SURNAMES[rng.int(0, SURNAMES.length - 1)] as string
      let given = GIVEN[rng.int(0, GIVEN.length - 1)] as string
      if (rng.chance(0.5)) given += GIVEN[rng.int(0, GIVEN.length - 1)] as string
      return surname + given
    }
    case 4:
      return rng.pick(LATIN) + (rng.chance(0.5) ? rng.pick(EMOJI) : String(rng.int(1, 99)))
    default:
      return rng.pick(NOUNS) + rng.pick(['妈妈', '爸爸', '酱', '同学', '本人'])
  }
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** `count` customers with unique external_userids; about 30% are 企业好友. */
export function makeCustomers(rng: SeededRandom, count: number): Customer[] {
  const seen = new Set<string>()
  const customers: Customer[] = []
  while (customers.length < count) {
    const id = 'wmAJ2GCAAA' + rng.token(22, ID_ALPHABET)
    if (seen.has(id)) continue
    seen.add(id)
    customers.push({ external_userid: id, nickname: nickname(rng), is_friend: rng.chance(0.3) })
  }
  return customers
}
