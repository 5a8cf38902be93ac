/** The Electron IPC channels: one for RPC calls, one for change events (main → window). */
export const RPC_CHANNEL = 'crm:rpc';
export const EVENT_CHANNEL = 'crm:event';
