import { Api, Bot, GrammyError, HttpError, InputFile } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_TOKEN, startFakeTelegram, type FakeTelegram } from '../helpers/fake-telegram';

let fake: FakeTelegram | undefined;

async function start(): Promise<{ fake: FakeTelegram; api: Api }> {
  fake = await startFakeTelegram();
  return { fake, api: new Api(FAKE_TOKEN, { apiRoot: fake.url }) };
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected the call to fail');
}

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('fake Telegram Bot API', () => {
  it('answers getMe for the fake token and 401 for any other', async () => {
    const { fake, api } = await start();
    const me = await api.getMe();
    expect(me).toMatchObject({ id: 123456789, is_bot: true, first_name: 'CRM Test', username: fake.botUsername });
    expect(fake.token).toBe(FAKE_TOKEN);

    const err = await rejection(new Api('42:wrong', { apiRoot: fake.url }).getMe());
    expect(err).toBeInstanceOf(GrammyError);
    expect((err as GrammyError).error_code).toBe(401);
    expect((err as GrammyError).description).toBe('Unauthorized');
    expect(fake.calls.map((c) => c.method)).toEqual(['getMe', 'getMe']);
    expect(await api.deleteWebhook()).toBe(true);
  });

  it('records sendMessage, with chat_id as number or string', async () => {
    const { fake, api } = await start();
    const msg = await api.sendMessage(501, 'Salom!', { parse_mode: 'HTML' });
    expect(msg).toMatchObject({ chat: { id: 501, type: 'private' }, text: 'Salom!' });
    await api.sendMessage('502', 'Ikkinchi');
    expect(fake.sent.map(({ chatId, text }) => ({ chatId, text }))).toEqual([
      { chatId: 501, text: 'Salom!' },
      { chatId: 502, text: 'Ikkinchi' },
    ]);
    expect(typeof fake.sent[0].at).toBe('number');
    expect(fake.textsTo(502)).toEqual(['Ikkinchi']);
    expect(fake.calls[0]).toEqual({
      method: 'sendMessage',
      body: { chat_id: 501, text: 'Salom!', parse_mode: 'HTML' },
    });
  });

  it('failNext, blockChat, setDown and setConflict fail like Telegram does', async () => {
    const { fake, api } = await start();

    fake.failNext('429', 1, 7);
    const tooMany = await rejection(api.sendMessage(1, 'a'));
    expect(tooMany).toBeInstanceOf(GrammyError);
    expect((tooMany as GrammyError).error_code).toBe(429);
    expect((tooMany as GrammyError).description).toBe('Too Many Requests: retry after 7');
    expect((tooMany as GrammyError).parameters.retry_after).toBe(7);

    fake.failNext('500', 2);
    expect(((await rejection(api.sendMessage(1, 'b'))) as GrammyError).error_code).toBe(500);
    expect(((await rejection(api.sendMessage(1, 'c'))) as GrammyError).error_code).toBe(500);
    fake.failNext('400');
    expect(((await rejection(api.sendMessage(1, 'd'))) as GrammyError).description).toBe('Bad Request: chat not found');
    await api.sendMessage(1, 'e');
    expect(fake.textsTo(1)).toEqual(['e']);

    fake.blockChat(2);
    const blocked = await rejection(api.sendMessage(2, 'hi'));
    expect((blocked as GrammyError).error_code).toBe(403);
    expect((blocked as GrammyError).description).toBe('Forbidden: bot was blocked by the user');
    await api.sendMessage(3, 'other chat is fine');
    fake.blockChat(2, false);
    await api.sendMessage(2, 'unblocked');
    expect(fake.textsTo(2)).toEqual(['unblocked']);

    fake.setDown(true);
    expect(await rejection(api.sendMessage(1, 'offline'))).toBeInstanceOf(HttpError);
    expect(await rejection(api.getMe())).toBeInstanceOf(HttpError);
    fake.setDown(false);
    await api.sendMessage(1, 'online again');
    expect(fake.textsTo(1)).toEqual(['e', 'online again']);

    fake.setConflict(true);
    const conflict = await rejection(api.getUpdates({ timeout: 0 }));
    expect((conflict as GrammyError).error_code).toBe(409);
    fake.setConflict(false);
    expect(await api.getUpdates({ timeout: 0 })).toEqual([]);
  });

  it('a grammY Bot answers /start from updates fetched with getUpdates', async () => {
    const { fake, api } = await start();
    const bot = new Bot(FAKE_TOKEN, { client: { apiRoot: fake.url } });
    bot.command('start', (ctx) => ctx.reply(`start:${ctx.match}:${ctx.from?.first_name}`));
    bot.on('message:text', (ctx) => ctx.reply(`echo:${ctx.message.text}`));
    await bot.init();
    expect(bot.botInfo.username).toBe('oquv_crm_test_bot');

    fake.userSays(77, '/start abc', 'Ali');
    fake.userSays(77, 'salom');
    const updates = await api.getUpdates({ offset: 0, timeout: 1 });
    expect(updates.map((u) => u.update_id)).toEqual([1, 2]);
    expect(updates[0].message?.entities).toEqual([{ type: 'bot_command', offset: 0, length: 6 }]);
    expect(updates[1].message?.entities).toBeUndefined();
    for (const u of updates) await bot.handleUpdate(u);
    expect(fake.textsTo(77)).toEqual(['start:abc:Ali', 'echo:salom']);

    // Confirming by offset drops them.
    expect(await api.getUpdates({ offset: 3, timeout: 0 })).toEqual([]);
    expect(await api.getUpdates({ timeout: 0 })).toEqual([]);
    await fake.waitFor(() => fake.sent.length === 2);
  });

  it('long-polls: a held getUpdates returns the update that arrives while it waits', async () => {
    const { fake, api } = await start();
    const t0 = Date.now();
    const held = api.getUpdates({ offset: 0, timeout: 30 });
    setTimeout(() => fake.userSays(9, 'hello'), 150);
    const updates = await held;
    expect(Date.now() - t0).toBeGreaterThanOrEqual(100);
    expect(Date.now() - t0).toBeLessThan(1500);
    expect(updates).toHaveLength(1);
    expect(updates[0].message).toMatchObject({
      chat: { id: 9, type: 'private' },
      from: { id: 9, is_bot: false },
      text: 'hello',
    });

    // Nothing queued: answered [] after min(timeout, 2) seconds.
    const t1 = Date.now();
    expect(await api.getUpdates({ offset: updates[0].update_id + 1, timeout: 1 })).toEqual([]);
    expect(Date.now() - t1).toBeGreaterThanOrEqual(900);
  });

  it('close() answers a held getUpdates with [] and does not hang on keep-alive sockets', async () => {
    const { fake: f, api } = await start();
    await api.getMe(); // leaves a keep-alive socket open
    const held = api.getUpdates({ timeout: 30 });
    await new Promise((r) => setTimeout(r, 50));
    const t0 = Date.now();
    await f.close();
    expect(await held).toEqual([]);
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('accepts urlencoded and multipart bodies, and 404s unknown methods', async () => {
    const { fake, api } = await start();
    const base = `${fake.url}/bot${FAKE_TOKEN}`;

    const form = await fetch(`${base}/sendMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ chat_id: '11', text: 'urlencoded ✓' }),
    });
    expect(form.status).toBe(200);
    const fd = new FormData();
    fd.set('chat_id', '12');
    fd.set('text', 'multipart ✓');
    const multi = await fetch(`${base}/sendMessage`, { method: 'POST', body: fd });
    expect(multi.status).toBe(200);
    expect(fake.sent.map(({ chatId, text }) => ({ chatId, text }))).toEqual([
      { chatId: 11, text: 'urlencoded ✓' },
      { chatId: 12, text: 'multipart ✓' },
    ]);

    const unknown = await fetch(`${base}/frobnicate`, { method: 'POST' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ ok: false, error_code: 404, description: 'Not Found' });

    // grammY's own multipart (used when a payload holds an InputFile) is parsed too.
    const err = await rejection(
      api.sendDocument(13, new InputFile(new TextEncoder().encode('hello'), 'a.txt'), { caption: 'doc' }),
    );
    expect((err as GrammyError).error_code).toBe(404);
    const call = fake.calls.at(-1)!;
    expect(call.method).toBe('sendDocument');
    expect(call.body).toMatchObject({ chat_id: '13', caption: 'doc' });
    expect(String(call.body.document)).toMatch(/^attach:\/\//);
    const fileField = String(call.body.document).slice('attach://'.length);
    expect(call.body[fileField]).toEqual({ filename: 'a.txt', bytes: 5 });
  });
});
