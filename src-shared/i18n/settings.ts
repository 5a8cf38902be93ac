import { defineText } from './define';

/** System settings (admin). */
export const settingsText = defineText({
  uz: {
    'settings.timeZone': 'Vaqt mintaqasi',
    'settings.timeZoneHint': '"Bugun", kun chegaralari va ish vaqti shu mintaqada hisoblanadi',
    'settings.maxOverdue': "Avtomatik taqsimlash uchun muddati o'tganlar chegarasi",
    'settings.maxOverdueHint': "Shuncha yoki undan ko'p muddati o'tgan follow-up'i bor sotuvchiga yangi lid berilmaydi",
    'settings.reactivation': 'Reaktivatsiya (kun)',
    'settings.reactivationHint': "Yo'qotilgan liddan keyin necha kunda qayta aloqa; 0 — o'chirilgan",
  },
  ru: {
    'settings.timeZone': 'Часовой пояс',
    'settings.timeZoneHint': '«Сегодня», границы дня и рабочее время считаются в этом поясе',
    'settings.maxOverdue': 'Порог просрочек для автораспределения',
    'settings.maxOverdueHint': 'Продавцу с таким числом просрочек или больше новые лиды не даются',
    'settings.reactivation': 'Реактивация (дней)',
    'settings.reactivationHint': 'Через сколько дней после потери лида перезвонить; 0 — выключено',
  },
  en: {
    'settings.timeZone': 'Time zone',
    'settings.timeZoneHint': '"Today", day boundaries and working hours are counted in this zone',
    'settings.maxOverdue': 'Overdue limit for auto-distribution',
    'settings.maxOverdueHint': 'A seller with this many overdue follow-ups or more gets no new leads',
    'settings.reactivation': 'Reactivation (days)',
    'settings.reactivationHint': 'Days after a lead is lost to call again; 0 = off',
  },
});
