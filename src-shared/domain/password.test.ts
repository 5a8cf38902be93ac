import { describe, expect, it } from 'vitest';
import { brokenPasswordRules } from './password';

describe('brokenPasswordRules', () => {
  it.each([
    ['Secret#2026', []],
    ['Parol!123', []],
    ['Qwerty1!', []],
    ['Щит!1234a', []],
    ['short1!', ['password.rule.length', 'password.rule.upper']],
    ['alllower1!', ['password.rule.upper']],
    ['ALLUPPER1!', ['password.rule.lower']],
    ['NoDigits!!', ['password.rule.digit']],
    ['NoSpecial12', ['password.rule.special']],
    [
      '',
      [
        'password.rule.length',
        'password.rule.upper',
        'password.rule.lower',
        'password.rule.digit',
        'password.rule.special',
      ],
    ],
    ['With Space1a', ['password.rule.special']],
  ])('%s → %j', (password, broken) => {
    expect(brokenPasswordRules(password)).toEqual(broken);
  });
});
