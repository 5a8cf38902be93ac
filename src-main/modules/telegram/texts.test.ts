import { describe, expect, it } from 'vitest';
import { telegramText } from './texts';

describe('telegramText', () => {
  it('marks an urgent message and cuts a text Telegram would refuse (4 096 characters)', () => {
    const long = telegramText('uz', 'notify.messageUrgent', {
      subject: 'Reja',
      body: 'x'.repeat(5000),
      priority: 'urgent',
    });
    expect(long.startsWith('🔴 SHOSHILINCH. Xabar: Reja')).toBe(true);
    expect(long.length).toBeLessThan(4096);
    expect(long).toContain('Kelgan Xabarlar');
    expect(telegramText('ru', 'notify.message', { subject: 'S', body: 'B', priority: 'normal' })).toBe(
      'Сообщение: S\n\nB',
    );
  });
});
