import { z } from 'zod';
import { epochMsOut, id, ok } from './common';
import { method } from './method';

export const notificationOut = z.object({
  id,
  /** i18n key and parameters: each window renders it in its own language. */
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** What the notice is about, for its link: a lead, a message, a leave request. */
  leadId: id.nullable(),
  messageId: id.nullable(),
  leaveId: id.nullable(),
  createdAt: epochMsOut,
  read: z.boolean(),
});
export type NotificationOut = z.infer<typeof notificationOut>;

export const notifyContract = {
  'notifications.list': method({
    summary: "The signed-in user's in-app notifications, newest first, and how many are unread.",
    access: 'user',
    input: z.object({ limit: z.number().int().min(1).max(100).default(20) }).default({ limit: 20 }),
    output: z.object({ items: z.array(notificationOut), unread: z.number().int() }),
  }),
  'notifications.markRead': method({
    summary: 'Mark own notifications read: the given ids, or all when none are given.',
    access: 'user',
    input: z.object({ ids: z.array(id).max(500).optional() }).default({}),
    output: ok,
  }),
} as const;
