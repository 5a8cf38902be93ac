import { defineText } from './define';

/** What the primary says about a request itself: its body, its origin, the database, the versions. */
export const serverText = defineText({
  uz: {
    'error.badRequest': "So'rov noto'g'ri tuzilgan.",
    'error.badJson': "So'rov ma'lumotlari JSON formatida emas.",
    'error.notJson': "So'rov ma'lumotlari JSON formatida yuborilishi kerak.",
    'error.bodyTooLarge': "So'rov juda katta (ko'pi bilan {mb} MB).",
    'error.crossOrigin': "Boshqa saytdan kelgan so'rov rad etildi.",
    'error.dbBusy': "Ma'lumotlar bazasi band, qayta urinib ko'ring.",
    'error.tooManyStreams': "Bu foydalanuvchi uchun juda ko'p oyna ochiq. Keraksizlarini yoping.",
    'error.serverBusy': "Server band, bir ozdan keyin qayta urinib ko'ring.",
    'error.diskFull': "Diskda joy qolmadi: ma'lumot saqlanmadi. Diskni bo'shating va qayta urinib ko'ring.",
    'error.versionMismatch':
      'Bu kompyuterdagi dastur versiyasi ({mine}) asosiy kompyuternikidan ({theirs}) farq qiladi. Ikkalasini bir xil versiyaga yangilang.',
  },
  ru: {
    'error.badRequest': 'Неверно составленный запрос.',
    'error.badJson': 'Данные запроса не в формате JSON.',
    'error.notJson': 'Данные запроса нужно отправлять в формате JSON.',
    'error.bodyTooLarge': 'Запрос слишком большой (не более {mb} МБ).',
    'error.crossOrigin': 'Запрос с другого сайта отклонён.',
    'error.dbBusy': 'База данных занята, попробуйте ещё раз.',
    'error.tooManyStreams': 'У этого пользователя открыто слишком много окон. Закройте лишние.',
    'error.serverBusy': 'Сервер занят, попробуйте чуть позже.',
    'error.diskFull': 'На диске нет места: данные не сохранены. Освободите диск и попробуйте снова.',
    'error.versionMismatch':
      'Версия программы на этом компьютере ({mine}) отличается от версии на основном ({theirs}). Обновите обе до одной версии.',
  },
  en: {
    'error.badRequest': 'The request is malformed.',
    'error.badJson': 'The request body is not JSON.',
    'error.notJson': 'The request body must be sent as JSON.',
    'error.bodyTooLarge': 'The request is too large (at most {mb} MB).',
    'error.crossOrigin': 'A request from another site was refused.',
    'error.dbBusy': 'The database is busy, try again.',
    'error.tooManyStreams': 'Too many windows are open for this user. Close the ones you do not need.',
    'error.serverBusy': 'The server is busy, try again in a moment.',
    'error.diskFull': 'The disk is full: nothing was saved. Free some space and try again.',
    'error.versionMismatch':
      "This computer's app version ({mine}) differs from the main computer's ({theirs}). Update both to the same version.",
  },
});
