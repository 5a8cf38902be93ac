import { describe, expect, it } from 'vitest';
import { newPage } from '../helpers/browser';
import { ADMIN_PASSWORD, useCentre } from '../helpers/centre';

const c = useCentre();

// The admin sees every menu item there is, so the admin's header is the one that must fit.
describe('the header menu', () => {
  it('fits the whole menu in the header at 1280 and 1024 px in every language: nothing folds into "···"', async () => {
    const page = await newPage(c.browser, c.server.url, { locale: 'ru-RU', width: 1280 });
    await page.getByLabel('Логин').fill('admin');
    await page.getByLabel('Пароль', { exact: true }).fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Войти' }).click();
    const menu = page.getByTestId('main-menu');
    await menu.waitFor();

    const expected = {
      ru: ['Главная', 'Лиды', 'Звонки', 'Команда', 'Система'],
      uz: ['Asosiy sahifa', 'Lidlar', "Follow-up'lar", 'Jamoa', 'Tizim'],
      en: ['Dashboard', 'Leads', 'Follow-ups', 'Team', 'System'],
    };
    for (const lang of ['ru', 'uz', 'en'] as const) {
      if (lang !== 'ru') {
        await page.evaluate((l) => localStorage.setItem('crm.lang', l), lang);
        await page.reload();
        await menu.waitFor();
      }
      for (const width of [1280, 1024]) {
        await page.setViewportSize({ width, height: 800 });
        // Once the header has settled: the shown items, whether "···" shows, whether any item sticks out.
        const layout = () =>
          menu.evaluate((el) => {
            const box = el.getBoundingClientRect();
            const items = [...el.querySelectorAll<HTMLElement>(':scope > li.ant-menu-overflow-item')];
            // rc-overflow keeps the "···" holder (and items that do not fit) in the DOM, aria-hidden.
            const shown = items.filter((li) => li.getAttribute('aria-hidden') !== 'true');
            return {
              labels: shown
                .filter((li) => !li.matches('.ant-menu-overflow-item-rest'))
                .map((li) => li.innerText.trim()),
              folded: shown.some((li) => li.matches('.ant-menu-overflow-item-rest')),
              outside: shown.filter((li) => li.getBoundingClientRect().right > box.right + 1).length,
            };
          });
        await expect
          .poll(layout, { message: `${lang} ${width}`, timeout: 10_000 })
          .toEqual({ labels: expected[lang], folded: false, outside: 0 });
      }
    }

    // Every page one click away: hovering a top menu shows its pages, in titled sections.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(() => localStorage.setItem('crm.lang', 'ru'));
    await page.reload();
    await menu.getByText('Команда').hover();
    const popup = page.locator('.ant-menu-submenu-popup:visible');
    for (const label of ['Пользователи', 'Продавцы', 'Менеджеры', 'Отгулы', 'Сообщения', 'Статистика', 'KPI продавца'])
      await expect
        .poll(() => popup.getByText(label, { exact: true }).count(), { message: label, timeout: 5_000 })
        .toBeGreaterThan(0);
    await popup.getByText('Продавцы', { exact: true }).click();
    await expect.poll(() => page.url()).toContain('/users/sellers');
    await page.close();
  });
});
