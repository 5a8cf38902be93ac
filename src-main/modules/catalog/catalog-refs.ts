import { fieldError } from '../../../src-shared/contract/errors';
import type { Db } from '../../db/connect';

interface RefOptions {
  /** An archived row still counts (a lead, offer or trial keeps the course or room it had). */
  includeArchived?: boolean;
  /** The input field named in the error. */
  field?: string;
}

/**
 * A course picked in a form must exist: a missing one is that field's error, never a foreign-key
 * failure at the insert (which would answer 500 and tell the user nothing).
 */
export async function assertCourse(
  db: Db,
  id: number,
  { includeArchived = false, field = 'courseId' }: RefOptions = {},
) {
  let q = db.selectFrom('courses').select('id').where('id', '=', id);
  if (!includeArchived) q = q.where('archived', '=', 0);
  if (!(await q.executeTakeFirst())) throw fieldError(field, 'error.courseNotFound');
}

/** A room picked in a form must exist (see assertCourse). */
export async function assertRoom(db: Db, id: number, { includeArchived = false, field = 'roomId' }: RefOptions = {}) {
  let q = db.selectFrom('rooms').select('id').where('id', '=', id);
  if (!includeArchived) q = q.where('archived', '=', 0);
  if (!(await q.executeTakeFirst())) throw fieldError(field, 'error.roomNotFound');
}
