// Bundles the Electron main and preload scripts to CommonJS (electron and native modules stay external).
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
};
await build({
  ...common,
  entryPoints: ['src-main/electron/main.ts'],
  outfile: 'build/electron-main.cjs',
  external: ['electron', 'better-sqlite3'],
});
await build({
  ...common,
  entryPoints: ['src-main/electron/preload.ts'],
  outfile: 'build/preload.cjs',
  external: ['electron'],
});
console.log('built build/electron-main.cjs and build/preload.cjs');
