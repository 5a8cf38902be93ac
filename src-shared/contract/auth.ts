import { z } from 'zod';
import { empty, epochMsOut, ok } from './common';
import { method } from './method';
import { password, profileInput, username, userOut } from './users';

export const authContract = {
  'auth.setupStatus': method({
    summary: 'Whether the first-run setup is still needed (no user exists yet).',
    access: 'public',
    input: empty,
    output: z.object({ needsSetup: z.boolean() }),
  }),
  'auth.setup': method({
    summary: 'First-run setup: creates the admin. Refused once any user exists.',
    access: 'public',
    // The name may come later from "Sozlamalar"; an admin set up by a script needs only credentials.
    input: profileInput.extend({ username, password, firstName: z.string().trim().min(1).max(80).default('Admin') }),
    output: userOut,
  }),
  'auth.login': method({
    summary: 'Sign in; returns a session token for `Authorization: Bearer`.',
    access: 'public',
    input: z.object({ username: z.string().trim().min(1).max(40), password }),
    output: z.object({ token: z.string(), expiresAt: epochMsOut, user: userOut }),
  }),
  'auth.logout': method({
    summary: 'End the current session.',
    access: 'user',
    input: empty,
    output: ok,
  }),
  'auth.me': method({
    summary: 'The signed-in user.',
    access: 'user',
    input: empty,
    output: userOut,
  }),
  'auth.updateProfile': method({
    summary: 'Edit own name, email, phone and Telegram username ("Sozlamalar").',
    access: 'user',
    input: profileInput,
    output: userOut,
  }),
  'auth.changePassword': method({
    summary: 'Change own password: old one plus the new one twice.',
    access: 'user',
    input: z.object({ oldPassword: password, newPassword: password, confirmPassword: password }),
    output: ok,
  }),
} as const;
