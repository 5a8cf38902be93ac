import type { Selectable } from 'kysely';
import type { Output, ParsedInput } from '../../../src-shared/contract/api';
import type { GroupOut } from '../../../src-shared/contract/catalog';
import { AppError, fieldError } from '../../../src-shared/contract/errors';
import { isFull, type LessonDays } from '../../../src-shared/domain/catalog';
import type { Db } from '../../db/connect';
import type { GroupsTable } from '../../db/schema';
import type { ServiceContext } from '../context';
import { assertCourse, assertRoom } from './catalog-refs';

export function selectGroups(db: Db) {
  return db
    .selectFrom('groups')
    .innerJoin('courses', 'courses.id', 'groups.course_id')
    .leftJoin('rooms', 'rooms.id', 'groups.room_id')
    .selectAll('groups')
    .select(['courses.name as course_name', 'rooms.name as room_name'])
    .where('groups.archived', '=', 0);
}

export function groupOut(g: Selectable<GroupsTable> & { course_name: string; room_name: string | null }): GroupOut {
  return {
    id: g.id,
    name: g.name,
    courseId: g.course_id,
    courseName: g.course_name,
    roomId: g.room_id,
    roomName: g.room_name,
    days: g.days as LessonDays,
    time: g.time,
    capacity: g.capacity,
    currentStudents: g.current_students,
    active: g.active === 1,
    full: isFull({ capacity: g.capacity, currentStudents: g.current_students }),
  };
}

/** "Tizim → Xonalar" and "Tizim → Guruhlar". */
export class RoomsGroupsService {
  constructor(private ctx: ServiceContext) {}

  async listRooms(): Promise<Output<'rooms.list'>> {
    const rows = await this.ctx.db.selectFrom('rooms').selectAll().where('archived', '=', 0).orderBy('name').execute();
    const used = await this.ctx.db
      .selectFrom('groups')
      .select(['room_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('archived', '=', 0)
      .groupBy('room_id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      capacity: r.capacity,
      groupCount: Number(used.find((u) => u.room_id === r.id)?.n ?? 0),
    }));
  }

  private async room(id: number) {
    const room = (await this.listRooms()).find((r) => r.id === id);
    if (!room) throw new AppError('NOT_FOUND', 'error.notFound');
    return room;
  }

  async createRoom(input: ParsedInput<'rooms.create'>): Promise<Output<'rooms.create'>> {
    const r = await this.ctx.db
      .insertInto('rooms')
      .values({ name: input.name, capacity: input.capacity, created_at: this.ctx.clock.now() })
      .returning('id')
      .executeTakeFirstOrThrow();
    return this.room(r.id);
  }

  async updateRoom(input: ParsedInput<'rooms.update'>): Promise<Output<'rooms.update'>> {
    await this.room(input.id);
    await this.ctx.db
      .updateTable('rooms')
      .set({
        ...(input.name !== undefined && { name: input.name }),
        ...(input.capacity !== undefined && { capacity: input.capacity }),
      })
      .where('id', '=', input.id)
      .execute();
    return this.room(input.id);
  }

  async deleteRoom(id: number): Promise<Output<'rooms.delete'>> {
    const room = await this.room(id);
    const trials = await this.ctx.db.selectFrom('trials').select('id').where('room_id', '=', id).executeTakeFirst();
    if (room.groupCount > 0 || trials) {
      await this.ctx.db.updateTable('rooms').set({ archived: 1 }).where('id', '=', id).execute();
      return { result: 'archived' };
    }
    await this.ctx.db.deleteFrom('rooms').where('id', '=', id).execute();
    return { result: 'deleted' };
  }

  async listGroups(input: ParsedInput<'groups.list'>): Promise<Output<'groups.list'>> {
    let q = selectGroups(this.ctx.db);
    if (input.courseId) q = q.where('groups.course_id', '=', input.courseId);
    const rows = (await q.orderBy('groups.name').execute()).map(groupOut);
    return input.availableOnly ? rows.filter((g) => g.active && !g.full) : rows;
  }

  /** A group that is not archived, or null. */
  async findGroup(id: number, db: Db = this.ctx.db): Promise<GroupOut | null> {
    const row = await selectGroups(db).where('groups.id', '=', id).executeTakeFirst();
    return row ? groupOut(row) : null;
  }

  async group(id: number, db: Db = this.ctx.db): Promise<GroupOut> {
    const group = await this.findGroup(id, db);
    if (!group) throw new AppError('NOT_FOUND', 'error.notFound');
    return group;
  }

  private async assertRefs(courseId?: number, roomId?: number | null) {
    if (courseId) await assertCourse(this.ctx.db, courseId);
    if (roomId) await assertRoom(this.ctx.db, roomId);
  }

  private assertFill(capacity: number, current: number) {
    if (current > capacity) throw fieldError('currentStudents', 'error.studentsOverCapacity');
  }

  async createGroup(input: ParsedInput<'groups.create'>): Promise<Output<'groups.create'>> {
    await this.assertRefs(input.courseId, input.roomId);
    this.assertFill(input.capacity, input.currentStudents);
    const r = await this.ctx.db
      .insertInto('groups')
      .values({
        name: input.name,
        course_id: input.courseId,
        room_id: input.roomId,
        days: input.days,
        time: input.time,
        capacity: input.capacity,
        current_students: input.currentStudents,
        active: input.active ? 1 : 0,
        created_at: this.ctx.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return this.group(r.id);
  }

  async updateGroup(input: ParsedInput<'groups.update'>): Promise<Output<'groups.update'>> {
    const g = await this.group(input.id);
    await this.assertRefs(input.courseId, input.roomId);
    this.assertFill(input.capacity ?? g.capacity, input.currentStudents ?? g.currentStudents);
    await this.ctx.db
      .updateTable('groups')
      .set({
        ...(input.name !== undefined && { name: input.name }),
        ...(input.courseId !== undefined && { course_id: input.courseId }),
        ...(input.roomId !== undefined && { room_id: input.roomId }),
        ...(input.days !== undefined && { days: input.days }),
        ...(input.time !== undefined && { time: input.time }),
        ...(input.capacity !== undefined && { capacity: input.capacity }),
        ...(input.currentStudents !== undefined && { current_students: input.currentStudents }),
        ...(input.active !== undefined && { active: input.active ? 1 : 0 }),
      })
      .where('id', '=', input.id)
      .execute();
    return this.group(input.id);
  }

  async deleteGroup(id: number): Promise<Output<'groups.delete'>> {
    await this.group(id);
    if (await this.ctx.db.selectFrom('trials').select('id').where('group_id', '=', id).executeTakeFirst()) {
      await this.ctx.db.updateTable('groups').set({ archived: 1, active: 0 }).where('id', '=', id).execute();
      return { result: 'archived' };
    }
    await this.ctx.db.deleteFrom('groups').where('id', '=', id).execute();
    return { result: 'deleted' };
  }
}
