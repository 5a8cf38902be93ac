// Bundles the Electron main and preload scripts to CommonJS (electron and native modules stay external),
// and the import parser's worker thread (src-main/modules/imports/judge-worker.ts) beside the main bundle.
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
  // esbuild: only the TypeScript sources bundle the import worker on the fly (judge-in-worker.ts).
  external: ['electron', 'better-sqlite3', 'esbuild'],
  // CommonJS has no import.meta: the sources' `import.meta.url` becomes this bundle's own file URL, so code
  // that finds files next to itself (judge-in-worker.ts: import-worker.cjs) works from the bundle too.
  define: { 'import.meta.url': '__bundle_import_meta_url' },
  banner: { js: "const __bundle_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
});
await build({
  ...common,
  entryPoints: ['src-main/electron/preload.ts'],
  outfile: 'build/preload.cjs',
  external: ['electron'],
});
// Started by judge-in-worker.ts with `new Worker(<dir of electron-main.cjs>/import-worker.cjs)`; csv-parse,
// iconv-lite and libphonenumber-js are bundled in (.xlsx is read by our own reader).
await build({
  ...common,
  entryPoints: ['src-main/modules/imports/judge-worker.ts'],
  outfile: 'build/import-worker.cjs',
});
console.log('built build/electron-main.cjs, build/preload.cjs and build/import-worker.cjs');
