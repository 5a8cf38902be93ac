import type { Priority } from '../../../src-shared/domain/priority';
import type { Selectable } from 'kysely';
import type { Output, ParsedInput } from '../../../src-shared/contract/api';
import { AppError, fieldError } from '../../../src-shared/contract/errors';
import type { OfferOut } from '../../../src-shared/contract/offers';
import type { LeadStatus } from '../../../src-shared/domain/lead-status';
import {
  byPriority,
  isLive,
  offerMatches,
  type OfferAudience,
  type OfferChannel,
} from '../../../src-shared/domain/offers';
import type { OffersTable } from '../../db/schema';
import { assertCourse } from '../catalog/catalog-refs';
import { centreDay, type Actor, type ServiceContext } from '../context';
import type { LeadAccess } from '../leads/lead-access';

type Row = Selectable<OffersTable> & { course_name: string | null };

/** "Tizim → Takliflar", and the offers that fit a lead (SPEC §7). */
export class OffersService {
  constructor(
    private ctx: ServiceContext,
    private access: LeadAccess,
  ) {}

  private async today() {
    return (await centreDay(this.ctx)).today;
  }

  private out(r: Row, today: string): OfferOut {
    const o: OfferOut = {
      id: r.id,
      title: r.title,
      description: r.description,
      type: r.type as OfferOut['type'],
      priority: r.priority as Priority,
      channel: r.channel as OfferChannel,
      audience: r.audience as OfferAudience,
      courseId: r.course_id,
      courseName: r.course_name,
      validFrom: r.valid_from,
      validTo: r.valid_to,
      active: r.active === 1,
      createdAt: r.created_at,
      live: false,
    };
    return { ...o, live: isLive(o, today) };
  }

  private select() {
    return this.ctx.db
      .selectFrom('offers')
      .leftJoin('courses', 'courses.id', 'offers.course_id')
      .selectAll('offers')
      .select('courses.name as course_name');
  }

  async list(actor: Actor, input: ParsedInput<'offers.list'>): Promise<Output<'offers.list'>> {
    const today = await this.today();
    let q = this.select();
    if (input.liveOnly || actor.role === 'seller')
      q = q
        .where('offers.active', '=', 1)
        .where('offers.valid_from', '<=', today)
        .where('offers.valid_to', '>=', today);
    const rows = (await q.execute()).map((r) => this.out(r, today));
    return rows.sort((a, b) => Number(b.live) - Number(a.live) || byPriority(a, b));
  }

  private async one(id: number): Promise<OfferOut> {
    const row = await this.select().where('offers.id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', 'error.notFound');
    return this.out(row, await this.today());
  }

  private assertDates(from: string, to: string) {
    if (to < from) throw fieldError('validTo', 'error.offerDates');
  }

  async create(actor: Actor, input: ParsedInput<'offers.create'>): Promise<Output<'offers.create'>> {
    this.assertDates(input.validFrom, input.validTo);
    if (input.courseId) await assertCourse(this.ctx.db, input.courseId, { includeArchived: true });
    const r = await this.ctx.db
      .insertInto('offers')
      .values({
        title: input.title,
        description: input.description,
        type: input.type,
        priority: input.priority,
        channel: input.channel,
        audience: input.audience,
        course_id: input.courseId,
        valid_from: input.validFrom,
        valid_to: input.validTo,
        active: input.active ? 1 : 0,
        created_by: actor.id,
        created_at: this.ctx.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return this.one(r.id);
  }

  async update(input: ParsedInput<'offers.update'>): Promise<Output<'offers.update'>> {
    const o = await this.one(input.id);
    this.assertDates(input.validFrom ?? o.validFrom, input.validTo ?? o.validTo);
    // An offer may keep a course archived since; only a course that does not exist is refused.
    if (input.courseId) await assertCourse(this.ctx.db, input.courseId, { includeArchived: true });
    const { id, courseId, validFrom, validTo, active, ...same } = input;
    await this.ctx.db
      .updateTable('offers')
      .set({
        ...same,
        ...(courseId !== undefined && { course_id: courseId }),
        ...(validFrom !== undefined && { valid_from: validFrom }),
        ...(validTo !== undefined && { valid_to: validTo }),
        ...(active !== undefined && { active: active ? 1 : 0 }),
      })
      .where('id', '=', id)
      .execute();
    return this.one(id);
  }

  async forLead(actor: Actor, leadId: number): Promise<Output<'offers.forLead'>> {
    const lead = await this.access.visibleLead(actor, leadId);
    const now = this.ctx.clock.now();
    const reactivationDue = !!(await this.ctx.db
      .selectFrom('followups')
      .select('id')
      .where('lead_id', '=', leadId)
      .where('kind', '=', 'reactivation')
      .where('state', '=', 'pending')
      .where('due_at', '<=', now)
      .executeTakeFirst());
    const today = await this.today();
    const facts = { status: lead.status as LeadStatus, courseId: lead.course_id, reactivationDue };
    return (await this.list(actor, { liveOnly: true })).filter((o) => offerMatches(o, facts, today)).sort(byPriority);
  }
}
