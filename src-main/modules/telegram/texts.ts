import { isLang, translate, type Lang } from '../../../src-shared/i18n/index';

/** A user's bot language: what they linked with, Uzbek by default. */
export const botLang = (lang: string | null | undefined): Lang => (isLang(lang) ? lang : 'uz');

/**
 * A Telegram notice as the person reads it on the phone, in their language: the same key and
 * parameters as the bell's, with the whole message text and its priority for a message.
 */
export function telegramText(lang: Lang, key: string, params: Record<string, string | number>): string {
  if (key === 'notify.message' || key === 'notify.messageUrgent') {
    const priority = String(params.priority ?? 'normal');
    const mark =
      priority === 'urgent' ? translate(lang, 'bot.urgent') : priority === 'high' ? translate(lang, 'bot.high') : '';
    return translate(lang, 'bot.message', { ...params, mark, body: params.body ?? '' });
  }
  return translate(lang, key, params);
}
