import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiDoc } from '../../scripts/api-doc';

describe('docs/API.md', () => {
  it('matches the contract (run `npm run docs:api` after changing a method)', () => {
    expect(readFileSync('docs/API.md', 'utf8')).toBe(apiDoc());
  });
});
