import { describe, expect, it } from 'vitest';
import { nameKey, nameTokens } from './name-search';

describe('nameKey', () => {
  it.each([
    ['Dilnoza Yusupova', 'dilnoza yusupova'],
    ['Дилноза Юсупова', 'dilnoza yusupova'],
    ['Қодиров Ғайрат', 'kodirov gayrat'],
    ['Qodirov G‘ayrat', 'kodirov gayrat'],
    ["Kodirov G'ayrat", 'kodirov gayrat'],
    ['Xurshid', 'xurshid'],
    ['Khurshid', 'xurshid'],
    ['Хуршид', 'xurshid'],
    ['Djamshid', 'jamshid'],
    ['Жамшид', 'jamshid'],
    ['Shohruh', 'shohruh'],
    ['Шоҳруҳ', 'shohruh'],
    ['O‘g‘iloy', 'ogiloy'],
    ['Ўғилой', 'ogiloy'],
    ['  ALI   vali-jon ', 'ali vali jon'],
    ['Чарос', 'charos'],
  ])('%s → %s', (input, key) => {
    expect(nameKey(input)).toBe(key);
  });

  it('splits into unique words', () => {
    expect(nameTokens('Ali Ali Valiyev')).toEqual(['ali', 'valiyev']);
    expect(nameTokens('  ')).toEqual([]);
  });
});
