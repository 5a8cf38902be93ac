import type { z } from 'zod';
import type { Role } from '../domain/roles';

/** `public`: no session needed; `user`: any signed-in user; or the roles allowed. */
export type Access = 'public' | 'user' | readonly Role[];

export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
  /** One line for the API page. */
  summary: string;
}

export const method = <I extends z.ZodType, O extends z.ZodType>(d: MethodDef<I, O>) => d;
