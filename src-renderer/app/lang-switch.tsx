import { Segmented, Select } from 'antd';
import { LANGS, type Lang } from '../../src-shared/i18n/index';
import { useI18n } from './i18n';

/** Each language named in itself, so whoever reads it finds their own. */
export const LANG_LABEL: Record<Lang, string> = { uz: "O'zbekcha", ru: 'Русский', en: 'English' };

/** The header's switch: the short code when closed, the full names when open. */
export function LangSelect() {
  const { t, lang, setLang } = useI18n();
  return (
    <Select<Lang>
      size="small"
      value={lang}
      onChange={setLang}
      aria-label={t('common.language')}
      title={t('common.language')}
      options={LANGS.map((l) => ({ value: l, label: LANG_LABEL[l] }))}
      labelRender={({ value }) => String(value).toUpperCase()}
      popupMatchSelectWidth={false}
      style={{ width: 64 }}
      data-testid="lang-select"
    />
  );
}

/** The login and setup pages' switch: every choice in sight before anyone has signed in. */
export function LangButtons() {
  const { t, lang, setLang } = useI18n();
  return (
    <Segmented<Lang>
      value={lang}
      onChange={setLang}
      aria-label={t('common.language')}
      options={LANGS.map((l) => ({ value: l, label: LANG_LABEL[l] }))}
      data-testid="lang-buttons"
    />
  );
}
