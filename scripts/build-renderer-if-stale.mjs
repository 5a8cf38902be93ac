// Builds the renderer when dist-renderer is missing or older than any source it is made from,
// so `npm run serve` on a fresh clone just works and a second start is instant.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const newest = (dir) => {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
};

const built = 'dist-renderer/index.html';
const sources = Math.max(newest('src-renderer'), newest('src-shared'), statSync('vite.config.ts').mtimeMs);
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
}
