import { describe, expect, it } from 'vitest';
import { newPage, signIn } from '../helpers/browser';
import { ADMIN_PASSWORD, useCentre } from '../helpers/centre';

const c = useCentre();

describe('numbers are refused, never rewritten', () => {
  it('a room of capacity 0 is refused under its field, the 0 left as typed', async () => {
    const page = await newPage(c.browser, c.server.url);
    await signIn(page, 'admin', ADMIN_PASSWORD);

    await page.goto(`${c.server.url}/#/system/rooms`);
    await page.getByRole('button', { name: 'Yangi Xona' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Xona nomi').fill('Xona 7');
    await dialog.getByLabel("Sig'im (o'quvchilar soni)").fill('0');
    await dialog.getByRole('button', { name: 'Saqlash' }).click();
    await expect.poll(() => dialog.getByText("Kamida 1 bo'lsin").count()).toBe(1);
    expect(await dialog.getByLabel("Sig'im (o'quvchilar soni)").inputValue()).toBe('0'); // what was typed stays
    const rooms = await c.server.rpc<unknown[]>('rooms.list', {}, c.admin);
    expect(rooms.body).toEqual([]);
    await page.close();
  });
});
