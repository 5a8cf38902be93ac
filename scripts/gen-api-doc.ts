// Writes docs/API.md from the contract: every method, who may call it, its input and output.
import { writeFileSync } from 'node:fs';
import { apiDoc } from './api-doc';

writeFileSync('docs/API.md', apiDoc());
console.log('docs/API.md written');
