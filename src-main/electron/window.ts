import { BrowserWindow, shell, type Session, type WebContents, type WebPreferences } from 'electron';

/** The security baseline of ARCHITECTURE.md. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
  };
}

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'tel:', 'tg:']);

export function isAllowedExternal(url: string): boolean {
  try {
    return EXTERNAL_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Navigation away from the app and new windows are denied; safe links open in the OS instead. */
const hardened = new WeakSet<WebContents>();

export function hardenContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  // Called for every web contents (app-wide hook) and for the main window: guard each once.
  if (hardened.has(contents)) return;
  hardened.add(contents);
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) {
      event.preventDefault();
      if (isAllowedExternal(url)) void shell.openExternal(url);
    }
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** No camera, microphone, notifications, geolocation …: every permission is refused unless listed here (none is). */
export function denyPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export function createMainWindow(opts: {
  preload: string;
  appUrl: string;
  isAppUrl: (url: string) => boolean;
  icon?: string;
}): BrowserWindow {
  const win = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: "O'quv markaz CRM",
    icon: opts.icon,
    show: false,
    webPreferences: secureWebPreferences(opts.preload),
  });
  hardenContents(win.webContents, opts.isAppUrl);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(opts.appUrl);
  return win;
}
