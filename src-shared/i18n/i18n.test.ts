import { describe, expect, it } from 'vitest';
import type { FeatureText } from './define';
import { FEATURE_TEXTS, isMsgKey, langFromHeader, translate } from './index';

const features: [string, FeatureText<string>][] = Object.entries(FEATURE_TEXTS);

describe('i18n catalogues', () => {
  it('every language has every key, none empty', () => {
    for (const [name, { uz, ru, en }] of features) {
      for (const cat of [uz, ru, en]) {
        expect(Object.keys(cat).sort(), name).toEqual(Object.keys(uz).sort());
        for (const [key, v] of Object.entries(cat)) expect(v.trim(), key).not.toBe('');
      }
    }
  });
  it('keeps placeholders in every language', () => {
    for (const [, { uz, ru, en }] of features) {
      for (const [key, text] of Object.entries(uz)) {
        const params = (text.match(/\{\w+\}/g) ?? []).sort();
        expect((ru[key].match(/\{\w+\}/g) ?? []).sort(), key).toEqual(params);
        expect((en[key].match(/\{\w+\}/g) ?? []).sort(), key).toEqual(params);
      }
    }
  });
  it('defines no key in two feature files', () => {
    const owner = new Map<string, string>();
    const dupes: string[] = [];
    for (const [name, { uz }] of features) {
      for (const key of Object.keys(uz)) {
        const first = owner.get(key);
        if (first) dupes.push(`${key}: ${first} and ${name}`);
        else owner.set(key, name);
      }
    }
    expect(dupes).toEqual([]);
    for (const key of owner.keys()) expect(isMsgKey(key), key).toBe(true);
  });
  it('interpolates and falls back', () => {
    expect(translate('uz', 'error.usernameTaken', { username: 'ali' })).toBe(
      'Bu foydalanuvchi nomi band: ali. Boshqasini tanlang.',
    );
    expect(translate('ru', 'no.such.key')).toBe('no.such.key');
    expect(isMsgKey('toString')).toBe(false);
    expect(langFromHeader('ru-RU,ru;q=0.9')).toBe('ru');
    expect(langFromHeader('de-DE')).toBe('uz');
    expect(langFromHeader(undefined)).toBe('uz');
  });
});
