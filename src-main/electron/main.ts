import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, ipcMain, session } from 'electron';
import { createCore, type Core } from '../core';
import { consoleLogger } from '../logger';
import { defaultDataDir } from '../paths';
import type { Dispatch } from '../rpc/dispatch';
import { createHttpServer } from '../transports/http/server';
import { broadcast, registerIpc } from '../transports/ipc';
import { createRemoteDispatch, followRemoteEvents } from '../transports/remote';
import { loadDesktopConfig } from './store';
import { createMainWindow, denyPermissions, hardenContents } from './window';
import { safeStorageBox } from './secret-box';

// One folder for the database whether the office runs the desktop app or `npm run serve`.
app.setPath('userData', defaultDataDir());
if (!app.requestSingleInstanceLock()) app.quit();

const rendererDir = join(__dirname, '..', 'dist-renderer');
const appUrl = pathToFileURL(join(rendererDir, 'index.html')).toString();
const isAppUrl = (url: string) => url.split('#')[0] === appUrl;

let core: Core | null = null;

// Every web contents, whoever creates it, gets the same guards as the main window.
app.on('web-contents-created', (_event, contents) => hardenContents(contents, isAppUrl));
// The last resort: logged, and the desktop keeps its window and its data.
process.on('uncaughtException', (err) =>
  consoleLogger.error('uncaught exception', { error: err.stack ?? String(err) }),
);
process.on('unhandledRejection', (err) => consoleLogger.error('unhandled rejection', { error: String(err) }));

async function start() {
  denyPermissions(session.defaultSession);
  const config = loadDesktopConfig(process.argv);
  let dispatch: Dispatch;
  if (config.mode === 'client') {
    dispatch = createRemoteDispatch(config.primaryUrl, fetch, app.getVersion());
  } else {
    core = await createCore({ dataDir: app.getPath('userData'), secrets: safeStorageBox() ?? undefined });
    dispatch = core.dispatch;
    core.events.subscribe((e) => e.type !== 'telegram.queued' && broadcast(BrowserWindow.getAllWindows(), e));
    if (config.mode === 'primary') {
      createHttpServer(core, { staticDir: rendererDir, version: app.getVersion() }).listen(config.port, '0.0.0.0', () =>
        consoleLogger.info(`primary: serving the office on port ${config.port}`),
      );
    }
  }
  const ipc = registerIpc(ipcMain, dispatch, isAppUrl, consoleLogger);
  const win = createMainWindow({ preload: join(__dirname, 'preload.cjs'), appUrl, isAppUrl });
  // A closed window's session token is forgotten with it.
  const windowId = win.webContents.id;
  win.on('closed', () => ipc.forget(windowId));

  if (config.mode === 'client') {
    // Live changes from the primary, once this window has signed in.
    let stop: (() => void) | null = null;
    const timer = setInterval(() => {
      const token = ipc.tokenOf(win.webContents.id);
      if (token && !stop) stop = followRemoteEvents(config.primaryUrl, token, (e) => broadcast([win], e));
      if (!token && stop) {
        stop();
        stop = null;
      }
    }, 2000);
    win.on('closed', () => {
      clearInterval(timer);
      stop?.();
    });
  }
}

app
  .whenReady()
  .then(start)
  .catch((err) => {
    consoleLogger.error('failed to start', { error: String(err) });
    app.exit(1);
  });
app.on('window-all-closed', async () => {
  await core?.close();
  app.quit();
});
