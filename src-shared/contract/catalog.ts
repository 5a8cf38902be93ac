import { ADMIN_ONLY } from '../domain/roles';
import { z } from 'zod';
import { LESSON_DAYS } from '../domain/catalog';
import { epochMsOut, hhmm, id } from './common';
import { method } from './method';

const name = z.string().trim().min(1).max(120);
const count = z.number().int().min(0).max(100_000);

export const courseOut = z.object({
  id,
  name: z.string(),
  price: z.number().int(),
  salesScript: z.string(),
  lessonDuration: z.number().int(),
  lessonsPerWeek: z.number().int(),
  active: z.boolean(),
  leadCount: z.number().int(),
  groupCount: z.number().int(),
  createdAt: epochMsOut,
});
export type CourseOut = z.infer<typeof courseOut>;
const courseFields = {
  name,
  price: z.number().int().min(0).max(1_000_000_000),
  /** Kept exactly as typed: line breaks, spaces, emoji. */
  salesScript: z.string().max(20_000),
  lessonDuration: z.number().int().min(1).max(600),
  lessonsPerWeek: z.number().int().min(1).max(14),
  active: z.boolean(),
};

export const roomOut = z.object({ id, name: z.string(), capacity: z.number().int(), groupCount: z.number().int() });
export type RoomOut = z.infer<typeof roomOut>;

export const groupOut = z.object({
  id,
  name: z.string(),
  courseId: id,
  courseName: z.string(),
  roomId: id.nullable(),
  roomName: z.string().nullable(),
  days: z.enum(LESSON_DAYS),
  time: z.string(),
  capacity: z.number().int(),
  currentStudents: z.number().int(),
  active: z.boolean(),
  /** current students = capacity: takes no student and no trial. */
  full: z.boolean(),
});
export type GroupOut = z.infer<typeof groupOut>;
const groupFields = {
  name,
  courseId: id,
  roomId: id.nullable(),
  days: z.enum(LESSON_DAYS),
  time: hhmm,
  capacity: z.number().int().min(1).max(1000),
  currentStudents: count,
  active: z.boolean(),
};

/** What deleting did: removed, or archived because leads, groups or trials still point at it. */
export const deleteOut = z.object({ result: z.enum(['deleted', 'archived']) });

export const catalogContract = {
  'courses.list': method({
    summary:
      'Courses with their sales script and how many leads and groups use each (active ones unless includeInactive).',
    access: 'user',
    input: z.object({ includeInactive: z.boolean().optional() }).default({}),
    output: z.array(courseOut),
  }),
  'courses.create': method({
    summary: 'New course (admin).',
    access: ADMIN_ONLY,
    input: z.object({
      ...courseFields,
      salesScript: courseFields.salesScript.default(''),
      active: z.boolean().default(true),
    }),
    output: courseOut,
  }),
  'courses.update': method({
    summary: 'Edit a course (admin).',
    access: ADMIN_ONLY,
    input: z
      .object({ id, ...courseFields })
      .partial()
      .required({ id: true }),
    output: courseOut,
  }),
  'courses.delete': method({
    summary: 'Delete a course (admin). One that leads or groups use is archived instead, so nothing they hold is lost.',
    access: ADMIN_ONLY,
    input: z.object({ id }),
    output: deleteOut,
  }),

  'rooms.list': method({
    summary: 'Rooms.',
    access: 'user',
    input: z.object({}).default({}),
    output: z.array(roomOut),
  }),
  'rooms.create': method({
    summary: 'New room (admin).',
    access: ADMIN_ONLY,
    input: z.object({ name, capacity: z.number().int().min(1).max(1000) }),
    output: roomOut,
  }),
  'rooms.update': method({
    summary: 'Edit a room (admin).',
    access: ADMIN_ONLY,
    input: z.object({ id, name: name.optional(), capacity: z.number().int().min(1).max(1000).optional() }),
    output: roomOut,
  }),
  'rooms.delete': method({
    summary: 'Delete a room (admin); archived when groups use it.',
    access: ADMIN_ONLY,
    input: z.object({ id }),
    output: deleteOut,
  }),

  'groups.list': method({
    summary: 'Groups with fill; managers and sellers read them. Filter by course or to active, not-full ones.',
    access: 'user',
    input: z.object({ courseId: id.optional(), availableOnly: z.boolean().optional() }).default({}),
    output: z.array(groupOut),
  }),
  'groups.create': method({
    summary: 'New group (admin).',
    access: ADMIN_ONLY,
    input: z.object({
      ...groupFields,
      roomId: id.nullable().default(null),
      currentStudents: count.default(0),
      active: z.boolean().default(true),
    }),
    output: groupOut,
  }),
  'groups.update': method({
    summary: 'Edit a group (admin).',
    access: ADMIN_ONLY,
    input: z
      .object({ id, ...groupFields })
      .partial()
      .required({ id: true }),
    output: groupOut,
  }),
  'groups.delete': method({
    summary: 'Delete a group (admin); archived when trials point at it.',
    access: ADMIN_ONLY,
    input: z.object({ id }),
    output: deleteOut,
  }),
} as const;
