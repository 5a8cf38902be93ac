import type { Output, ParsedInput } from '../../../src-shared/contract/api';
import { AppError } from '../../../src-shared/contract/errors';
import type { Db } from '../../db/connect';
import type { ServiceContext } from '../context';

type CourseRow = {
  id: number;
  name: string;
  price: number;
  sales_script: string;
  lesson_duration: number;
  lessons_per_week: number;
  active: number;
  created_at: number;
};

const countBy = async (db: Db, table: 'leads' | 'groups', ids: number[]) => {
  if (!ids.length) return new Map<number, number>();
  let q = db
    .selectFrom(table)
    .select(['course_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('course_id', 'in', ids);
  if (table === 'groups') q = q.where('archived', '=', 0);
  const rows = await q.groupBy('course_id').execute();
  return new Map(rows.map((r) => [r.course_id as number, Number(r.n)]));
};

/** "Tizim → Kurslar". A course in use is archived, never deleted: leads and groups keep it. */
export class CoursesService {
  constructor(private ctx: ServiceContext) {}

  private async out(rows: CourseRow[]): Promise<Output<'courses.list'>> {
    const ids = rows.map((r) => r.id);
    const [leads, groups] = [await countBy(this.ctx.db, 'leads', ids), await countBy(this.ctx.db, 'groups', ids)];
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      price: r.price,
      salesScript: r.sales_script,
      lessonDuration: r.lesson_duration,
      lessonsPerWeek: r.lessons_per_week,
      active: r.active === 1,
      leadCount: leads.get(r.id) ?? 0,
      groupCount: groups.get(r.id) ?? 0,
      createdAt: r.created_at,
    }));
  }

  private async one(id: number) {
    const row = await this.ctx.db
      .selectFrom('courses')
      .selectAll()
      .where('id', '=', id)
      .where('archived', '=', 0)
      .executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', 'error.notFound');
    return (await this.out([row]))[0];
  }

  async list(input: ParsedInput<'courses.list'>): Promise<Output<'courses.list'>> {
    let q = this.ctx.db.selectFrom('courses').selectAll().where('archived', '=', 0);
    if (!input.includeInactive) q = q.where('active', '=', 1);
    return this.out(await q.orderBy('name').execute());
  }

  async create(input: ParsedInput<'courses.create'>): Promise<Output<'courses.create'>> {
    const row = await this.ctx.db
      .insertInto('courses')
      .values({
        name: input.name,
        price: input.price,
        sales_script: input.salesScript,
        lesson_duration: input.lessonDuration,
        lessons_per_week: input.lessonsPerWeek,
        active: input.active ? 1 : 0,
        created_at: this.ctx.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return this.one(row.id);
  }

  async update(input: ParsedInput<'courses.update'>): Promise<Output<'courses.update'>> {
    await this.one(input.id);
    await this.ctx.db
      .updateTable('courses')
      .set({
        ...(input.name !== undefined && { name: input.name }),
        ...(input.price !== undefined && { price: input.price }),
        ...(input.salesScript !== undefined && { sales_script: input.salesScript }),
        ...(input.lessonDuration !== undefined && { lesson_duration: input.lessonDuration }),
        ...(input.lessonsPerWeek !== undefined && { lessons_per_week: input.lessonsPerWeek }),
        ...(input.active !== undefined && { active: input.active ? 1 : 0 }),
      })
      .where('id', '=', input.id)
      .execute();
    return this.one(input.id);
  }

  async delete(id: number): Promise<Output<'courses.delete'>> {
    const course = await this.one(id);
    const offer = await this.ctx.db.selectFrom('offers').select('id').where('course_id', '=', id).executeTakeFirst();
    if (course.leadCount + course.groupCount > 0 || offer) {
      await this.ctx.db.updateTable('courses').set({ archived: 1, active: 0 }).where('id', '=', id).execute();
      return { result: 'archived' };
    }
    await this.ctx.db.deleteFrom('courses').where('id', '=', id).execute();
    return { result: 'deleted' };
  }
}
