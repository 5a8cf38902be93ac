import type { Output, ParsedInput } from '../../../src-shared/contract/api';
import { AppError, fieldError } from '../../../src-shared/contract/errors';
import type { LeadSource } from '../../../src-shared/domain/lead-status';
import { reversedDigits } from '../../../src-shared/domain/phone';
import { logActivity } from './activity.repo';
import type { FollowupPlanner } from '../followups/followup-planner';
import { writeLeadRows, type LeadToWrite } from './lead-rows';
import type { AssignmentService } from './assignment.service';
import { assertCourse } from '../catalog/catalog-refs';
import { write, type Changes } from '../changes';
import type { Db } from '../../db/connect';
import type { Actor, ServiceContext } from '../context';
import type { DistributionService } from './distribution.service';
import type { LeadAccess } from './lead-access';
import { assertPhonesFree, isUniqueViolation, phoneOrThrow, setLeadPhones } from './lead-phones';
import { listLeads } from './leads-list.repo';
import { indexLeadName, loadLeadOut } from './leads.repo';
import { joinName } from '../users/users.repo';

/** A lead's fields as written: phones already in E.164. */
export interface NewLead {
  name: string;
  phone: string;
  extraPhone: string | null;
  source: LeadSource;
  courseId?: number | null;
  notes?: string;
}

export class LeadsService {
  constructor(
    private ctx: ServiceContext,
    private access: LeadAccess,
    private assignment: AssignmentService,
    private distribution: DistributionService,
    private planner: FollowupPlanner,
  ) {}

  async create(actor: Actor, input: ParsedInput<'leads.create'>): Promise<Output<'leads.create'>> {
    const phone = phoneOrThrow(input.phone, 'phone');
    const extra = input.extraPhone ? phoneOrThrow(input.extraPhone, 'extraPhone') : null;
    if (extra === phone) throw fieldError('extraPhone', 'error.extraSameAsPhone');
    await assertPhonesFree(this.ctx.db, this.access, actor, [
      [phone, 'phone'],
      ...(extra ? [[extra, 'extraPhone'] as [string, 'extraPhone']] : []),
    ]);
    // A lead may keep a course that was archived since; only a course that does not exist is refused.
    if (input.courseId) await assertCourse(this.ctx.db, input.courseId, { includeArchived: true });
    // A seller's lead is theirs (SPEC §4); admin/manager choose or leave it to distribution.
    const choice = actor.role === 'seller' ? actor.id : (input.sellerId ?? 'auto');
    if (choice !== 'auto' && actor.role !== 'seller') await this.access.activeSeller(choice);

    let id: number;
    try {
      id = await write(this.ctx, async (trx, changes) => {
        const sellerId = choice === 'auto' ? (await this.distribution.picker(trx))() : choice;
        return this.insertLead(trx, changes, actor, { ...input, phone, extraPhone: extra }, sellerId, {
          auto: choice === 'auto',
        });
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw fieldError('phone', 'error.phoneTakenHidden', undefined, 'CONFLICT');
      throw e;
    }
    return (await loadLeadOut(this.ctx.db, id))!;
  }

  /**
   * Writes one lead inside the caller's transaction, as "Yangi Lid" does (see writeLeadRows), and tells
   * its seller — or the team, when nobody could take it. Phones are already normalised and checked.
   */
  async insertLead(trx: Db, changes: Changes, actor: Actor, f: NewLead, sellerId: number | null, o: { auto: boolean }) {
    const [id] = await writeLeadRows(trx, this.planner, [{ ...f, sellerId }], {
      now: this.ctx.clock.now(),
      byUserId: actor.id,
      auto: o.auto,
    });
    if (sellerId !== null) await this.assignment.tellAssigned(trx, changes, { id, name: f.name }, sellerId, actor.id);
    else await this.assignment.tellTeamUnassigned(trx, changes, id);
    changes.leads(id).followupsOf(id).dashboard();
    return id;
  }

  /** Many leads at once (an import), written as `insertLead` writes one; the caller sends the summaries. */
  async insertMany(
    trx: Db,
    changes: Changes,
    actor: Actor,
    leads: LeadToWrite[],
    o: { auto: boolean; importId: number; importFile: string },
  ): Promise<number[]> {
    const ids = await writeLeadRows(trx, this.planner, leads, { now: this.ctx.clock.now(), byUserId: actor.id, ...o });
    changes
      .leads(...ids)
      .followupsOf(...ids.filter((_, i) => leads[i].sellerId !== null))
      .dashboard();
    return ids;
  }

  async list(actor: Actor, input: ParsedInput<'leads.list'>): Promise<Output<'leads.list'>> {
    return listLeads(this.ctx.db, actor, input, await this.ctx.settings.get('timeZone'));
  }

  async get(actor: Actor, id: number): Promise<Output<'leads.get'>> {
    await this.access.visibleLead(actor, id);
    return (await loadLeadOut(this.ctx.db, id))!;
  }

  async update(actor: Actor, input: ParsedInput<'leads.update'>): Promise<Output<'leads.update'>> {
    const lead = await this.access.visibleLead(actor, input.id);
    if (input.version !== undefined && input.version !== lead.version)
      throw new AppError('CONFLICT', 'error.staleLead');
    const phone = input.phone !== undefined ? phoneOrThrow(input.phone, 'phone') : lead.phone;
    const extra =
      input.extraPhone === undefined
        ? lead.extra_phone
        : input.extraPhone === null
          ? null
          : phoneOrThrow(input.extraPhone, 'extraPhone');
    if (extra && extra === phone) throw fieldError('extraPhone', 'error.extraSameAsPhone');
    await assertPhonesFree(
      this.ctx.db,
      this.access,
      actor,
      [[phone, 'phone'], ...(extra ? [[extra, 'extraPhone'] as [string, 'extraPhone']] : [])],
      lead.id,
    );
    if (input.courseId) await assertCourse(this.ctx.db, input.courseId, { includeArchived: true });

    const next = {
      name: input.name ?? lead.name,
      phone,
      extra_phone: extra,
      source: input.source ?? lead.source,
      course_id: input.courseId === undefined ? lead.course_id : input.courseId,
      notes: input.notes ?? lead.notes,
    };
    const edits = Object.fromEntries(
      Object.entries(next)
        .filter(([k, v]) => lead[k as keyof typeof next] !== v)
        .map(([k, v]) => [k, { from: lead[k as keyof typeof next], to: v }]),
    );
    if (Object.keys(edits).length === 0) return (await loadLeadOut(this.ctx.db, lead.id))!;
    const now = this.ctx.clock.now();
    try {
      await write(this.ctx, async (trx, changes) => {
        const res = await trx
          .updateTable('leads')
          .set((eb) => ({
            ...next,
            phone_rev: reversedDigits(phone),
            extra_phone_rev: extra ? reversedDigits(extra) : null,
            updated_at: now,
            version: eb('version', '+', 1),
          }))
          .where('id', '=', lead.id)
          .where('version', '=', lead.version)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) === 0) throw new AppError('CONFLICT', 'error.staleLead');
        if ('phone' in edits || 'extra_phone' in edits) await setLeadPhones(trx, lead.id, [phone, extra]);
        if ('name' in edits) await indexLeadName(trx, { ...lead, name: next.name });
        await logActivity(trx, { leadId: lead.id, userId: actor.id, at: now, type: 'edit', data: { changes: edits } });
        changes.leads(lead.id);
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw fieldError('phone', 'error.phoneTakenHidden', undefined, 'CONFLICT');
      throw e;
    }
    return (await loadLeadOut(this.ctx.db, lead.id))!;
  }

  async history(actor: Actor, id: number): Promise<Output<'leads.history'>> {
    await this.access.visibleLead(actor, id);
    const rows = await this.ctx.db
      .selectFrom('activities')
      .leftJoin('users', 'users.id', 'activities.user_id')
      .select([
        'activities.id',
        'activities.at',
        'activities.type',
        'activities.user_id',
        'activities.data',
        'users.first_name',
        'users.last_name',
      ])
      .where('activities.lead_id', '=', id)
      .orderBy('activities.at')
      .orderBy('activities.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      type: r.type as Output<'leads.history'>[number]['type'],
      userId: r.user_id,
      userName: joinName(r.first_name, r.last_name),
      data: JSON.parse(r.data) as Record<string, unknown>,
    }));
  }
}
