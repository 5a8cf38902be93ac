import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../helpers/core';
import { FAKE_TOKEN, startFakeTelegram, type FakeTelegram } from '../helpers/fake-telegram';
import { tashkent } from '../helpers/time';

let t: TestCore;
let tg: FakeTelegram;
afterEach(async () => {
  await t?.close();
  await tg?.close();
});

const SELLER_CHAT = 5001;
const MANAGER_CHAT = 5002;

async function centre() {
  tg = await startFakeTelegram();
  t = await createTestCore('2026-11-26T05:00:00Z', { core: { telegramApiRoot: tg.url } }); // Thu 10:00 Tashkent
  const a = await t.addUser('seller', 'seller_a', { firstName: 'Dilnoza' });
  const m = await t.addUser('manager', 'manager1', { firstName: 'Malika' });
  return { a, m };
}
const bot = () => t.core.modules.telegram;
const saveToken = (token: string) => t.call('settings.update', { telegramBotToken: token }, t.adminToken);

/** The user links their chat through the bot with a fresh code. */
async function link(token: string, chatId: number, lang: 'uz' | 'ru' = 'uz') {
  const { code } = await t.call('telegram.linkCode', { lang }, token);
  tg.userSays(chatId, `/start ${code}`);
  await bot().pollOnce();
}
const ask = async (chatId: number, text: string) => {
  const before = tg.textsTo(chatId).length;
  tg.userSays(chatId, text);
  await bot().pollOnce();
  return tg.textsTo(chatId).slice(before).join('\n---\n');
};

describe('the Telegram bot', () => {
  it('keeps a token only after getMe accepts it, encrypted, and never shows it', async () => {
    await centre();
    const refused = async (token: string) =>
      (await t.fail('settings.update', { telegramBotToken: token }, t.adminToken)).details.fields?.[0];
    expect(await refused('not a token')).toMatchObject({ path: 'telegramBotToken', key: 'telegram.error.badToken' });
    expect(await refused('123456789:AAThisShapeIsRightButTelegramSaysNo_xyz')).toMatchObject({
      key: 'telegram.error.badToken',
    });
    tg.setDown(true);
    expect(await refused(FAKE_TOKEN)).toMatchObject({ key: 'telegram.error.unreachable' });
    tg.setDown(false);
    expect(await t.call('telegram.status', {}, t.adminToken)).toMatchObject({ state: 'off', botUsername: null });

    const saved = await saveToken(FAKE_TOKEN);
    expect(saved).toMatchObject({ telegramBotUsername: tg.botUsername, telegramTokenSet: true });
    expect(JSON.stringify(saved)).not.toContain(FAKE_TOKEN);
    expect(JSON.stringify(await t.call('settings.get', {}, t.adminToken))).not.toContain(FAKE_TOKEN);
    expect(await t.call('telegram.status', {}, t.adminToken)).toMatchObject({
      state: 'connected',
      botUsername: tg.botUsername,
      queued: 0,
    });
    t.core.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(join(t.dataDir, 'crm.sqlite')).includes(FAKE_TOKEN.split(':')[1])).toBe(false);
    expect((await t.fail('telegram.status', {}, (await t.addUser('manager', 'manager2')).token)).code).toBe(
      'FORBIDDEN',
    );

    // It survives a restart (decrypted from the database with the key file), and "" removes it.
    await t.restart();
    expect((await t.call('telegram.status', {}, t.adminToken)).state).toBe('connected');
    await saveToken('');
    expect(await t.call('telegram.status', {}, t.adminToken)).toMatchObject({ state: 'off', botUsername: null });
    expect(await t.call('settings.get', {}, t.adminToken)).toMatchObject({ telegramTokenSet: false });
  });

  it('links a chat with a one-time code that expires; an unlinked chat learns only how to link', async () => {
    const { a } = await centre();
    expect((await t.fail('telegram.linkCode', {}, a.token)).code).toBe('RULE'); // no bot yet
    await saveToken(FAKE_TOKEN);
    const { code, deepLink, expiresAt } = await t.call('telegram.linkCode', { lang: 'uz' }, a.token);
    expect(deepLink).toBe(`https://t.me/${tg.botUsername}?start=${code}`);
    expect(expiresAt).toBe(t.clock.now() + 15 * 60_000);

    expect(await ask(7777, '/today')).toContain('Bu chat CRM ga ulanmagan');
    tg.userSays(SELLER_CHAT, `/start ${code}`);
    await bot().pollOnce();
    expect(tg.textsTo(SELLER_CHAT).at(-1)).toContain('Assalomu alaykum, Dilnoza!');
    expect((await t.call('auth.me', {}, a.token)).telegramLinked).toBe(true);
    expect(await ask(7777, `/start ${code}`)).toContain("Bu kod yaroqsiz yoki muddati o'tgan"); // used
    expect(await ask(7777, '/start NOSUCHCODE')).toContain("Bu kod yaroqsiz yoki muddati o'tgan");
    const late = await t.call('telegram.linkCode', {}, a.token);
    await t.setClock(t.clock.now() + 15 * 60_000 + 1);
    expect(await ask(7777, `/start ${late.code}`)).toContain("Bu kod yaroqsiz yoki muddati o'tgan"); // expired
    expect(await ask(7777, '/stats')).not.toMatch(/\d/); // no figures for a stranger

    await t.call('telegram.unlink', {}, a.token);
    expect((await t.call('auth.me', {}, a.token)).telegramLinked).toBe(false);
    expect(await ask(SELLER_CHAT, '/today')).toContain('Bu chat CRM ga ulanmagan');
  });

  it("answers /today, /overdue and /stats as that user, in the user's language", async () => {
    const { a, m } = await centre();
    await saveToken(FAKE_TOKEN);
    await link(a.token, SELLER_CHAT);
    await link(m.token, MANAGER_CHAT, 'ru');
    for (let i = 0; i < 23; i++)
      await t.call('leads.create', { name: `Lid ${i}`, phone: `9012345${String(i).padStart(2, '0')}` }, a.token);
    await t.setClock(tashkent('2026-11-26T12:00'));

    const overdue = await ask(SELLER_CHAT, '/overdue');
    expect(overdue).toContain("Muddati o'tgan qo'ng'iroqlar (23):");
    expect(overdue).toContain('26.11 10:05 — Lid 0, +998901234500 (Yangi)');
    expect(overdue).toContain('va yana 3 ta');
    expect(overdue.split('\n').filter((l) => l.includes('—'))).toHaveLength(20);
    expect(await ask(SELLER_CHAT, '/today')).toContain("Bugungi qo'ng'iroqlar (23):");
    expect(await ask(SELLER_CHAT, '/stats')).toContain(
      "Bugun: 0 ta qo'ng'iroq bajarildi, 23 ta yangi lid, 23 ta muddati o'tgan.",
    );
    // The manager sees the team, in Russian.
    expect(await ask(MANAGER_CHAT, '/stats')).toContain('Команда сегодня');
    expect(await ask(MANAGER_CHAT, '/today')).toContain('Звонки на сегодня (23)');
    expect(await ask(SELLER_CHAT, '/help')).toContain('/today');
  });

  it('delivers every notice kind once, across a 429, an outage and a restart, in order', async () => {
    const { a, m } = await centre();
    await saveToken(FAKE_TOKEN);
    await link(a.token, SELLER_CHAT);
    const welcome = tg.sent.length;
    const g = await t.call(
      'courses.create',
      { name: 'IELTS', price: 1000, lessonDuration: 90, lessonsPerWeek: 3 },
      t.adminToken,
    );
    const group = await t.call(
      'groups.create',
      { name: 'IELTS-1', courseId: g.id, days: 'odd', time: '15:00', capacity: 10 },
      t.adminToken,
    );
    const lead = await t.call('leads.create', { name: 'Aziz', phone: '901234567', sellerId: a.id }, m.token); // lead assigned
    await t.call(
      'messages.send',
      { subject: 'Reja', body: 'Bugun 40 ta', priority: 'urgent', recipients: [a.id] },
      m.token,
    );
    const leave = await t.call(
      'leave.request',
      { type: 'full_day', dateFrom: '2026-12-01', reason: 'personal' },
      a.token,
    );
    await t.call('leave.reject', { id: leave.id, reason: 'Imtihon' }, m.token);
    await t.call('trials.create', { leadId: lead.id, groupId: group.id, date: '2026-11-27' }, m.token);
    const lead2 = await t.call('leads.create', { name: 'Bobur', phone: '901234568' }, a.token);

    tg.failNext('429', 1, 3);
    expect(await bot().sendDue()).toBe(0);
    expect((await t.call('telegram.status', {}, t.adminToken)).queued).toBe(4);
    expect(await bot().sendDue()).toBe(0); // Telegram said wait 3 s (on the app's clock)
    await t.setClock(t.clock.now() + 3_000);
    expect(await bot().sendDue()).toBe(4);

    // The internet drops: the due notice waits, visible as attempts; nothing is lost over a restart.
    tg.setDown(true);
    await t.setClock(tashkent('2026-11-26T10:05')); // Bobur's first call and Aziz's trial reminder are due
    expect(await bot().sendDue()).toBe(0);
    expect(await t.call('telegram.status', {}, t.adminToken)).toMatchObject({ state: 'offline', queued: 2 });
    await t.restart();
    tg.setDown(false);
    await t.setClock(tashkent('2026-11-26T11:05')); // and now overdue too
    expect(await bot().sendDue()).toBe(4);
    await t.restart();
    expect(await bot().sendDue()).toBe(0);

    const texts = tg.textsTo(SELLER_CHAT).slice(welcome);
    expect(texts.slice(0, 4)).toEqual([
      expect.stringContaining('Sizga yangi lid biriktirildi: Aziz'),
      expect.stringMatching(/^🔴 SHOSHILINCH\. Xabar: Reja\n\nBugun 40 ta$/),
      "Ruxsat so'rovingiz rad etildi: 01.12.2026. Sabab: Imtihon",
      expect.stringContaining('Sinov darsi belgilandi: Aziz, +998901234567 — 27.11.2026 15:00, IELTS-1'),
    ]);
    // Queued while offline, delivered in order once it is back: both due notices, then both overdue ones.
    expect(texts.slice(4).map((x) => x.split(':')[0])).toEqual([
      'Follow-up vaqti keldi',
      'Follow-up vaqti keldi',
      "Follow-up muddati o'tdi",
      "Follow-up muddati o'tdi",
    ]);
    expect(texts.slice(4).sort()).toEqual([
      "Follow-up muddati o'tdi: Aziz, +998901234567 (26.11 10:05 da bo'lishi kerak edi)",
      "Follow-up muddati o'tdi: Bobur, +998901234568 (26.11 10:05 da bo'lishi kerak edi)",
      'Follow-up vaqti keldi: Aziz, +998901234567 (26.11 10:05)',
      'Follow-up vaqti keldi: Bobur, +998901234568 (26.11 10:05)',
    ]);
    expect(lead2.id).toBeGreaterThan(0);
    expect((await t.call('telegram.status', {}, t.adminToken)).queued).toBe(0);
  });

  it('a bulk assignment of 30 leads sends one summary; a blocked bot drops the link', async () => {
    const { a, m } = await centre();
    await saveToken(FAKE_TOKEN);
    await link(a.token, SELLER_CHAT);
    await t.call('users.update', { id: a.id, isActiveSales: false }, t.adminToken);
    const ids: number[] = [];
    for (let i = 0; i < 30; i++)
      ids.push(
        (await t.call('leads.create', { name: `Import ${i}`, phone: `9077700${String(i).padStart(2, '0')}` }, m.token))
          .id,
      );
    const before = tg.textsTo(SELLER_CHAT).length;
    await t.call('leads.assign', { leadIds: ids, sellerId: a.id }, m.token);
    await bot().sendDue();
    expect(tg.textsTo(SELLER_CHAT).slice(before)).toEqual([
      'Sizga 30 ta yangi lid biriktirildi. CRM da «Lidlar» ni oching.',
    ]);
    expect(
      (await t.call('notifications.list', { limit: 100 }, a.token)).items.filter(
        (n) => n.key === 'notify.leadAssigned',
      ),
    ).toHaveLength(30);

    // Their 30 first calls fall due together: one message on the phone, each call in the bell.
    const beforeDue = tg.textsTo(SELLER_CHAT).length;
    await t.setClock(t.clock.now() + 5 * 60_000);
    await bot().sendDue();
    expect(tg.textsTo(SELLER_CHAT).slice(beforeDue)).toEqual(["30 ta qo'ng'iroq vaqti keldi. /today — ro'yxat."]);
    expect(
      (await t.call('notifications.list', { limit: 100 }, a.token)).items.filter((n) => n.key === 'notify.followupDue'),
    ).toHaveLength(30);

    tg.blockChat(SELLER_CHAT);
    await t.call('messages.send', { subject: 'S', body: 'B', recipients: [a.id] }, m.token);
    await bot().sendDue();
    expect(await t.call('auth.me', {}, a.token)).toMatchObject({ telegramLinked: false, telegramBlocked: true });
    expect((await t.call('telegram.status', {}, t.adminToken)).queued).toBe(0);
  });

  it('shows a second poller on the token as a conflict, not a crash', async () => {
    await centre();
    await saveToken(FAKE_TOKEN);
    tg.setConflict(true);
    await expect(bot().pollOnce()).rejects.toThrow();
    expect(await t.call('telegram.status', {}, t.adminToken)).toMatchObject({
      state: 'conflict',
      lastError: expect.stringContaining('409'),
    });
  });
});
