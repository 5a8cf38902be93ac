import type { z } from 'zod';
import { authContract } from './auth';
import { catalogContract } from './catalog';
import { followupsContract } from './followups';
import { leadsContract } from './leads';
import { notificationsContract } from './notifications';
import { offersContract } from './offers';
import { settingsContract } from './settings';
import { trialsContract } from './trials';
import { dashboardContract } from './dashboard';
import { usersContract } from './users';

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
  ...notificationsContract,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller sends (before defaults). */
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (parsed, defaults applied). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;

export const isMethodName = (name: string): name is MethodName =>
  Object.prototype.hasOwnProperty.call(contract, name);
