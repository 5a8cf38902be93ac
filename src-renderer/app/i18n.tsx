import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import ruRU from 'antd/locale/ru_RU';
import uzUZ from 'antd/locale/uz_UZ';
import dayjs from 'dayjs';
import 'dayjs/locale/ru';
import 'dayjs/locale/uz-latn';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { MsgParams } from '../../src-shared/contract/errors';
import { DEFAULT_LANG, isLang, isMsgKey, translate, type Lang, type MsgKey } from '../../src-shared/i18n/index';
import { setCurrency } from '../ui/format';
import { theme } from './theme';

const ANTD = { uz: uzUZ, ru: ruRU, en: enUS };
const DAYJS = { uz: 'uz-latn', ru: 'ru', en: 'en' };
const LANG_KEY = 'crm.lang';

export type T = (key: MsgKey, params?: MsgParams) => string;

/** For a key that arrives as a plain string (an error's details, a notification, lead history): known keys are translated, anything else is shown as is. */
export const tKey = (t: T, key: string, params?: MsgParams): string => (isMsgKey(key) ? t(key, params) : key);

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t: T;
}

const I18nContext = createContext<I18n | null>(null);

/** The first supported language of the browser ("ru-RU" → ru), else Uzbek. */
export function browserLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const code = l.slice(0, 2).toLowerCase();
    if (isLang(code)) return code;
  }
  return DEFAULT_LANG;
}

/** The language chosen before (remembered), else the browser's on a first visit. */
function initialLang(): Lang {
  const saved = localStorage.getItem(LANG_KEY);
  return isLang(saved) ? saved : browserLang(navigator.languages ?? [navigator.language]);
}

/** What does not go through React context: dayjs, the page's `lang`, the currency word of sums. */
function applyLang(l: Lang) {
  dayjs.locale(DAYJS[l]);
  document.documentElement.lang = l;
  setCurrency(translate(l, 'common.currency'));
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const l = initialLang();
    applyLang(l);
    return l;
  });
  const setLang = useCallback((l: Lang) => {
    localStorage.setItem(LANG_KEY, l);
    applyLang(l);
    setLangState(l);
  }, []);
  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }),
    [lang, setLang],
  );
  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={ANTD[lang]} theme={theme}>
        {children}
      </ConfigProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
