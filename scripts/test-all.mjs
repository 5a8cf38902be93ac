// `npm test`: typecheck, lint and format check, then unit, integration, security and e2e in one vitest run, then the plain
// summary line CI reads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const step = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env });

// The e2e tests drive the built UI, exactly what `npm run serve` ships.
if (step('node', ['scripts/build-renderer-if-stale.mjs']).status !== 0) process.exit(1);
const typecheck = step('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
const lint = step('npx', ['eslint', '.']);
const formatCheck = step('npx', ['prettier', '--check', '.']);

const report = join(mkdtempSync(join(tmpdir(), 'crm-test-')), 'vitest.json');
const run = step('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  // A file that failed to load has no failed assertion but must still count.
  const brokenFiles = (r.testResults ?? []).filter(
    (f) => f.status === 'failed' && !f.assertionResults?.some((a) => a.status === 'failed'),
  ).length;
  failed = r.numFailedTests + brokenFiles;
  skipped = r.numPendingTests + (r.numTodoTests ?? 0);
} catch {
  failed += 1;
}
if (typecheck.status !== 0) {
  console.log('typecheck failed');
  failed += 1;
}
if (lint.status !== 0) {
  console.log('lint failed');
  failed += 1;
}
if (formatCheck.status !== 0) {
  console.log('format check failed');
  failed += 1;
}
if (run.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
