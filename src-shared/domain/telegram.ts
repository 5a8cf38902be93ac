/**
 * A Telegram username as Telegram allows it: 5–32 Latin letters, digits and underscores, starting
 * with a letter. People type it with or without the leading "@"; it is stored without.
 */
const USERNAME = /^[A-Za-z][A-Za-z0-9_]{4,31}$/;

/** The username without "@", or null when Telegram would not accept it. */
export function telegramUsername(typed: string): string | null {
  const name = typed.trim().replace(/^@/, '');
  return USERNAME.test(name) ? name : null;
}
