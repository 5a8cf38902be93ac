import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle';

describe('LoginThrottle', () => {
  it('locks after five failures, for longer each time, and forgives a success', () => {
    const t = new LoginThrottle();
    const now = 1_000_000;
    for (let i = 0; i < 4; i++) t.failed('ali', now);
    expect(() => t.assertAllowed('ali', now)).not.toThrow();
    t.failed('ali', now);
    expect(() => t.assertAllowed('ali', now + 59_000)).toThrow(/tooManyAttempts/);
    expect(() => t.assertAllowed('ali', now + 60_000)).not.toThrow();
    t.failed('ali', now + 60_000);
    expect(() => t.assertAllowed('ali', now + 60_000 + 119_000)).toThrow();
    expect(() => t.assertAllowed('vali', now)).not.toThrow();
    t.succeeded('ali');
    expect(() => t.assertAllowed('ali', now + 60_001)).not.toThrow();
  });
});
