import { en } from './en';
import { ru } from './ru';
import type { MsgParams } from '../contract/errors';
import { uz, type Catalogue, type MsgKey } from './uz';

export type { MsgKey } from './uz';
export const LANGS = ['uz', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'uz';

const catalogues: Record<Lang, Catalogue> = { uz, ru, en };

export const isLang = (v: unknown): v is Lang => typeof v === 'string' && (LANGS as readonly string[]).includes(v);

/** Render a message; unknown keys come back as the key so nothing is silently blank. */
export function translate(lang: Lang, key: string, params?: MsgParams): string {
  const text = (catalogues[lang] as Record<string, string>)[key] ?? (uz as Record<string, string>)[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = params[name];
    if (v === undefined) return m;
    return Array.isArray(v) ? v.map((k) => translate(lang, k)).join('; ') : String(v);
  });
}

/** Picks the first supported language of an Accept-Language header. */
export function langFromHeader(header: string | undefined): Lang {
  for (const part of (header ?? '').split(',')) {
    const code = part.trim().slice(0, 2).toLowerCase();
    if (isLang(code)) return code;
  }
  return DEFAULT_LANG;
}

export const isMsgKey = (k: string): k is MsgKey => k in uz;
