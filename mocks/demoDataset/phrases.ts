// Plausible Chinese message texts for the demo conversations.
import type { AccountKey } from './directory'
import type { SeededRandom } from './seededRandom'

const PRODUCTS = [
  '羊毛针织开衫',
  '无线降噪耳机',
  '保温杯',
  '空气炸锅',
  '儿童学习桌',
  '真丝枕套',
  '运动跑鞋',
  '智能手环',
  '电动牙刷',
  '羽绒服',
  '护肤套装',
  '床上四件套',
  '扫地机器人',
  '咖啡机',
]

function orderNo(rng: SeededRandom): string {
  return `2026${rng.token(12, '0123456789')}`
}

function fill(template: string, rng: SeededRandom): string {
  return template
    .replace('{product}', () => rng.pick(PRODUCTS))
    .replace('{order}', () => orderNo(rng))
    .replace('{n}', () => String(rng.int(2, 7)))
}

const QUESTIONS: Record<AccountKey, readonly string[]> = {
  flagship: [
    '你好，{product}还有现货吗？',
    '请问{product}什么时候发货？',
    '这款{product}有优惠券可以用吗',
    '{product}有什么颜色可选？',
    '尺码怎么选啊，我身高165体重50kg',
    '下单了能改地址吗？订单号{order}',
    '两件一起买能便宜点吗',
    '{product}是正品吗？有没有保修',
    '直播间说的满减活动还有吗',
    '能开发票吗？公司抬头的',
    '请问包邮吗，发什么快递',
    '这个和上一代有什么区别？',
  ],
  aftersale: [
    '我的快递怎么还没到，订单号{order}',
    '收到的{product}有破损，怎么处理？',
    '怎么申请退货退款？',
    '退款多久能到账啊，已经{n}天了',
    '{product}用了两天就坏了',
    '发错货了，我买的不是这个颜色',
    '换货需要我自己寄回去吗',
    '物流显示签收了但我没收到',
    '保修期内维修要收费吗？',
    '订单{order}少发了一件',
  ],
  member: [
    '我的会员积分怎么兑换？',
    '生日礼包什么时候发放？',
    '怎么升级成黑金会员',
    '会员专享价在哪里看？',
    '积分快过期了，能延期吗',
    '我想预约线下门店的专属服务',
    '会员日有什么活动？',
    '之前的积分怎么少了{n}百分',
  ],
}

const FOLLOW_UPS = [
  '好的',
  '那大概要多久？',
  '可以的',
  '明白了',
  '还有别的办法吗',
  '那我等一下',
  '麻烦快一点，挺急的',
  '这样啊',
  '嗯嗯',
  '我看一下',
  '能再便宜点吗',
  '那我现在要怎么操作？',
  '已经按你说的操作了',
  '还是不行',
  '收到',
  '好，谢谢',
]

const ANSWERS: Record<AccountKey, readonly string[]> = {
  flagship: [
    '有现货的亲，今天16点前下单当天发出哦',
    '这款现在有满300减40的活动，下单时会自动抵扣',
    '建议您选M码，如果喜欢宽松一点可以选L码',
    '地址已经帮您修改好了，请在订单详情里确认一下',
    '我们是品牌官方旗舰店，所有商品都是正品，全国联保一年',
    '默认发顺丰，偏远地区发中通，全场包邮',
    '可以开电子发票，确认收货后在订单页申请即可',
    '新款续航提升了30%，重量也更轻一些',
  ],
  aftersale: [
    '非常抱歉给您带来不便，我这边马上帮您查询物流',
    '麻烦您提供一下破损部位的照片，我们给您登记补发',
    '已为您提交退款申请，审核通过后1-3个工作日原路退回',
    '您在订单页点“申请售后”，选择退货退款就可以了',
    '换货的运费由我们承担，快递员会上门取件',
    '已经帮您联系快递核实，24小时内给您回复',
    '保修期内非人为损坏是免费维修的',
    '少发的商品已经安排补发，单号稍后同步给您',
  ],
  member: [
    '积分可以在“会员中心-积分商城”兑换礼品或抵扣现金',
    '生日礼包会在您生日当月1号自动发放到账户',
    '年消费满5000元即可自动升级为黑金会员',
    '会员专享价在商品详情页价格下方显示',
    '我帮您申请积分延期一个月，请留意短信通知',
    '已为您预约周六下午的门店专属服务，稍后发送确认短信',
    '每月18号是会员日，全场双倍积分',
  ],
}

export function question(account: AccountKey, rng: SeededRandom): string {
  return fill(rng.pick(QUESTIONS[account]), rng)
}

export function followUp(rng: SeededRandom): string {
  return rng.pick(FOLLOW_UPS)
}

export function answer(account: AccountKey, rng: SeededRandom): string {
  return rng.pick(ANSWERS[account])
}

export function greeting(name: string, rng: SeededRandom): string {
  return rng.pick([
    `您好，我是${name}，很高兴为您服务～`,
    `您好，我是客服${name}，请问有什么可以帮您？`,
    `亲，您好！${name}为您服务，请稍等我看一下`,
    `您好，让您久等了，我是${name}`,
  ])
}

export function servicerFiller(rng: SeededRandom): string {
  return rng.pick([
    '好的，请稍等，我帮您查一下',
    '收到，正在为您处理',
    '您看这样可以吗？',
    '已经帮您备注好了',
    '还有其他问题可以随时问我哦',
    '理解您的心情，我们一定尽快处理',
  ])
}

export function servicerClosing(rng: SeededRandom): string {
  return rng.pick([
    '请问还有其他可以帮您的吗？',
    '感谢您的咨询，祝您生活愉快！',
    '不客气，有问题随时联系我们哦',
    '好的，那先这样，稍后会给您推送服务评价，麻烦帮忙评一下哦',
  ])
}

export function customerThanks(rng: SeededRandom): string {
  return rng.pick(['好的谢谢', '谢谢', '明白了，谢谢啦', '好的，辛苦了', '👌', '没有了，谢谢'])
}

export function askForHuman(rng: SeededRandom): string {
  return rng.pick([
    '转人工',
    '人工客服',
    '我要找人工',
    '人工',
    '能不能转人工啊',
    '说了半天没用，找客服',
  ])
}

export function stillWaiting(rng: SeededRandom): string {
  return rng.pick(['有人吗？', '还要等多久', '在吗', '怎么还没人回复', '？？？'])
}

export function assistantWelcome(rng: SeededRandom): string {
  return rng.pick([
    '您好，我是智能助手小微，请问有什么可以帮您？',
    '您好！欢迎光临，请直接描述您的问题，我会尽力为您解答',
  ])
}

export function assistantAnswer(account: AccountKey, rng: SeededRandom): string {
  const hints: Record<AccountKey, readonly string[]> = {
    flagship: [
      '您可以在商品详情页查看库存和发货时间哦',
      '当前活动：满300减40，领券中心还有更多优惠',
      '尺码建议请参考商品页的“尺码助手”',
    ],
    aftersale: [
      '您可以在“我的订单-查看物流”中查询快递进度',
      '退货退款请在订单页点击“申请售后”',
      '退款审核通过后1-3个工作日原路退回',
    ],
    member: ['积分兑换请进入“会员中心-积分商城”', '会员等级规则请查看“会员中心-等级说明”'],
  }
  return rng.pick(hints[account])
}

export function assistantHandover(rng: SeededRandom): string {
  return rng.pick([
    '正在为您转接人工客服，请稍候…',
    '好的，已为您转接人工客服，当前排队人数较多，请耐心等待',
  ])
}

export function assistantBye(rng: SeededRandom): string {
  return rng.pick(['不客气，祝您购物愉快！', '很高兴为您解答，有需要随时找我哦'])
}

export function transferNotice(name: string, rng: SeededRandom): string {
  return rng.pick([
    `这个问题我帮您转给${name}同事处理，请稍等`,
    `为您转接${name}，她/他对这块更熟悉`,
  ])
}

export function upgradeNotice(kind: 'member' | 'groupchat', rng: SeededRandom): string {
  return kind === 'member'
    ? rng.pick([
        '已为您推送专属顾问名片，添加后可以一对一服务',
        '加一下我们的专属顾问，有新品第一时间通知您',
      ])
    : rng.pick(['这是我们的会员福利群二维码，群里每周都有专属优惠', '扫码进群可以领取新人券哦'])
}

const MEDIA_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'

export function mediaId(rng: SeededRandom): string {
  return '2' + rng.token(40, MEDIA_ALPHABET)
}

export function servicerAttachment(rng: SeededRandom): {
  msgtype: string
  content: Record<string, string>
} {
  if (rng.chance(0.5)) {
    return {
      msgtype: 'link',
      content: {
        title: rng.pick(['退换货流程说明', '会员权益一览', '尺码对照表', '本周活动攻略']),
        desc: '点击查看详情',
        url: 'https://example.com/help/' + rng.token(6, '0123456789'),
      },
    }
  }
  return {
    msgtype: 'miniprogram',
    content: {
      title: rng.pick(['官方商城', '售后服务', '会员中心']),
      appid: 'wx8a7c2f1e9d3b4a56',
      pagepath: 'pages/index/index',
    },
  }
}
