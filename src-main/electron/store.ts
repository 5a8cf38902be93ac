import Store from 'electron-store';
import { configFromArgs, DEFAULT_CONFIG, parseDesktopConfig, type DesktopConfig } from './config';

/** Reads the desktop mode from electron-store; command-line flags override and are remembered. */
const openStore = () => new Store<DesktopConfig>({ name: 'desktop', defaults: DEFAULT_CONFIG });

export function loadDesktopConfig(argv: string[]): DesktopConfig {
  const store = openStore();
  const config = parseDesktopConfig({ ...store.store, ...configFromArgs(argv) });
  store.set(config);
  return config;
}

/** The "Ulanish" screen's choice, used from the next start on. */
export function saveDesktopConfig(config: DesktopConfig): void {
  openStore().set(parseDesktopConfig(config));
}
