import { z } from 'zod';
import { LEAVE_TYPES } from '../domain/leave';
import { ROLES } from '../domain/roles';
import { telegramUsername } from '../domain/telegram';
import { epochMsOut, hhmm, id, isoDate, isoDateOut, ok, optPhone, nullableText, patchPhone } from './common';
import { method } from './method';

export const role = z.enum(ROLES);
export const username = z
  .string()
  .trim()
  .min(3)
  .max(40)
  .regex(/^[A-Za-z0-9_.-]+$/, 'format.username');
export const password = z.string().min(1).max(200);
export const workDays = z.array(z.number().int().min(1).max(7)).min(1).max(7);
const email = z
  .union([z.literal(''), z.email('format.email')])
  .optional()
  .transform((v) => v || null);

/** As Telegram allows (see domain/telegram.ts), stored without "@"; empty means "not given". */
const toTelegram = (v: string | null | undefined, ctx: z.core.$RefinementCtx) => {
  if (!v) return v === undefined ? undefined : null;
  const name = telegramUsername(v);
  if (!name) ctx.addIssue({ code: 'custom', message: 'error.telegramInvalid' });
  return name ?? v;
};
const optTelegram = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((v, ctx) => toTelegram(v, ctx) ?? null);
/** For edits: absent → unchanged, "" or null → cleared, else the username without "@". */
const patchTelegram = z.string().trim().max(64).nullable().optional().transform(toTelegram);

const profileFields = {
  firstName: z.string().trim().min(1).max(80),
  lastName: z.string().trim().max(80).default(''),
  email,
  /** Any format; stored as E.164 like leads' phones. */
  phone: optPhone,
  telegramUsername: optTelegram,
};

const sellerFields = {
  workStart: hhmm.optional(),
  workEnd: hhmm.optional(),
  workDays: workDays.optional(),
  isActiveSales: z.boolean().optional(),
};

export const absenceOut = z.object({
  id,
  userId: id,
  startDate: isoDateOut,
  endDate: isoDateOut,
  reason: z.string(),
  createdBy: id,
  createdAt: epochMsOut,
});

export const userOut = z.object({
  id,
  username: z.string(),
  role,
  firstName: z.string(),
  lastName: z.string(),
  email: nullableText,
  phone: nullableText,
  telegramUsername: nullableText,
  telegramLinked: z.boolean(),
  /** The link was dropped because the user blocked the bot (Telegram said 403); linking again clears it. */
  telegramBlocked: z.boolean(),
  active: z.boolean(),
  workStart: z.string(),
  workEnd: z.string(),
  workDays: z.array(z.number()),
  isActiveSales: z.boolean(),
  createdAt: epochMsOut,
  /** The absence covering today in the centre's time zone, if any ("Absent" badge). */
  absentNow: absenceOut.nullable(),
  /** Approved leave covering today (a whole day, or hours of it), if any ("Ruxsatda" badge). */
  onLeaveNow: z
    .object({
      id,
      type: z.enum(LEAVE_TYPES),
      dateFrom: isoDateOut,
      dateTo: isoDateOut,
      timeFrom: z.string().nullable(),
      timeTo: z.string().nullable(),
    })
    .nullable(),
});
export type UserOut = z.infer<typeof userOut>;

export const usersContract = {
  'users.create': method({
    summary: 'Create a user. Admin creates any role; a manager creates sellers only.',
    access: ['admin', 'manager'],
    input: z.object({ role, username, password, ...profileFields, ...sellerFields }),
    output: userOut,
  }),
  'users.update': method({
    summary: 'Edit a user (profile, work time, work days, active sales, active flag).',
    access: ['admin', 'manager'],
    input: z.object({
      id,
      firstName: profileFields.firstName.optional(),
      lastName: z.string().trim().max(80).optional(),
      email: z
        .union([z.literal(''), z.null(), z.email('format.email')])
        .optional()
        .transform((v) => (v === undefined ? undefined : v || null)),
      phone: patchPhone,
      telegramUsername: patchTelegram,
      active: z.boolean().optional(),
      ...sellerFields,
    }),
    output: userOut,
  }),
  'users.get': method({
    summary: 'One user by id.',
    access: ['admin', 'manager'],
    input: z.object({ id }),
    output: userOut,
  }),
  'users.list': method({
    summary: 'Users, optionally of one role; inactive ones included unless activeOnly.',
    access: ['admin', 'manager'],
    input: z.object({ role: role.optional(), activeOnly: z.boolean().optional() }).default({}),
    output: z.array(userOut),
  }),
  'users.resetPassword': method({
    summary: 'Admin sets a new password for a user (the manual\'s "Parolni unutgan bo\'lsam").',
    access: ['admin'],
    input: z.object({ id, newPassword: password }),
    output: ok,
  }),
  'absences.create': method({
    summary: 'Mark a seller absent for a date range ("Absent").',
    access: ['admin', 'manager'],
    input: z.object({ userId: id, startDate: isoDate, endDate: isoDate, reason: z.string().trim().min(1).max(300) }),
    output: absenceOut,
  }),
  'absences.list': method({
    summary: 'Absences, optionally of one user, newest first.',
    access: ['admin', 'manager'],
    input: z.object({ userId: id.optional() }).default({}),
    output: z.array(absenceOut),
  }),
  'absences.delete': method({
    summary: 'Remove an absence entered by mistake.',
    access: ['admin', 'manager'],
    input: z.object({ id }),
    output: ok,
  }),
} as const;

export const profileInput = z.object(profileFields);
