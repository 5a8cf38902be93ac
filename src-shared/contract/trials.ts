import { z } from 'zod';
import { TRIAL_RESULTS } from '../domain/catalog';
import { epochMsOut, hhmm, id, isoDate, isoDateOut } from './common';
import { method } from './method';

export const trialOut = z.object({
  id,
  leadId: id,
  leadName: z.string(),
  groupId: id,
  groupName: z.string(),
  courseName: z.string(),
  date: isoDateOut,
  time: z.string(),
  roomId: id.nullable(),
  roomName: z.string().nullable(),
  notes: z.string(),
  result: z.enum(TRIAL_RESULTS).nullable(),
  resultNote: z.string(),
  resultAt: epochMsOut.nullable(),
  createdAt: epochMsOut,
});
export type TrialOut = z.infer<typeof trialOut>;

export const trialsContract = {
  'trials.create': method({
    summary:
      '"Sinovga Yozish": an active, not-full group, a lesson day not in the past; time and room default to the group\'s. The lead goes to "Sinovga yozildi" with a reminder the working day before.',
    access: 'user',
    input: z.object({
      leadId: id,
      groupId: id,
      date: isoDate,
      time: hhmm.optional(),
      roomId: id.nullable().optional(),
      notes: z.string().max(2000).optional(),
    }),
    output: trialOut,
  }),
  'trials.setResult': method({
    summary:
      '"Natija": attended → Sinovga keldi; missed → Sinovga kelmadi; accepted → Kursga yozildi and the group gains a student (refused when full); declined → lost ("declined after trial"). An attended trial can still become accepted or declined. No result before the trial\'s date in the centre\'s zone (RULE error.resultBeforeTrial).',
    access: 'user',
    input: z.object({ id, result: z.enum(TRIAL_RESULTS), note: z.string().trim().max(2000).optional() }),
    output: trialOut,
  }),
  'trials.move': method({
    summary:
      '"Ko\'chirish": a trial without a result whose day has not passed moves to another lesson day of its group, not in the past (time kept unless given). The lead\'s pending trial reminder moves to the working day before the new date; history "trial_moved".',
    access: 'user',
    input: z.object({ id, date: isoDate, time: hhmm.optional() }),
    output: trialOut,
  }),
  'trials.list': method({
    summary: "Trials of a lead, or of a group on a date range. Sellers see their own leads' trials.",
    access: 'user',
    input: z
      .object({ leadId: id.optional(), groupId: id.optional(), from: isoDate.optional(), to: isoDate.optional() })
      .default({}),
    output: z.array(trialOut),
  }),
} as const;
