import type { z } from 'zod';
import type { Role } from '../domain/roles';

/** `public`: no session needed; `user`: any signed-in user; or the roles allowed. */
export type Access = 'public' | 'user' | readonly Role[];

export interface MethodDef<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
  A extends Access = Access,
> {
  input: I;
  output: O;
  /** Kept literal, so a handler of a non-public method is typed with a signed-in actor. */
  access: A;
  /** One line for the API page. */
  summary: string;
}

export const method = <I extends z.ZodType, O extends z.ZodType, const A extends Access>(d: MethodDef<I, O, A>) => d;
