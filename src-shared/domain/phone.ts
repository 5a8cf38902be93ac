import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * Any way a centre's staff writes a number → E.164, Uzbekistan by default; null when it is not a
 * real number. `+998 90 123-45-67`, `901234567`, `(90) 123-45-67` and the old `8 90 123 45 67` are one number.
 */
export function normalisePhone(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  const digits = trimmed.replace(/\D/g, '');
  // Old domestic format: trunk prefix 8 before the 9-digit national number.
  const candidate = !trimmed.startsWith('+') && /^8\d{9}$/.test(digits) ? `+998${digits.slice(1)}` : trimmed;
  const parsed = parsePhoneNumberFromString(candidate, 'UZ');
  return parsed && parsed.isValid() ? parsed.number : null;
}

/** Reversed digits: a suffix search ("the last 4 digits") becomes an indexed prefix range. */
export function reversedDigits(phone: string): string {
  return phone.replace(/\D/g, '').split('').reverse().join('');
}

/**
 * What a search box's phone-like text should match, as reversed digits: a full number in any format
 * → its full digits; a fragment of 3+ digits → those digits (matched as the end of a number).
 */
export function phoneSearchKey(query: string): string | null {
  const digits = query.replace(/\D/g, '');
  if (digits.length < 3 || /[\p{L}]/u.test(query)) return null;
  const full = digits.length >= 9 ? normalisePhone(query) : null;
  return reversedDigits(full ?? digits);
}

/** +998901234567 → +998 90 123 45 67 (for display). */
export function formatPhone(e164: string | null): string {
  if (!e164) return '';
  const m = /^\+998(\d{2})(\d{3})(\d{2})(\d{2})$/.exec(e164);
  return m ? `+998 ${m[1]} ${m[2]} ${m[3]} ${m[4]}` : e164;
}
