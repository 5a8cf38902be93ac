import Store from 'electron-store';
import { configFromArgs, DEFAULT_CONFIG, parseDesktopConfig, type DesktopConfig } from './config';

/** Reads the desktop mode from electron-store; command-line flags override and are remembered. */
export function loadDesktopConfig(argv: string[]): DesktopConfig {
  const store = new Store<DesktopConfig>({ name: 'desktop', defaults: DEFAULT_CONFIG });
  const config = parseDesktopConfig({ ...store.store, ...configFromArgs(argv) });
  store.set(config);
  return config;
}
