import { describe, expect, it } from 'vitest';
import { normaliseRange, parseServiceAccountKey, parseSheetRef, rangeStartRow } from './sheets-ref';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-ab';

describe('parseSheetRef', () => {
  it.each([
    [ID, { id: ID, gid: null }],
    [`  ${ID}  `, { id: ID, gid: null }],
    [`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`, { id: ID, gid: '0' }],
    [`https://docs.google.com/spreadsheets/d/${ID}/edit?usp=sharing`, { id: ID, gid: null }],
    [`https://docs.google.com/spreadsheets/d/${ID}/edit?gid=1234567#gid=1234567`, { id: ID, gid: '1234567' }],
    [`docs.google.com/spreadsheets/u/1/d/${ID}/edit#gid=42`, { id: ID, gid: '42' }],
    [`https://docs.google.com/spreadsheets/d/${ID}`, { id: ID, gid: null }],
  ])('%s', (raw, want) => expect(parseSheetRef(raw)).toEqual(want));

  it.each([
    '',
    'abc',
    'https://example.com/file.xlsx',
    'https://docs.google.com/document/d/abc/edit',
    'not a link at all',
  ])('refuses %j', (raw) => expect(parseSheetRef(raw)).toBeNull());
});

describe('normaliseRange', () => {
  it.each([
    ['', ''],
    ['  ', ''],
    ['Varaq1!A1:F', 'Varaq1!A1:F'],
    ["'Lidlar 2025'!A:F", "'Lidlar 2025'!A:F"],
    ['A:F', 'A:F'],
    ['Lidlar', 'Lidlar'],
  ])('%j → %j', (raw, want) => expect(normaliseRange(raw)).toBe(want));

  it.each(['!A1', 'Varaq1!', 'Varaq1!1A', 'a\nb'])('refuses %j', (raw) => expect(normaliseRange(raw)).toBeNull());
});

describe('rangeStartRow', () => {
  it.each([
    ['Varaq1!A5:F', 5],
    ['A:F', 1],
    ["'Lidlar'!B12:C", 12],
    ['Lidlar', 1],
  ])('%s → %i', (range, row) => expect(rangeStartRow(range)).toBe(row));
});

describe('parseServiceAccountKey', () => {
  const key = {
    type: 'service_account',
    client_email: 'crm@centre.iam.gserviceaccount.com',
    private_key: '-----BEGIN PRIVATE KEY-----\nMII…\n-----END PRIVATE KEY-----\n',
    token_uri: 'https://oauth2.googleapis.com/token',
  };
  it('reads a key file', () =>
    expect(parseServiceAccountKey(JSON.stringify(key))).toEqual({
      clientEmail: key.client_email,
      privateKey: key.private_key,
      tokenUri: key.token_uri,
    }));
  it.each([
    ['not json', '{oops'],
    ['an OAuth client file', JSON.stringify({ installed: { client_id: 'x' } })],
    ['another type', JSON.stringify({ ...key, type: 'authorized_user' })],
    ['no key', JSON.stringify({ ...key, private_key: undefined })],
    ['no email', JSON.stringify({ ...key, client_email: 'nobody' })],
  ])('refuses %s', (_, raw) => expect(parseServiceAccountKey(raw)).toBeNull());
});
