import { describe, expect, it } from 'vitest';
import { en } from './en';
import { langFromHeader, translate } from './index';
import { ru } from './ru';
import { uz } from './uz';

describe('i18n catalogues', () => {
  it('every language has every key, none empty', () => {
    for (const cat of [ru, en]) {
      expect(Object.keys(cat).sort()).toEqual(Object.keys(uz).sort());
      for (const v of Object.values(cat)) expect(v.trim()).not.toBe('');
    }
  });
  it('keeps placeholders in every language', () => {
    for (const [key, text] of Object.entries(uz)) {
      const params = (text.match(/\{\w+\}/g) ?? []).sort();
      expect((ru[key as keyof typeof uz].match(/\{\w+\}/g) ?? []).sort(), key).toEqual(params);
      expect((en[key as keyof typeof uz].match(/\{\w+\}/g) ?? []).sort(), key).toEqual(params);
    }
  });
  it('interpolates and falls back', () => {
    expect(translate('uz', 'error.usernameTaken', { username: 'ali' })).toBe('Bu username band: ali. Boshqasini tanlang.');
    expect(translate('ru', 'no.such.key')).toBe('no.such.key');
    expect(langFromHeader('ru-RU,ru;q=0.9')).toBe('ru');
    expect(langFromHeader('de-DE')).toBe('uz');
    expect(langFromHeader(undefined)).toBe('uz');
  });
});
