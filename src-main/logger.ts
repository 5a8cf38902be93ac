export interface Logger {
  info(msg: string, extra?: Record<string, unknown>): void;
  error(msg: string, extra?: Record<string, unknown>): void;
}

/** Logs never receive RPC inputs, so passwords and tokens cannot end up in them. */
export const consoleLogger: Logger = {
  info: (msg, extra) => console.log(`[crm] ${msg}`, extra ? JSON.stringify(extra) : ''),
  error: (msg, extra) => console.error(`[crm] ${msg}`, extra ? JSON.stringify(extra) : ''),
};

export const silentLogger: Logger = { info: () => {}, error: () => {} };
