import { describe, expect, it } from 'vitest';
import { formatPhone, normalisePhone, normalisePhoneSlowly, phoneSearchKey, UZ_DECIDING_DIGITS } from './phone';

describe('normalisePhone', () => {
  it.each([
    ['+998901234567', '+998901234567'],
    ['901234567', '+998901234567'],
    ['90-123-45-67', '+998901234567'],
    ['(90) 123-45-67', '+998901234567'],
    ['+998 (90) 123-45-67', '+998901234567'],
    ['+998 90 123 45 67', '+998901234567'],
    ['998901234567', '+998901234567'],
    ['00998901234567', '+998901234567'],
    ['8 90 123 45 67', '+998901234567'],
    ['8(90)1234567', '+998901234567'],
    ['  90 123 45 67  ', '+998901234567'],
    ['+99890 1234567', '+998901234567'],
    ['90.123.45.67', '+998901234567'],
    ['+998 33 123 45 67', '+998331234567'],
    ['+998 77 123 45 67', '+998771234567'],
    ['+998 71 123 45 67', '+998711234567'],
    ['+998 88 123 45 67', '+998881234567'],
    ['+7 912 345 67 89', '+79123456789'],
    ['+82 10-1234-5678', '+821012345678'],
  ])('%s → %s', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  it.each([
    [''],
    ['   '],
    ['12345'],
    ['abc'],
    ['+998 00 123 45 67'],
    ['+998 90 123 45 6'],
    ['+998 90 123 45 678'],
    ['9012345678'],
    ['+1 555'],
    ['telefon yo‘q'],
  ])('%j is not a phone', (input) => {
    expect(normalisePhone(input)).toBeNull();
  });

  it('builds search keys for full numbers and fragments', () => {
    expect(phoneSearchKey('90 123 45 67')).toBe('765432109899');
    expect(phoneSearchKey('4567')).toBe('7654');
    expect(phoneSearchKey('45')).toBeNull();
    expect(phoneSearchKey('Ali 4567')).toBeNull();
    expect(formatPhone('+998901234567')).toBe('+998 90 123 45 67');
    expect(formatPhone('+79123456789')).toBe('+79123456789');
  });
});

describe('the quick path for Uzbek numbers', () => {
  it('decides validity by the first 5 national digits, as the metadata does', () => {
    // Every 5-digit prefix with three different endings: one verdict each, or the quick path would be wrong.
    const split: string[] = [];
    for (let p = 0; p < 10 ** UZ_DECIDING_DIGITS; p++) {
      const prefix = String(p).padStart(UZ_DECIDING_DIGITS, '0');
      const verdicts = new Set(
        ['0000', '9999', String((p * 7919) % 10_000).padStart(4, '0')].map(
          (end) => normalisePhoneSlowly(`+998${prefix}${end}`) !== null,
        ),
      );
      if (verdicts.size > 1) split.push(prefix);
    }
    expect(split).toEqual([]);
  });

  it.each([
    '901234567',
    '+998 90 123 45 67',
    '998 96 123 45 67',
    '8 (71) 200-00-00',
    '012345678',
    '+901234567',
    '+998 20 000 00 00',
    '99 123 45 67',
    '90 123 45 67 ext 5',
    '٩٠١٢٣٤٥٦٧',
    '002781495',
    '(00) 278-14-95',
    '90\u202f123\u202f45\u202f67',
    '90\u2009123\u200945\u200967',
    '90\u00a0123\u00a045\u00a067',
    '\t90 123 45 67',
  ])('reads %j as the full reading does', (input) => {
    expect(normalisePhone(input)).toBe(normalisePhoneSlowly(input));
  });
});
