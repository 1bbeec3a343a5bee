language-name = Русский

## Onboarding
onboarding-choose-language = Выберите язык
onboarding-choose-region = В каком регионе вы живёте? Покажу ярмарки, вакансии, курсы и колледжи этого региона.
onboarding-language-set = Язык: русский
onboarding-region-set = Регион: { $region }
onboarding-welcome-back = С возвращением, { $name }!

## Main menu
menu-title = <b>Mamandyq</b> — работа, ярмарки, курсы и колледжи Года рабочих профессий.
menu-region = 📍 Ваш регион: <b>{ $region }</b>
menu-no-region = 📍 Регион ещё не выбран — укажите его в ⚙️ Настройках.
menu-no-region-short = не выбран
menu-events = 📅 Ярмарки и события
menu-vacancies = 💼 Вакансии
menu-courses = 🛠 Курсы
menu-colleges = 🏫 Колледжи
menu-search = 🔎 Поиск
menu-settings = ⚙️ Настройки
menu-help = ❓ Помощь
menu-back-home = 🏠 Главное меню

## Settings and help
settings-title =
    <b>Настройки</b>
    Язык: { $language }
    Регион: { $region }
settings-language = 🌐 Сменить язык
settings-region = 📍 Сменить регион
help-text =
    <b>Что умеет Mamandyq</b>
    📅 Ярмарки вакансий и карьерные события вашего региона — с местом на карте и файлом для календаря.
    💼 Вакансии — фильтр по отрасли и рабочим профессиям.
    🛠 Краткосрочные курсы до 6 месяцев — бесплатные и платные, онлайн и офлайн.
    🏫 Колледжи — специальности, квалификации, места по госзаказу и дуальное обучение.
    🔎 Поиск — просто напишите слово, например «сварщик» или «дәнекерлеуші».

    Команды: /menu — главное меню, /search — поиск, /language — язык, /region — регион, /settings — настройки.

help-tools = <b>Ваши инструменты</b>

## Commands (Telegram command menu)
command-start = Начать
command-menu = Главное меню
command-search = Поиск вакансий, курсов, ярмарок
command-language = Сменить язык
command-region = Сменить регион
command-settings = Настройки
command-my = Мои заявки на курсы
command-mydata = Какие мои данные хранит бот
command-deleteme = Удалить мои персональные данные
command-cancel = Отменить текущий диалог
command-help = Помощь
command-subscriptions = Подписки и тихие часы
command-stop = Отписаться от всех рассылок

## Common answers
item-not-found = Не удалось найти — возможно, запись удалена или срок уже прошёл.
unhandled-stale-button = Эта кнопка устарела. Вот главное меню.
unhandled-unknown-command = Такой команды я не знаю. Вот главное меню.
unhandled-message = Я не понял сообщение. Выберите раздел или напишите слово для поиска.
error-generic = У нас что-то пошло не так. Попробуйте ещё раз через минуту.
list-empty = Пока здесь ничего нет.
back = ‹ Назад

## Sectors
sector-oil_gas = Нефть и газ
sector-mining = Горное дело
sector-metallurgy = Металлургия
sector-manufacturing = Производство
sector-construction = Строительство
sector-energy = Энергетика
sector-transport = Транспорт и логистика
sector-it = IT
sector-agriculture = Сельское хозяйство
sector-healthcare = Здравоохранение
sector-service = Сфера услуг
sector-education = Образование
sector-textile = Текстиль и лёгкая промышленность

access-staff-only = Это доступно только сотрудникам региона.
access-admin-only = Это доступно только администраторам.
access-out-of-scope = Это вне вашего региона — ничего не изменено.
