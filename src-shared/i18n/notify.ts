import { defineText } from './define';

/** Notifications and the bell. */
export const notifyText = defineText({
  uz: {
    'notify.leadAssigned': 'Sizga yangi lid biriktirildi: {name}',
    'notify.unassigned': "Hech bir sotuvchi lid qabul qila olmadi: {name}. Uni qo'lda biriktiring.",
    'notify.title': 'Bildirishnomalar',
    'notify.empty': "Yangi bildirishnoma yo'q",
    'notify.readAll': "Hammasini o'qildi deb belgilash",
  },
  ru: {
    'notify.leadAssigned': 'Вам назначен новый лид: {name}',
    'notify.unassigned': 'Ни один продавец не смог принять лида: {name}. Назначьте вручную.',
    'notify.title': 'Уведомления',
    'notify.empty': 'Новых уведомлений нет',
    'notify.readAll': 'Отметить все прочитанными',
  },
  en: {
    'notify.leadAssigned': 'A new lead is yours: {name}',
    'notify.unassigned': 'No seller could take the lead {name}. Assign it by hand.',
    'notify.title': 'Notifications',
    'notify.empty': 'No notifications',
    'notify.readAll': 'Mark all read',
  },
});
