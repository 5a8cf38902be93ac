import type { z } from 'zod';
import { authContract } from './auth';
import { backupsContract } from './backups';
import { catalogContract } from './catalog';
import { dashboardContract } from './dashboard';
import { followupsContract } from './followups';
import { importsContract } from './imports';
import { kpiContract } from './kpi';
import { analyticsContract } from './analytics';
import { leadsContract } from './leads';
import { leaveContract } from './leave';
import { messagesContract } from './messages';
import { notifyContract } from './notify';
import { offersContract } from './offers';
import { settingsContract } from './settings';
import { telegramContract } from './telegram';
import { trialsContract } from './trials';
import { usersContract } from './users';

/**
 * The methods by feature. The same feature names are the core's `src-main/modules/<feature>/` (each
 * with its route slice) and the renderer's `features/<feature>/`.
 */
export const features = {
  auth: authContract,
  users: usersContract,
  dashboard: dashboardContract,
  leads: leadsContract,
  followups: followupsContract,
  catalog: catalogContract,
  offers: offersContract,
  trials: trialsContract,
  settings: settingsContract,
  notify: notifyContract,
  messages: messagesContract,
  leave: leaveContract,
  telegram: telegramContract,
  imports: importsContract,
  backups: backupsContract,
  kpi: kpiContract,
  analytics: analyticsContract,
} as const;

/** Every RPC method, the one list the dispatcher, the clients and the API page read. */
export const contract = {
  ...authContract,
  ...usersContract,
  ...dashboardContract,
  ...leadsContract,
  ...followupsContract,
  ...catalogContract,
  ...offersContract,
  ...trialsContract,
  ...settingsContract,
  ...notifyContract,
  ...messagesContract,
  ...leaveContract,
  ...telegramContract,
  ...importsContract,
  ...backupsContract,
  ...kpiContract,
  ...analyticsContract,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Feature = keyof typeof features;
export type MethodOf<F extends Feature> = keyof (typeof features)[F] & MethodName;
/** What a caller sends (before defaults). */
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (parsed, defaults applied). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;
export type IsPublic<M extends MethodName> = Contract[M]['access'] extends 'public' ? true : false;

export const isMethodName = (name: string): name is MethodName => Object.prototype.hasOwnProperty.call(contract, name);
