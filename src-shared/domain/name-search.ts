/**
 * One spelling for Uzbek names however they are typed: Uzbek or Russian Cyrillic, Uzbek Latin or
 * Russian-style Latin, with or without apostrophes. Both the stored key and the query go through
 * this, so "Shoxrux", "Shohruh", "Shokhrukh", "Шохрух" and "Шоҳруҳ" meet, and so do "O'tkirov",
 * "Otkirov", "Ўткиров" and "Уткиров". Cheap: a table lookup per letter and a few replacements.
 *
 * The folds, after Cyrillic → Latin:
 * - х/ҳ/h/x/kh → x (but the h of "sh" and "ch" stays: "Shohruh" → "shoxrox");
 * - ў/у/o'/u/o → o (Russian spelling writes ў as у, and people drop the apostrophe of o');
 * - қ/к/q/k → k;  ғ/г/g'/g → g;  ж/j/dj/zh/dzh → j;  apostrophes and accents dropped.
 * Folding loses a little precision ("Umid" and "Omid" meet) to find a name however it was written.
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
  // Straight to x: ҳ is never the h of "sh" (Исҳоқ is Is'hoq, not Ishoq).
  ҳ: 'x',
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

const APOSTROPHES = /['`ʻʼ‘’]/g;

export function nameKey(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase().normalize('NFC')) out += CYRILLIC[ch] ?? ch;
  return (
    out
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      // "Is'hoq": the apostrophe says this h is its own letter, not the h of "sh".
      .replace(/([sc])['`ʻʼ‘’]h/g, '$1x')
      .replace(APOSTROPHES, '')
      .replace(/zh/g, 'j')
      .replace(/dj/g, 'j')
      .replace(/kh/g, 'x')
      .replace(/(?<![sc])h/g, 'x')
      .replace(/q/g, 'k')
      .replace(/u/g, 'o')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
  );
}

/** Folded words kept: an import's 50 000 names are mostly the same few thousand first names and surnames. */
const FOLDED_KEPT = 20_000;
const folded = new Map<string, string>();

/**
 * The words a lead is found by (each matched as a prefix). Each whitespace-separated word is folded on
 * its own — the same words as folding the whole text, since no fold reaches across a space (and every
 * space, NBSP included, ends up a separator) — and remembered.
 */
export function nameTokens(text: string): string[] {
  const out = new Set<string>();
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    let key = folded.get(word);
    if (key === undefined) {
      if (folded.size >= FOLDED_KEPT) folded.clear();
      folded.set(word, (key = nameKey(word)));
    }
    for (const token of key.split(' ')) if (token) out.add(token);
  }
  return [...out];
}
