import type { MsgParams } from '../contract/errors';
import { authText } from './auth';
import { backupsText } from './backups';
import { catalogText } from './catalog';
import { commonText } from './common';
import { dashboardText } from './dashboard';
import type { FeatureText } from './define';
import { followupsText } from './followups';
import { importsText } from './imports';
import { kpiText } from './kpi';
import { analyticsText } from './analytics';
import { leadsText } from './leads';
import { leaveText } from './leave';
import { messagesText } from './messages';
import { notifyText } from './notify';
import { offersText } from './offers';
import { serverText } from './server';
import { settingsText } from './settings';
import { sheetsText } from './sheets';
import { telegramText } from './telegram';
import { trialsText } from './trials';
import { usersText } from './users';

export const LANGS = ['uz', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'uz';

/** Every feature's catalogue file (`<feature>.ts`); a key lives in exactly one of them (see i18n.test.ts). */
export const FEATURE_TEXTS = {
  common: commonText,
  auth: authText,
  users: usersText,
  leads: leadsText,
  imports: importsText,
  sheets: sheetsText,
  followups: followupsText,
  catalog: catalogText,
  offers: offersText,
  trials: trialsText,
  notify: notifyText,
  messages: messagesText,
  leave: leaveText,
  telegram: telegramText,
  dashboard: dashboardText,
  settings: settingsText,
  server: serverText,
  backups: backupsText,
  kpi: kpiText,
  analytics: analyticsText,
} as const;

type KeysOf<F> = F extends FeatureText<infer K> ? K : never;
/** Every message key: the union of the features' Uzbek keys. */
export type MsgKey = KeysOf<(typeof FEATURE_TEXTS)[keyof typeof FEATURE_TEXTS]>;
export type Catalogue = Record<MsgKey, string>;

/** One language's full catalogue: the features side by side (no key is in two features, so order does not matter). */
function merge(lang: Lang): Catalogue {
  const all: Partial<Catalogue> = {};
  for (const feature of Object.values(FEATURE_TEXTS)) Object.assign(all, feature[lang]);
  return all as Catalogue;
}

/** Uzbek (Latin) — the default language; labels follow the user manual word for word. */
const uz = merge('uz');
const catalogues: Record<Lang, Catalogue> = { uz, ru: merge('ru'), en: merge('en') };

export const isLang = (v: unknown): v is Lang => typeof v === 'string' && (LANGS as readonly string[]).includes(v);

/** Render a message; unknown keys come back as the key so nothing is silently blank. */
export function translate(lang: Lang, key: string, params?: MsgParams): string {
  const text = isMsgKey(key) ? (catalogues[lang][key] ?? uz[key]) : key;
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

export const isMsgKey = (k: string): k is MsgKey => Object.hasOwn(uz, k);
