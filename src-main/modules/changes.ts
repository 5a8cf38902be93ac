import type { AppEvent } from '../../src-shared/contract/events';
import type { Db } from '../db/connect';
import { transaction } from '../db/transaction';
import { currentOrigin } from '../rpc/call-origin';
import type { ServiceContext } from './context';

/**
 * What one write changed, gathered while it runs and told to every window once, after the commit:
 * a bulk change of 1 000 leads is one `lead.changed` carrying 1 000 ids, and a write that rolls
 * back tells nobody anything.
 */
export class Changes {
  private readonly leadIds = new Set<number>();
  private readonly followupLeadIds = new Set<number>();
  private readonly userIds = new Set<number>();
  private readonly notifiedUserIds = new Set<number>();
  private readonly messageUserIds = new Set<number>();
  private readonly leaveUserIds = new Set<number>();
  private dashboardChanged = false;
  private telegram = false;
  private readonly handedOver: Array<{ leadId: number; fromSellerId: number }> = [];

  leads(...ids: number[]): this {
    for (const id of ids) this.leadIds.add(id);
    return this;
  }
  followupsOf(...leadIds: number[]): this {
    for (const id of leadIds) this.followupLeadIds.add(id);
    return this;
  }
  users(...ids: number[]): this {
    for (const id of ids) this.userIds.add(id);
    return this;
  }
  notified(...userIds: number[]): this {
    for (const id of userIds) this.notifiedUserIds.add(id);
    return this;
  }
  /** These users' messages changed (inbox, read counts of their sent ones). */
  messages(...userIds: number[]): this {
    for (const id of userIds) this.messageUserIds.add(id);
    return this;
  }
  /** Leave requests of these sellers changed. */
  leave(...sellerIds: number[]): this {
    for (const id of sellerIds) this.leaveUserIds.add(id);
    return this;
  }
  /** A lead left this seller: their windows are told although they may no longer see it. */
  leftSeller(leadId: number, fromSellerId: number): this {
    this.handedOver.push({ leadId, fromSellerId });
    return this;
  }
  dashboard(): this {
    this.dashboardChanged = true;
    return this;
  }
  /** Telegram notices were queued: the sender is woken after the commit (core side only, never sent to a window). */
  telegramQueued(): this {
    this.telegram = true;
    return this;
  }

  events(): AppEvent[] {
    const out: AppEvent[] = [];
    const handedOver = this.handedOver.length ? { handedOver: this.handedOver } : {};
    if (this.leadIds.size) out.push({ type: 'lead.changed', ids: [...this.leadIds], ...handedOver });
    if (this.followupLeadIds.size)
      out.push({ type: 'followup.changed', leadIds: [...this.followupLeadIds], ...handedOver });
    if (this.userIds.size) out.push({ type: 'user.changed', ids: [...this.userIds] });
    if (this.notifiedUserIds.size) out.push({ type: 'notification.changed', userIds: [...this.notifiedUserIds] });
    if (this.messageUserIds.size) out.push({ type: 'message.changed', userIds: [...this.messageUserIds] });
    if (this.leaveUserIds.size) out.push({ type: 'leave.changed', userIds: [...this.leaveUserIds] });
    if (this.dashboardChanged) out.push({ type: 'dashboard.changed' });
    if (this.telegram) out.push({ type: 'telegram.queued' });
    return out;
  }
}

/** Runs a write in one transaction (see db/transaction.ts) and publishes what it changed once it has committed. */
export async function write<T>(
  ctx: Pick<ServiceContext, 'db' | 'events'>,
  work: (trx: Db, changes: Changes) => Promise<T>,
): Promise<T> {
  const changes = new Changes();
  const result = await transaction(ctx.db, (trx) => work(trx, changes));
  publish(ctx, changes);
  return result;
}

/** Tells the windows what changed, marked with the calling window. For a one-statement change, call it directly. */
export function publish(ctx: Pick<ServiceContext, 'events'>, changes: Changes): void {
  const origin = currentOrigin();
  for (const e of changes.events()) ctx.events.emit(origin ? { ...e, origin } : e);
}
