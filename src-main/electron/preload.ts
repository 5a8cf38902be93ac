import { contextBridge, ipcRenderer } from 'electron';
import { EVENT_CHANNEL, RPC_CHANNEL } from '../../src-shared/contract/ipc';

// Exactly two functions reach the page: rpc.call and events.on. Nothing else of Node or Electron.

export const bridge = {
  rpc: {
    call: (method: string, input: unknown) => ipcRenderer.invoke(RPC_CHANNEL, String(method), input),
  },
  events: {
    on: (listener: (e: unknown) => void) => {
      const wrapped = (_event: unknown, e: unknown) => listener(e);
      ipcRenderer.on(EVENT_CHANNEL, wrapped);
      return () => {
        ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
      };
    },
  },
};

contextBridge.exposeInMainWorld('crm', bridge);
