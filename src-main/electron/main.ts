import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, ipcMain } from 'electron';
import { createCore, type Core } from '../core';
import { consoleLogger } from '../logger';
import { defaultDataDir } from '../paths';
import type { Dispatch } from '../rpc/dispatch';
import { createHttpServer } from '../transports/http';
import { broadcast, registerIpc } from '../transports/ipc';
import { createRemoteDispatch, followRemoteEvents } from '../transports/remote';
import { loadDesktopConfig } from './store';
import { createMainWindow } from './window';

// One folder for the database whether the office runs the desktop app or `npm run serve`.
app.setPath('userData', defaultDataDir());
if (!app.requestSingleInstanceLock()) app.quit();

const rendererDir = join(__dirname, '..', 'dist-renderer');
const appUrl = pathToFileURL(join(rendererDir, 'index.html')).toString();
const isAppUrl = (url: string) => url.split('#')[0] === appUrl;

let core: Core | null = null;

async function start() {
  const config = loadDesktopConfig(process.argv);
  let dispatch: Dispatch;
  if (config.mode === 'client') {
    dispatch = createRemoteDispatch(config.primaryUrl);
  } else {
    core = await createCore({ dataDir: app.getPath('userData') });
    dispatch = core.dispatch;
    core.events.subscribe((e) => broadcast(BrowserWindow.getAllWindows(), e));
    if (config.mode === 'primary') {
      createHttpServer(core, { staticDir: rendererDir, version: app.getVersion() }).listen(config.port, '0.0.0.0', () =>
        consoleLogger.info(`primary: serving the office on port ${config.port}`),
      );
    }
  }
  const ipc = registerIpc(ipcMain, dispatch, isAppUrl, consoleLogger);
  const win = createMainWindow({ preload: join(__dirname, 'preload.cjs'), appUrl, isAppUrl });

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
