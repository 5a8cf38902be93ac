import { defineText } from './define';

/** "Google Sheets Import": its settings card, its button on the import page, and why a sheet could not be read. */
export const sheetsText = defineText({
  uz: {
    'imports.sheets.title': 'Google Sheets Import',
    'imports.sheets.settingsHint':
      "Instagram formasi yoki boshqa manba to'ldiradigan Google jadvaldan lidlarni import qiling. Avval import qilingan qatorlar qayta import qilinmaydi.",
    'imports.sheets.link': 'Jadval havolasi (yoki ID)',
    'imports.sheets.linkHint': "Jadvalni brauzerda oching va manzil satridagi havolani shu yerga qo'ying.",
    'imports.sheets.range': 'Diapazon',
    'imports.sheets.rangeHint':
      "Masalan: Lidlar!A1:F. Bo'sh qoldirilsa — birinchi varaq, barcha ustunlar. Kalitsiz (ochiq jadval) havoladagi varaq o'qiladi.",
    'imports.sheets.key': 'Xizmat hisobi kaliti (JSON)',
    'imports.sheets.keyHint':
      "Google Cloud'dagi xizmat hisobining .json kaliti. Kalitsiz ham bo'ladi: unda jadval \"Havolaga ega har kim ko'ra oladi\" qilib ochilgan bo'lishi kerak.",
    'imports.sheets.chooseKey': 'JSON faylni tanlash',
    'imports.sheets.keyChosen': 'Tanlangan fayl: {name} (saqlash tugmasini bosing)',
    'imports.sheets.keySet': "Kalit saqlangan. Jadvalni shu manzil bilan ulashing (Ko'ruvchi): {email}",
    'imports.sheets.noKey': "Kalit yo'q: jadval \"Havolaga ega har kim ko'ra oladi\" bo'lishi kerak.",
    'imports.sheets.removeKey': "Kalitni o'chirish",
    'imports.sheets.removeKeyConfirm': "Kalit o'chirilsinmi? Shundan keyin faqat ochiq jadvallar o'qiladi.",
    'imports.sheets.keyRemoved': "Kalit o'chirildi",
    'imports.sheets.run': "Google Sheets'dan import",
    'imports.sheets.reading': "Google jadval o'qilmoqda…",
    'imports.sheets.notSetHint': 'Google jadvaldan import qilish uchun uni Tizim sozlamalarida kiriting.',
    'imports.sheets.notConfigured':
      "Google Sheets sozlanmagan: Tizim sozlamalari → Google Sheets Import bo'limida jadval havolasini kiriting.",
    'imports.sheets.notFound':
      "Jadval topilmadi: havola yoki ID noto'g'ri. Jadvalni brauzerda oching va manzil satridagi havolani nusxalang.",
    'imports.sheets.noAccess':
      'Jadvalga ruxsat yo\'q. Jadvalni {email} manzili bilan ulashing: "Share" ("Настройки доступа") → "Viewer" ("Читатель").',
    'imports.sheets.keyLost':
      "Saqlangan kalitni bu kompyuterda ochib bo'lmadi (baza boshqa kompyuterdan tiklangan). Tizim sozlamalarida kalitni qayta kiriting.",
    'imports.sheets.apiDisabled':
      "Google Cloud loyihasida Google Sheets API yoqilmagan. Google Cloud Console → APIs & Services → Google Sheets API → Enable, so'ng qayta urinib ko'ring.",
    'imports.sheets.clock':
      "Google kalitni rad etdi: bu kompyuterning soati noto'g'ri. Windows sozlamalarida sana va vaqtni avtomatik qiling.",
    'imports.sheets.notASheet':
      'Bu fayl Google jadvali emas (Drive\'dagi .xlsx). Uni oching va "Fayl → Google Jadval sifatida saqlash" ("File → Save as Google Sheets") ni tanlang.',
    'imports.sheets.notPublic':
      'Jadval ochiq emas. "Share" → "Anyone with the link" ("Все, у кого есть ссылка") qilib oching yoki sozlamalarda xizmat hisobi kalitini kiriting.',
    'imports.sheets.badKey':
      "Google xizmat hisobi kalitini qabul qilmadi (kalit o'chirilgan yoki eskirgan). Google Cloud'dan yangi kalit yuklab, qayta kiriting.",
    'imports.sheets.badRange':
      "Diapazon noto'g'ri yoki bo'sh: varaq nomi va ustunlarni tekshiring (masalan, Lidlar!A1:F).",
    'imports.sheets.offline': "Google'ga ulanib bo'lmadi: internet aloqasini tekshiring va qayta urinib ko'ring.",
    'imports.sheets.unavailable': "Google hozir javob bermayapti. Birozdan keyin qayta urinib ko'ring.",
    'imports.sheets.badLink':
      'Bu Google Sheets havolasi emas. Jadvalni brauzerda oching va manzil satridagi havolani nusxalang.',
    'imports.sheets.badRangeText': "Diapazon noto'g'ri. Masalan: Lidlar!A1:F yoki faqat varaq nomi.",
    'imports.sheets.badKeyFile': "Bu xizmat hisobi kaliti emas. Google Cloud'dan yuklab olingan .json faylni tanlang.",
    'imports.problem.importedBefore': 'Bu qator avval shu Google jadvaldan import qilingan: {phone}',
  },
  ru: {
    'imports.sheets.title': 'Импорт из Google Sheets',
    'imports.sheets.settingsHint':
      'Импортируйте лиды из Google-таблицы, которую заполняет форма Instagram или другой источник. Уже импортированные строки повторно не загружаются.',
    'imports.sheets.link': 'Ссылка на таблицу (или ID)',
    'imports.sheets.linkHint': 'Откройте таблицу в браузере и вставьте сюда ссылку из адресной строки.',
    'imports.sheets.range': 'Диапазон',
    'imports.sheets.rangeHint':
      'Например: Лиды!A1:F. Пусто — первый лист, все столбцы. Без ключа (открытая таблица) читается лист из ссылки.',
    'imports.sheets.key': 'Ключ сервисного аккаунта (JSON)',
    'imports.sheets.keyHint':
      'JSON-ключ сервисного аккаунта Google Cloud. Можно и без ключа: тогда таблица должна быть открыта «всем, у кого есть ссылка».',
    'imports.sheets.chooseKey': 'Выбрать JSON-файл',
    'imports.sheets.keyChosen': 'Выбран файл: {name} (нажмите «Сохранить»)',
    'imports.sheets.keySet': 'Ключ сохранён. Откройте доступ к таблице (Читатель) для: {email}',
    'imports.sheets.noKey': 'Ключа нет: таблица должна быть открыта «всем, у кого есть ссылка».',
    'imports.sheets.removeKey': 'Удалить ключ',
    'imports.sheets.removeKeyConfirm': 'Удалить ключ? После этого читаются только открытые таблицы.',
    'imports.sheets.keyRemoved': 'Ключ удалён',
    'imports.sheets.run': 'Импорт из Google Sheets',
    'imports.sheets.reading': 'Читаем Google-таблицу…',
    'imports.sheets.notSetHint': 'Чтобы импортировать из Google-таблицы, укажите её в системных настройках.',
    'imports.sheets.notConfigured':
      'Google Sheets не настроен: укажите ссылку на таблицу в «Системные настройки → Импорт из Google Sheets».',
    'imports.sheets.notFound':
      'Таблица не найдена: неверная ссылка или ID. Откройте таблицу в браузере и скопируйте ссылку из адресной строки.',
    'imports.sheets.noAccess': 'Нет доступа к таблице. «Настройки доступа» → добавьте {email} как «Читатель».',
    'imports.sheets.keyLost':
      'Сохранённый ключ не открывается на этом компьютере (база восстановлена с другого ПК). Укажите ключ заново в системных настройках.',
    'imports.sheets.apiDisabled':
      'В проекте Google Cloud не включён Google Sheets API. Google Cloud Console → APIs & Services → Google Sheets API → Enable, затем повторите.',
    'imports.sheets.clock':
      'Google отклонил ключ: на этом компьютере неверные часы. Включите автоматическую установку даты и времени.',
    'imports.sheets.notASheet':
      'Это не Google-таблица, а файл .xlsx на Диске. Откройте его и выберите «Файл → Сохранить как Google Таблицу».',
    'imports.sheets.notPublic':
      'Таблица не открыта. Откройте её «всем, у кого есть ссылка» или укажите ключ сервисного аккаунта в настройках.',
    'imports.sheets.badKey':
      'Google не принял ключ сервисного аккаунта (ключ удалён или устарел). Скачайте новый ключ в Google Cloud и укажите его снова.',
    'imports.sheets.badRange': 'Неверный или пустой диапазон: проверьте имя листа и столбцы (например, Лиды!A1:F).',
    'imports.sheets.offline': 'Не удалось связаться с Google: проверьте интернет и попробуйте ещё раз.',
    'imports.sheets.unavailable': 'Google сейчас не отвечает. Попробуйте чуть позже.',
    'imports.sheets.badLink':
      'Это не ссылка на Google-таблицу. Откройте таблицу в браузере и скопируйте ссылку из адресной строки.',
    'imports.sheets.badRangeText': 'Неверный диапазон. Например: Лиды!A1:F или только имя листа.',
    'imports.sheets.badKeyFile': 'Это не ключ сервисного аккаунта. Выберите .json-файл, скачанный из Google Cloud.',
    'imports.problem.importedBefore': 'Эта строка уже импортирована из этой Google-таблицы: {phone}',
  },
  en: {
    'imports.sheets.title': 'Google Sheets Import',
    'imports.sheets.settingsHint':
      'Import leads from the Google sheet your Instagram form (or anything else) fills. Rows imported before are never imported again.',
    'imports.sheets.link': 'Sheet link (or ID)',
    'imports.sheets.linkHint': 'Open the sheet in the browser and paste the link from the address bar.',
    'imports.sheets.range': 'Range',
    'imports.sheets.rangeHint':
      "For example: Leads!A1:F. Empty: the first tab, every column. Without a key (a public sheet) the link's tab is read.",
    'imports.sheets.key': 'Service account key (JSON)',
    'imports.sheets.keyHint':
      'The .json key of a Google Cloud service account. Without one, the sheet must be shared "anyone with the link".',
    'imports.sheets.chooseKey': 'Choose the JSON file',
    'imports.sheets.keyChosen': 'Chosen: {name} (press Save)',
    'imports.sheets.keySet': 'Key saved. Share the sheet (Viewer) with: {email}',
    'imports.sheets.noKey': 'No key: the sheet must be shared "anyone with the link".',
    'imports.sheets.removeKey': 'Remove key',
    'imports.sheets.removeKeyConfirm': 'Remove the key? Only public sheets can be read then.',
    'imports.sheets.keyRemoved': 'Key removed',
    'imports.sheets.run': 'Import from Google Sheets',
    'imports.sheets.reading': 'Reading the Google sheet…',
    'imports.sheets.notSetHint': 'To import from a Google sheet, set it in the system settings.',
    'imports.sheets.notConfigured':
      'Google Sheets is not set up: enter the sheet link under System settings → Google Sheets Import.',
    'imports.sheets.notFound':
      'Sheet not found: the link or ID is wrong. Open the sheet in the browser and copy the link from the address bar.',
    'imports.sheets.noAccess': 'No access to the sheet. Share it with {email} as "Viewer".',
    'imports.sheets.keyLost':
      'The saved key cannot be opened on this PC (the database was restored from another one). Enter the key again in the system settings.',
    'imports.sheets.apiDisabled':
      "The Google Sheets API is not enabled in the key's Google Cloud project: Google Cloud Console → APIs & Services → Google Sheets API → Enable, then try again.",
    'imports.sheets.clock':
      "Google refused the key because this PC's clock is wrong. Set the date and time to automatic.",
    'imports.sheets.notASheet':
      'This is an .xlsx file in Drive, not a Google sheet. Open it and choose "File → Save as Google Sheets".',
    'imports.sheets.notPublic':
      'The sheet is not public. Share it "anyone with the link" or enter a service account key in the settings.',
    'imports.sheets.badKey':
      'Google refused the service account key (deleted or expired). Download a new key in Google Cloud and enter it again.',
    'imports.sheets.badRange': 'The range is wrong or empty: check the tab name and columns (e.g. Leads!A1:F).',
    'imports.sheets.offline': 'Cannot reach Google: check the internet connection and try again.',
    'imports.sheets.unavailable': 'Google is not answering right now. Try again a little later.',
    'imports.sheets.badLink':
      'This is not a Google Sheets link. Open the sheet and copy the link from the address bar.',
    'imports.sheets.badRangeText': 'The range is wrong. For example: Leads!A1:F, or just a tab name.',
    'imports.sheets.badKeyFile':
      'This is not a service account key. Choose the .json file downloaded from Google Cloud.',
    'imports.problem.importedBefore': 'This row was imported from this Google sheet before: {phone}',
  },
});
