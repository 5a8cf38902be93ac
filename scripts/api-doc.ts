import { z } from 'zod';
import { contract } from '../src-shared/contract/api';
import { ERROR_HTTP_STATUS } from '../src-shared/contract/errors';
import { FIRST_YEAR, LAST_YEAR } from '../src-shared/domain/calendar-range';

const schema = (s: z.ZodType, io: 'input' | 'output') =>
  JSON.stringify(
    z.toJSONSchema(s, { io, unrepresentable: 'any' }),
    (k, v: unknown) => (k === '$schema' ? undefined : v),
    2,
  );

/** The API page, generated from the contract so it cannot drift (a test compares it). */
export function apiDoc(): string {
  const lines = [
    '# RPC API',
    '',
    'Generated from `src-shared/contract` by `npm run docs:api` — do not edit by hand.',
    '',
    'Every method is `POST /api/rpc/<method>` with a JSON body and `Authorization: Bearer <token>`',
    '(from `auth.login`), answered with the output as JSON. The desktop window reaches the same methods',
    'over IPC. Other endpoints: `GET /api/health`; `GET /api/events?token=<token>` (server-sent events:',
    '`user.changed`, `lead.changed`, `followup.changed`, `dashboard.changed`, each with ids to refetch);',
    '`POST /api/test/clock` `{ "now": <ISO string or epoch ms> }` only when started with `--fake-clock`.',
    '',
    '## Errors',
    '',
    'Failures answer `{ "code", "message", "details" }`. `message` is rendered in the language of the',
    '`X-Lang` header (`uz`, `ru`, `en`) or `Accept-Language`, Uzbek by default; `details.key` and',
    '`details.params` let a client render it itself; `details.fields` lists `{ path, key, message }` per',
    'bad input field.',
    '',
    '| code | HTTP |',
    '|---|---|',
    ...Object.entries(ERROR_HTTP_STATUS).map(([code, status]) => `| ${code} | ${status} |`),
    '',
    `Times are UTC epoch milliseconds, dates \`YYYY-MM-DD\`, times of day \`HH:mm\`, weekdays ISO (1 = Monday). Dates and`,
    `times sent are real ones of the years ${FIRST_YEAR}–${LAST_YEAR} (\`2026-02-30\` is refused with its field).`,
    '',
    '## Methods',
    '',
  ];
  for (const [name, def] of Object.entries(contract)) {
    const who =
      def.access === 'public'
        ? 'anyone (no token)'
        : def.access === 'user'
          ? 'any signed-in user'
          : def.access.join(', ');
    lines.push(
      `### \`${name}\``,
      '',
      def.summary,
      '',
      `Who: ${who}`,
      '',
      '<details><summary>input</summary>',
      '',
      '```json',
      schema(def.input, 'input'),
      '```',
      '',
      '</details>',
      '',
      '<details><summary>output</summary>',
      '',
      '```json',
      schema(def.output, 'output'),
      '```',
      '',
      '</details>',
      '',
    );
  }
  return lines.join('\n');
}
