import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, features, type MethodName } from '../../src-shared/contract/api';
import { isAppError } from '../../src-shared/contract/errors';
import { isMsgKey } from '../../src-shared/i18n/index';
import { silentLogger } from '../../src-main/logger';
import { toErrorBody } from '../../src-main/rpc/dispatch';
import { seedCentre, type Centre } from './centre';
import { badInputs, baseline, MARKER, preview } from './corpus';
import { DbState } from './db-state';

/**
 * SPEC §13: every bad value gets a clear message with its field and changes nothing. Every method of
 * the contract × the bad inputs built from its own schema, through the dispatcher as each role, against
 * the same seeded centre (restored after any call that wrote): no INTERNAL error, a VALIDATION error
 * names known field messages, a refused call leaves every row as it was, and extra fields are never stored.
 */

/** Failed sign-ins are counted on purpose (a refused login that writes is the throttle working). */
const MAY_CHANGE_WHEN_REFUSED = ['login_throttle'];
const SLOW_MS = 2000;
/** Fields a role's call ignores by design, so any value is fine: a seller's new lead is always theirs. */
const IGNORED_FOR: Partial<Record<string, string[]>> = { seller: ['leads.create sellerId'] };

let c: Centre;
let state: DbState;

beforeAll(async () => {
  c = await seedCentre();
  state = new DbState(c.t.core.sqlite);
  state.save();
}, 60_000);
afterAll(() => c?.t.close());

type Role = 'anonymous' | 'seller' | 'manager' | 'admin';

/** Does the input hold the extra-field marker anywhere (as a key or a value)? */
const carriesMarker = (input: unknown) => JSON.stringify(input ?? null).includes(MARKER);

function callers(method: MethodName): Array<[Role, string | null, boolean]> {
  const access = contract[method].access;
  if (access === 'public') return [['anonymous', null, true]];
  const may = (role: string) => access === 'user' || (access as readonly string[]).includes(role);
  return [
    ['anonymous', null, false],
    ['seller', c.tokens.seller, may('seller')],
    ['manager', c.tokens.manager, may('manager')],
    ['admin', c.tokens.admin, may('admin')],
  ];
}

/** Runs one method's corpus; returns what went wrong, one line each. */
async function runMethod(method: MethodName): Promise<string[]> {
  const problems: string[] = [];
  const inputs = badInputs(method, c);
  for (const [role, token, allowed] of callers(method)) {
    /** What the seller is told about rows that do not exist, and about other sellers' rows, by field. */
    const answers = new Map<string, { unknown: Set<string>; foreign: Array<[string, string]> }>();
    // A caller the method refuses before reading the input needs only a few tries.
    for (const { label, input, refuseWithField, probe } of allowed ? inputs : inputs.slice(0, 3)) {
      const where = `${method} as ${role} [${label}] ${preview(input)}`;
      const before = state.changes();
      const started = performance.now();
      let refused: string | null = null;
      let answer = 'accepted';
      let fieldPaths: string[] = [];
      let output: unknown;
      try {
        output = await c.t.core.dispatch(method, input, { token });
      } catch (e) {
        const body = toErrorBody(e, 'en', silentLogger, method);
        refused = body.code;
        answer = `${body.code} ${body.details.key}`;
        fieldPaths = (body.details.fields ?? []).map((f) => f.path);
        if (body.code === 'INTERNAL' || !isAppError(e)) {
          const err = e instanceof Error ? `${e.name}: ${e.message}`.slice(0, 300) : String(e);
          problems.push(`500 ${where}: ${err}`);
        } else if (body.code === 'VALIDATION') {
          const fields = body.details.fields ?? [];
          if (!fields.length) problems.push(`VALIDATION without a field ${where}`);
          for (const f of fields)
            if (!isMsgKey(f.key)) problems.push(`unknown message key ${f.key} for ${f.path} ${where}`);
        }
      }
      const ignored = IGNORED_FOR[role]?.includes(`${method} ${refuseWithField}`);
      if (allowed && refuseWithField && !ignored && !(refused && fieldPaths.includes(refuseWithField)))
        problems.push(`not refused with field ${refuseWithField} (${answer} ${fieldPaths.join(',')}): ${where}`);
      if (allowed && role === 'seller' && probe) {
        const seen = answers.get(probe.field) ?? { unknown: new Set<string>(), foreign: [] };
        if (probe.row === 'unknown') seen.unknown.add(answer);
        else seen.foreign.push([label, answer]);
        answers.set(probe.field, seen);
      }
      const ms = performance.now() - started;
      if (ms > SLOW_MS) problems.push(`slow (${Math.round(ms)} ms) ${where}`);
      const wrote = state.changes() !== before;
      if (refused && wrote) {
        const changed = state.changedTables(MAY_CHANGE_WHEN_REFUSED);
        if (changed.length) problems.push(`refused (${refused}) but changed ${changed.join(', ')}: ${where}`);
      }
      if (!refused && carriesMarker(input)) {
        const stored = state.contains(MARKER);
        if (stored.length) problems.push(`extra field stored in ${stored.join(', ')}: ${where}`);
        if (JSON.stringify(output ?? null).includes(MARKER)) problems.push(`extra field echoed: ${where}`);
      }
      if (wrote) {
        state.restore();
        // Settings are cached by the core: a restored row must be read again.
        await c.t.core.settings.set({});
      }
    }
    for (const [field, { unknown, foreign }] of answers)
      for (const [label, answer] of foreign)
        if (!unknown.has(answer))
          problems.push(`${method} as seller [${label}] answers "${answer}", an unknown ${field} "${[...unknown]}"`);
  }
  return problems;
}

describe('bad-input corpus', () => {
  it('has a baseline every method schema accepts (so each bad value is the only thing wrong)', () => {
    const rejected = (Object.keys(contract) as MethodName[]).filter(
      (m) => !contract[m].input.safeParse(baseline(m, c)).success,
    );
    expect(rejected).toEqual([]);
  });

  for (const [feature, methods] of Object.entries(features)) {
    it(`${feature}: no 5xx, refused inputs change no row, extra fields are not stored`, async () => {
      const problems: string[] = [];
      for (const method of Object.keys(methods) as MethodName[]) problems.push(...(await runMethod(method)));
      expect(problems).toEqual([]);
    }, 60_000);
  }

  it('pollutes no prototype', () => {
    expect(({} as Record<string, unknown>).corpusPolluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty(MARKER);
  });
});
