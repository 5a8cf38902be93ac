import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * Any way a centre's staff writes a number → E.164, Uzbekistan by default; null when it is not a
 * real number. `+998 90 123-45-67`, `901234567`, `(90) 123-45-67` and the old `8 90 123 45 67` are one number.
 */
export function normalisePhone(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  const national = uzNational(trimmed);
  if (national === null) return parsedPhone(trimmed);
  // An Uzbek number's validity is decided by its first 5 digits (see UZ_DECIDING_DIGITS): asked once each.
  const key = national.slice(0, UZ_DECIDING_DIGITS);
  let valid = uzPrefixValid.get(key);
  if (valid === undefined) uzPrefixValid.set(key, (valid = parsedPhone(`+998${national}`) !== null));
  return valid ? `+998${national}` : null;
}

/**
 * The digits of libphonenumber's Uzbek patterns (general, fixed line, mobile) that decide validity: each is
 * a prefix block of at most 5 digits followed by free digits, 9 in all (phone.test.ts checks this against
 * the metadata). An import of 50 000 numbers asks libphonenumber a few thousand times, not 50 000.
 */
export const UZ_DECIDING_DIGITS = 5;
const uzPrefixValid = new Map<string, boolean>();
/**
 * Only digits and the separators staff type (space, no-break space, tab, `( ) . -`), a "+" only in front:
 * what libphonenumber reads the same way. Anything else — other Unicode spaces, letters — takes its reading.
 */
const PLAIN = /^\+?[\d \u00a0\t().-]+$/;

/** The 9-digit national number of a plainly written Uzbek number (+998…, 998…, 9 digits, 8 + 9 digits), or null. */
function uzNational(text: string): string | null {
  if (!PLAIN.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  if (digits.length === 12 && digits.startsWith('998')) return digits.slice(3);
  if (text.startsWith('+')) return null;
  // 9 digits after "00" are an international number to libphonenumber ("00" is Uzbekistan's exit code).
  if (digits.length === 9) return digits.startsWith('00') ? null : digits;
  if (digits.length === 10 && digits.startsWith('8')) return digits.slice(1);
  return null;
}

/** libphonenumber's reading, Uzbekistan by default, with the old domestic trunk prefix 8. */
function parsedPhone(trimmed: string): string | null {
  const digits = trimmed.replace(/\D/g, '');
  // Old domestic format: trunk prefix 8 before the 9-digit national number.
  const candidate = !trimmed.startsWith('+') && /^8\d{9}$/.test(digits) ? `+998${digits.slice(1)}` : trimmed;
  const parsed = parsePhoneNumberFromString(candidate, 'UZ');
  return parsed && parsed.isValid() ? parsed.number : null;
}

/** The full reading without the quick path (tests compare the two). */
export const normalisePhoneSlowly = (input: string) => (input.trim() ? parsedPhone(input.trim()) : null);

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
