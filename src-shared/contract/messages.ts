import { z } from 'zod';
import { PRIORITIES } from '../domain/priority';
import { ROLES, TEAM } from '../domain/roles';
import { epochMsOut, id, ok } from './common';
import { method } from './method';

const priority = z.enum(PRIORITIES);
const paging = {
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(30),
};

/** A message in someone's "Kelgan Xabarlar": the first lines of the text; `messages.open` gives all of it. */
export const inboxItemOut = z.object({
  id,
  subject: z.string(),
  /** The start of the text (up to 200 characters). */
  preview: z.string(),
  priority,
  senderId: id,
  senderName: z.string(),
  createdAt: epochMsOut,
  read: z.boolean(),
});
export type InboxItemOut = z.infer<typeof inboxItemOut>;

export const messageOut = z.object({
  id,
  subject: z.string(),
  body: z.string(),
  priority,
  senderId: id,
  senderName: z.string(),
  createdAt: epochMsOut,
  /** Sent to "Barcha sotuvchilar" (every active seller at the time). */
  toAllSellers: z.boolean(),
  /** For a recipient: whether they had read it (after `messages.open`, always true). */
  read: z.boolean(),
  /** How many got it and how many have read it. */
  recipients: z.number().int(),
  readCount: z.number().int(),
  /** Who got it and when each read it: for the sender and the admin only, otherwise null. */
  readers: z.array(z.object({ userId: id, name: z.string(), readAt: epochMsOut.nullable() })).nullable(),
});
export type MessageOut = z.infer<typeof messageOut>;

export const sentMessageOut = messageOut
  .omit({ body: true, readers: true, read: true })
  .extend({ preview: z.string() });
export type SentMessageOut = z.infer<typeof sentMessageOut>;

export const messagesContract = {
  'messages.send': method({
    summary:
      '"Yangi Xabar": subject, text, priority, to "all_sellers" (every active seller now) or chosen active users. Each recipient gets it in "Kelgan Xabarlar" and a notice.',
    access: TEAM,
    input: z.object({
      subject: z.string().trim().min(1).max(200),
      body: z.string().trim().min(1).max(5000),
      priority: priority.default('normal'),
      recipients: z.union([z.literal('all_sellers'), z.array(id).min(1).max(1000)]),
    }),
    output: messageOut,
  }),
  'messages.inbox': method({
    summary: '"Kelgan Xabarlar": messages to the caller, newest first, and how many are unread.',
    access: ROLES,
    input: z
      .object({ ...paging, unreadOnly: z.boolean().default(false) })
      .default({ page: 1, pageSize: 30, unreadOnly: false }),
    output: z.object({ items: z.array(inboxItemOut), unread: z.number().int(), total: z.number().int() }),
  }),
  'messages.open': method({
    summary:
      'One message in full; a recipient opening it marks it read. Visible to its recipients, its sender and the admin; anyone else gets not-found.',
    access: ROLES,
    input: z.object({ id }),
    output: messageOut,
  }),
  'messages.sent': method({
    summary: '"Yuborilgan Xabarlar", newest first, with recipients and read counts: the admin sees all, a manager own.',
    access: TEAM,
    input: z.object(paging).default({ page: 1, pageSize: 30 }),
    output: z.object({ items: z.array(sentMessageOut), total: z.number().int() }),
  }),
  'messages.delete': method({
    summary: 'Delete a message from every inbox: the admin any message, a manager only own.',
    access: TEAM,
    input: z.object({ id }),
    output: ok,
  }),
} as const;
