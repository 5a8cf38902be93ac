import type { Input, MethodName, Output } from '../../src-shared/contract/api';
import { httpTransport, ipcTransport, type Transport } from './transport';

type Domain = MethodName extends `${infer D}.${string}` ? D : never;
/** `api.users.create(input)` — typed from the contract, one function per method. */
export type Api = {
  [D in Domain]: {
    [M in MethodName as M extends `${D}.${infer V}` ? V : never]: (input?: Input<M>) => Promise<Output<M>>;
  };
};

export function createApi(transport: Transport): Api {
  return new Proxy({} as Api, {
    get: (_, domain: string) =>
      new Proxy(
        {},
        { get: (__, verb: string) => (input?: unknown) => transport.call(`${domain}.${verb}`, input ?? {}) },
      ),
  });
}

export const transport: Transport = window.crm ? ipcTransport(window.crm) : httpTransport();
export const api = createApi(transport);
export type { MethodName, Output };
