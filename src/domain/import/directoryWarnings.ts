// Import warnings that the directory decides (data-format.md): an account, customer or servicer
// that no directory record names. Group membership does not name a servicer.
import type { Directory, KfEvent } from '../dataset/records'

export const DIRECTORY_WARNING = {
  account: (id: string) => `客服账号「${id}」没有对应的 accounts 记录`,
  customer: (id: string) => `客户「${id}」没有对应的 customers 记录`,
  servicer: (id: string) => `接待人员「${id}」没有对应的 servicers 记录`,
}

/** The servicer a type uses: servicer message, state 3, servicer_status, survey_sent, upgrade_*. */
export function servicerUsedBy(event: KfEvent): string | undefined {
  switch (event.type) {
    case 'message':
      return event.origin === 'servicer' ? event.servicer_userid : undefined
    case 'state':
      return event.state === 3 ? event.servicer_userid : undefined
    case 'servicer_status':
    case 'survey_sent':
    case 'upgrade_invite':
    case 'upgrade_success':
      return event.servicer_userid
    default:
      return undefined
  }
}

export function directoryWarnings(event: KfEvent, directory: Directory): string[] {
  const reasons: string[] = []
  if (event.open_kfid !== undefined && event.type !== 'servicer_status') {
    if (!directory.accounts.has(event.open_kfid))
      reasons.push(DIRECTORY_WARNING.account(event.open_kfid))
  }
  if (event.external_userid !== undefined && event.type !== 'servicer_status') {
    if (!directory.customers.has(event.external_userid)) {
      reasons.push(DIRECTORY_WARNING.customer(event.external_userid))
    }
  }
  const servicer = servicerUsedBy(event)
  if (servicer !== undefined && !directory.servicers.has(servicer)) {
    reasons.push(DIRECTORY_WARNING.servicer(servicer))
  }
  return reasons
}
