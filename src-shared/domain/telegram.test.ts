import { describe, expect, it } from 'vitest';
import { telegramUsername } from './telegram';

describe('telegramUsername', () => {
  it.each([
    ['dilnoza_92', 'dilnoza_92'],
    ['@dilnoza_92', 'dilnoza_92'],
    ['  @Dilnoza  ', 'Dilnoza'],
    ['abcde', 'abcde'],
    ['a'.repeat(32), 'a'.repeat(32)],
    ['@' + 'a'.repeat(32), 'a'.repeat(32)],
    ['abcd', null], // 4 characters: too short
    ['@abcd', null],
    ['a'.repeat(33), null],
    ['1dilnoza', null], // must start with a letter
    ['_dilnoza', null],
    ['dil noza', null],
    ['dil-noza', null],
    ['dil.noza', null],
    ['@@dilnoza', null],
    ['дилноза', null],
    ['https://t.me/dilnoza', null],
    ['', null],
    ['@', null],
  ])('%j → %j', (typed, stored) => {
    expect(telegramUsername(typed)).toBe(stored);
  });
});
