import { z } from 'zod';

/**
 * The desktop's own settings ("Ulanish"), answered by the Electron main process over the same IPC
 * channel, never by the core nor over HTTP: they are this PC's, not the centre's (SPEC §12).
 */
export const DESKTOP_MODES = ['standalone', 'primary', 'client'] as const;
export type DesktopModeName = (typeof DESKTOP_MODES)[number];

const port = z.number().int().min(1024).max(65535);
/** `192.168.1.10:8787`, `http://crm.local:8787` — a host and an optional port, nothing else. */
const primaryUrl = z
  .string()
  .trim()
  .max(200)
  .regex(/^(https?:\/\/)?[A-Za-z0-9.-]+(:\d{1,5})?\/?$/, 'conn.badAddress');

export const desktopContract = {
  'desktop.connection': {
    input: z.object({}).default({}),
    output: z.object({
      mode: z.enum(DESKTOP_MODES),
      port,
      primaryUrl: z.string(),
      /** This PC's LAN addresses with the port (`http://192.168.1.10:8787`), for the other PCs. */
      addresses: z.array(z.string()),
      version: z.string(),
    }),
  },
  'desktop.setConnection': {
    input: z
      .object({ mode: z.enum(DESKTOP_MODES), port, primaryUrl: primaryUrl.or(z.literal('')) })
      .refine((v) => v.mode !== 'client' || v.primaryUrl !== '', { path: ['primaryUrl'], message: 'conn.badAddress' }),
    output: z.object({ ok: z.literal(true) }),
  },
  'desktop.discover': {
    input: z.object({}).default({}),
    output: z.object({ found: z.array(z.object({ name: z.string(), url: z.string() })) }),
  },
  'desktop.test': {
    input: z.object({ primaryUrl }),
    output: z.object({ ok: z.boolean(), version: z.string().nullable(), reason: z.string().nullable() }),
  },
  'desktop.ping': {
    input: z.object({}).default({}),
    output: z.object({ online: z.boolean() }),
  },
} as const;

export type DesktopMethod = keyof typeof desktopContract;
export type DesktopInput<M extends DesktopMethod> = z.input<(typeof desktopContract)[M]['input']>;
export type DesktopOutput<M extends DesktopMethod> = z.output<(typeof desktopContract)[M]['output']>;
export const isDesktopMethod = (m: string): m is DesktopMethod =>
  Object.prototype.hasOwnProperty.call(desktopContract, m);
