import { isLang, translate, type Lang } from '../../../src-shared/i18n/index';

const BODY_MAX = 3_500;

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
    // Telegram takes 4 096 characters a message: a longer text is cut, and the app holds all of it.
    const body = String(params.body ?? '');
    const cut = body.length > BODY_MAX ? `${body.slice(0, BODY_MAX)}…\n\n${translate(lang, 'bot.readInApp')}` : body;
    return translate(lang, 'bot.message', { ...params, mark, body: cut });
  }
  return translate(lang, key, params);
}
