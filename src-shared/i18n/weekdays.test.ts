import { describe, expect, it } from 'vitest';
import { lessonWeekdays, LESSON_DAYS } from '../domain/catalog';
import { LANGS, translate } from './index';

// Sellers' work days and groups' lesson days are read side by side: one set of day abbreviations.
describe('day abbreviations', () => {
  it("groups' lesson days use the same short names as sellers' work days", () => {
    for (const lang of LANGS) {
      const short = (d: number) => translate(lang, `weekdayShort.${d}`);
      for (const days of LESSON_DAYS) {
        const list = lessonWeekdays(days);
        const expected =
          days === 'daily' ? `${short(list[0])}–${short(list[list.length - 1])}` : list.map(short).join(', ');
        expect(translate(lang, `groups.days.${days}`), `${lang} ${days}`).toContain(`(${expected})`);
      }
    }
  });
});
