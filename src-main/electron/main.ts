import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { networkInterfaces } from 'node:os';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { createCore, type Core } from '../core';
import { DamagedDatabaseError } from '../db/soundness';
import { createRecoveryDispatch } from '../recovery/recovery';
import { systemClock } from '../clock';
import { consoleLogger } from '../logger';
import { defaultDataDir } from '../paths';
import type { Dispatch } from '../rpc/dispatch';
import { createHttpServer } from '../transports/http/server';
import { broadcast, registerIpc } from '../transports/ipc';
import { createRemoteDispatch, followRemoteEvents } from '../transports/remote';
import { announcePrimary, discoverPrimaries } from './discovery';
import { createDesktopHandler } from './desktop-ipc';
import { desktopDispatch } from './desktop-dispatch';
import { loadDesktopConfig, saveDesktopConfig } from './store';
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
    try {
      core = await createCore({ dataDir: app.getPath('userData'), secrets: safeStorageBox() ?? undefined });
    } catch (e) {
      if (!(e instanceof DamagedDatabaseError)) throw e;
      // SPEC §12: the window shows the recovery page; after the restore the app starts again on the good file.
      consoleLogger.error('database damaged: recovery mode', { file: e.file, reason: e.reason });
      dispatch = createRecoveryDispatch(
        { dataDir: app.getPath('userData'), dbFile: e.file, reason: e.reason },
        systemClock,
        () => {
          app.relaunch();
          app.exit(0);
        },
      );
    }
    if (core) {
      const running = core;
      dispatch = running.dispatch;
      running.events.subscribe((e) => e.type !== 'telegram.queued' && broadcast(BrowserWindow.getAllWindows(), e));
      if (config.mode === 'primary') {
        // Only a primary opens a port (a standalone desktop opens none), and says so on the LAN by mDNS.
        createHttpServer(running, { staticDir: rendererDir, version: app.getVersion() }).listen(
          config.port,
          '0.0.0.0',
          () => consoleLogger.info(`primary: serving the office on port ${config.port}`),
        );
        const unannounce = announcePrimary(config.port);
        app.on('before-quit', unannounce);
      }
    }
  }
  const desktop = createDesktopHandler({
    config,
    version: app.getVersion(),
    save: saveDesktopConfig,
    relaunch: () => {
      app.relaunch();
      app.exit(0);
    },
    interfaces: networkInterfaces,
    discover: () => discoverPrimaries(),
    fetch,
  });
  dispatch = desktopDispatch(dispatch!, {
    desktop,
    backupFile: core ? (name) => core!.modules.backups.fileOf(name).path : null,
    primaryUrl: config.mode === 'client' ? config.primaryUrl : null,
    askWhereToSave: async (defaultPath) => {
      const r = await dialog.showSaveDialog({ defaultPath });
      return r.canceled || !r.filePath ? null : r.filePath;
    },
  });
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
