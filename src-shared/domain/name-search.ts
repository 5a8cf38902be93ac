/**
 * One spelling for Uzbek names however they are typed: Cyrillic or Latin, with or without
 * apostrophes, Russian-style "kh"/"dj" or Uzbek "x"/"j", "q" or "k". Both the stored key and the
 * query go through this, so "Қодиров", "Qodirov" and "Kodirov" meet. Cheap: a table lookup per letter.
 */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ў: 'o',
  ф: 'f',
  х: 'x',
  ҳ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ь: '',
  ы: 'i',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

export function nameKey(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase().normalize('NFC')) out += CYRILLIC[ch] ?? ch;
  return out
    .normalize('NFKD')
    .replace(/[\u0300-\u036f'`ʻʼ‘’]/g, '')
    .replace(/kh/g, 'x')
    .replace(/dj/g, 'j')
    .replace(/q/g, 'k')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words a lead is found by (each matched as a prefix). */
export function nameTokens(text: string): string[] {
  return [...new Set(nameKey(text).split(' ').filter(Boolean))];
}
