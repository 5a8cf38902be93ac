import type { Output, ParsedInput } from '../../src-shared/contract/api';
import type { ServiceContext } from './context';

/** Courses for pickers (the full catalogue management comes with the courses/groups feature). */
export class CatalogService {
  constructor(private ctx: ServiceContext) {}

  async listCourses(input: ParsedInput<'courses.list'>): Promise<Output<'courses.list'>> {
    let q = this.ctx.db.selectFrom('courses').select(['id', 'name', 'price', 'active']).where('archived', '=', 0);
    if (!input.includeInactive) q = q.where('active', '=', 1);
    const rows = await q.orderBy('name').execute();
    return rows.map((r) => ({ ...r, active: r.active === 1 }));
  }
}
