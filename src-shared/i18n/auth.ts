import { defineText } from './define';

/** Setup, login, password rules and the errors the auth module raises. */
export const authText = defineText({
  uz: {
    'setup.title': "Boshlang'ich sozlash",
    'setup.intro':
      "Tizimda hali foydalanuvchi yo'q. Markaz administratorining (Admin) hisobini yarating — keyin u bilan tizimga kirasiz.",
    'setup.submit': 'Admin yaratish',
    'setup.done': 'Admin yaratildi. Endi tizimga kiring.',
    'setup.confirmPassword': 'Parolni takrorlang',

    'login.title': 'Kirish',
    'login.username': 'Username',
    'login.password': 'Parol',
    'login.submit': 'Kirish',
    'login.forgot': "Parolni unutgan bo'lsangiz, adminga murojaat qiling.",

    'password.rule.length': "Parol kamida 8 ta belgidan iborat bo'lishi kerak",
    'password.rule.upper': "Parolda kamida bitta katta harf bo'lishi kerak",
    'password.rule.lower': "Parolda kamida bitta kichik harf bo'lishi kerak",
    'password.rule.digit': "Parolda kamida bitta raqam bo'lishi kerak",
    'password.rule.special': "Parolda kamida bitta maxsus belgi bo'lishi kerak (masalan: ! @ # $ %)",

    'error.sessionExpired': 'Sessiya muddati tugadi. Qaytadan kiring.',
    'error.wrongCredentials': "Username yoki parol noto'g'ri",
    'error.userInactive': 'Hisobingiz faol emas. Adminga murojaat qiling.',
    'error.tooManyAttempts': "Juda ko'p noto'g'ri urinish. {minutes} daqiqadan keyin qayta urinib ko'ring.",
    'error.setupDone': "Boshlang'ich sozlash allaqachon bajarilgan. Tizimga kiring.",
    'error.wrongOldPassword': "Eski parol noto'g'ri",
    'error.passwordMismatch': 'Yangi parollar bir xil emas',
    'error.weakPassword': 'Parol talablarga javob bermaydi: {rules}',
  },
  ru: {
    'setup.title': 'Первоначальная настройка',
    'setup.intro':
      'В системе ещё нет пользователей. Создайте учётную запись администратора центра — затем войдите с ней.',
    'setup.submit': 'Создать администратора',
    'setup.done': 'Администратор создан. Теперь войдите в систему.',
    'setup.confirmPassword': 'Повторите пароль',

    'login.title': 'Вход',
    'login.username': 'Логин',
    'login.password': 'Пароль',
    'login.submit': 'Войти',
    'login.forgot': 'Забыли пароль — обратитесь к администратору.',

    'password.rule.length': 'Пароль должен быть не короче 8 символов',
    'password.rule.upper': 'В пароле нужна хотя бы одна заглавная буква',
    'password.rule.lower': 'В пароле нужна хотя бы одна строчная буква',
    'password.rule.digit': 'В пароле нужна хотя бы одна цифра',
    'password.rule.special': 'В пароле нужен хотя бы один спецсимвол (например: ! @ # $ %)',

    'error.sessionExpired': 'Сессия истекла. Войдите снова.',
    'error.wrongCredentials': 'Неверный логин или пароль',
    'error.userInactive': 'Ваша учётная запись отключена. Обратитесь к администратору.',
    'error.tooManyAttempts': 'Слишком много неудачных попыток. Попробуйте через {minutes} мин.',
    'error.setupDone': 'Первоначальная настройка уже выполнена. Войдите в систему.',
    'error.wrongOldPassword': 'Старый пароль неверен',
    'error.passwordMismatch': 'Новые пароли не совпадают',
    'error.weakPassword': 'Пароль не соответствует требованиям: {rules}',
  },
  en: {
    'setup.title': 'First-run setup',
    'setup.intro': "There are no users yet. Create the centre administrator's account, then sign in with it.",
    'setup.submit': 'Create admin',
    'setup.done': 'Admin created. Now sign in.',
    'setup.confirmPassword': 'Repeat the password',

    'login.title': 'Sign in',
    'login.username': 'Username',
    'login.password': 'Password',
    'login.submit': 'Sign in',
    'login.forgot': 'Forgot your password? Ask the admin.',

    'password.rule.length': 'The password must be at least 8 characters long',
    'password.rule.upper': 'The password needs an upper-case letter',
    'password.rule.lower': 'The password needs a lower-case letter',
    'password.rule.digit': 'The password needs a digit',
    'password.rule.special': 'The password needs a special character (e.g. ! @ # $ %)',

    'error.sessionExpired': 'Your session has expired. Sign in again.',
    'error.wrongCredentials': 'Wrong username or password',
    'error.userInactive': 'Your account is disabled. Ask the admin.',
    'error.tooManyAttempts': 'Too many failed attempts. Try again in {minutes} min.',
    'error.setupDone': 'First-run setup is already done. Sign in.',
    'error.wrongOldPassword': 'The old password is wrong',
    'error.passwordMismatch': 'The new passwords do not match',
    'error.weakPassword': 'The password does not meet the rules: {rules}',
  },
});
