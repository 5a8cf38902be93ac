import { describe, expect, it } from 'vitest';
import { judgeRows, matchColumns, phoneFromCell, sourceFromCell } from './import-columns';

describe('matchColumns', () => {
  it.each([
    [
      ['Ism', 'Telefon', 'Manba', 'Kurs', 'Izoh'],
      ['name', 'phone', 'source', 'course', 'notes'],
    ],
    [
      ['ФИО', 'Номер телефона', 'Источник', 'Курс', 'Примечание'],
      ['name', 'phone', 'source', 'course', 'notes'],
    ],
    [
      ['Phone', 'Full name', 'Notes'],
      ['phone', 'name', 'notes'],
    ],
    [
      ['Ism', 'Tel', 'Tel 2'],
      ['name', 'phone', 'extraPhone'],
    ],
    [
      ['  TELEFON ', 'ism-familiya', "Qo'shimcha telefon"],
      ['phone', 'name', 'extraPhone'],
    ],
    [
      ['Ism', 'Telefon', 'Telefon'],
      ['name', 'phone', null],
    ],
    [
      ['Имя', 'Тел.', 'Дата'],
      ['name', 'phone', null],
    ],
    [
      ['', 'Ism'],
      [null, 'name'],
    ],
  ])('%j', (headers, fields) => expect(matchColumns(headers)).toEqual(fields));
});

describe('sourceFromCell', () => {
  it.each([
    ['Instagram', 'instagram', true],
    ['insta', 'instagram', true],
    ['Телеграм', 'telegram', true],
    ['YouTube', 'youtube', true],
    ['tavsiya', 'organic', true],
    ["O'zi keldi", 'organic', true],
    ['Forma', 'form', true],
    ['', 'import', true],
    ['Billboard', 'other', false],
  ])('%s → %s', (cell, source, known) => expect(sourceFromCell(cell)).toEqual({ source, known }));
});

describe('phoneFromCell', () => {
  it.each([
    ['+998 90 123-45-67', { phone: '+998901234567' }],
    ['901234567', { phone: '+998901234567' }],
    ['(90) 123-45-67', { phone: '+998901234567' }],
    ['8 90 123 45 67', { phone: '+998901234567' }],
    ['998901234567', { phone: '+998901234567' }],
    ['9,98901E+11', { problem: 'phoneMangled' }],
    ['9.98901234567E+11', { problem: 'phoneMangled' }],
    ['', { problem: 'noPhone' }],
    ['  ', { problem: 'noPhone' }],
    ['12345', { problem: 'phoneInvalid' }],
    ["qo'ng'iroq qiling", { problem: 'phoneInvalid' }],
  ])('%j', (cell, out) => expect(phoneFromCell(cell)).toEqual(out));
});

describe('judgeRows', () => {
  const mapping = matchColumns(['Ism', 'Telefon', 'Manba', 'Kurs', "Qo'shimcha telefon"]);
  const courses = new Map([['ielts', 7]]);
  const inDb = new Set(['+998901110000']);
  it.each([
    ['a good row', ['Aziz', '90 123 45 67', 'Instagram', 'IELTS', ''], 'valid', undefined, []],
    ['no name', ['', '901234567', '', '', ''], 'invalid', 'imports.problem.noName', []],
    ['no phone', ['Aziz', '', '', '', ''], 'invalid', 'imports.problem.noPhone', []],
    ['mangled by Excel', ['Aziz', '9,98901E+11', '', '', ''], 'invalid', 'imports.problem.phoneMangled', []],
    [
      'already in the database',
      ['Aziz', '+998 90 111 00 00', '', '', ''],
      'duplicateInDb',
      'imports.problem.duplicateInDb',
      [],
    ],
    [
      'extra phone in the database',
      ['Aziz', '901234500', '', '', '90 111 00 00'],
      'duplicateInDb',
      'imports.problem.duplicateInDb',
      [],
    ],
    [
      'unknown source and course',
      ['Aziz', '901234501', 'Billboard', 'Chess', ''],
      'valid',
      undefined,
      ['imports.note.sourceUnknown', 'imports.note.courseUnknown'],
    ],
    [
      'a bad extra phone is dropped',
      ['Aziz', '901234502', '', '', '123'],
      'valid',
      undefined,
      ['imports.note.extraPhoneDropped'],
    ],
  ])('%s', (_, cells, status, key, notes) => {
    const [o] = judgeRows([{ row: 2, cells }], mapping, inDb, courses);
    expect([o.status, o.problem?.key, o.notes]).toEqual([status, key, notes]);
  });

  it('a phone seen in an earlier row is a duplicate inside the file, named by that row', () => {
    const out = judgeRows(
      [
        { row: 2, cells: ['Aziz', '901234567', '', '', ''] },
        { row: 3, cells: ['Aziz 2', '+998 90 123 45 67', '', '', ''] },
        { row: 5, cells: ['Bek', '901234568', '', '', '901234567'] },
      ],
      mapping,
      inDb,
      courses,
    );
    expect(out.map((o) => [o.row, o.status, o.problem?.params])).toEqual([
      [2, 'valid', undefined],
      [3, 'duplicateInFile', { row: 2 }],
      [5, 'duplicateInFile', { row: 2 }],
    ]);
    expect(out[0].lead).toEqual({
      name: 'Aziz',
      phone: '+998901234567',
      extraPhone: null,
      source: 'import',
      courseId: null,
      notes: '',
    });
  });
});
