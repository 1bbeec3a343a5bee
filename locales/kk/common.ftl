language-name = Қазақша

## Onboarding
onboarding-choose-language = Тілді таңдаңыз
onboarding-choose-region = Қай өңірде тұрасыз? Сол өңірдің жәрмеңкелерін, бос жұмыс орындарын, курстары мен колледждерін көрсетемін.
onboarding-language-set = Тіл: қазақша
onboarding-region-set = Өңір: { $region }
onboarding-welcome-back = Қайта қош келдіңіз, { $name }!

## Main menu
menu-title = <b>Mamandyq</b> — Жұмысшы мамандықтар жылының жұмыс орындары, жәрмеңкелері, курстары мен колледждері.
menu-region = 📍 Сіздің өңіріңіз: <b>{ $region }</b>
menu-no-region = 📍 Өңір әлі таңдалмаған — оны ⚙️ Баптауларда көрсетіңіз.
menu-no-region-short = таңдалмаған
menu-events = 📅 Жәрмеңкелер мен іс-шаралар
menu-vacancies = 💼 Бос жұмыс орындары
menu-courses = 🛠 Курстар
menu-colleges = 🏫 Колледждер
menu-search = 🔎 Іздеу
menu-settings = ⚙️ Баптаулар
menu-help = ❓ Анықтама
menu-back-home = 🏠 Басты мәзір

## Settings and help
settings-title =
    <b>Баптаулар</b>
    Тіл: { $language }
    Өңір: { $region }
settings-language = 🌐 Тілді ауыстыру
settings-region = 📍 Өңірді ауыстыру
help-text =
    <b>Mamandyq не істей алады</b>
    📅 Өңіріңіздегі бос жұмыс орындары жәрмеңкелері мен мансап іс-шаралары — картадағы орнымен және күнтізбе файлымен.
    💼 Бос жұмыс орындары — сала және жұмысшы мамандықтар бойынша сүзгі.
    🛠 6 айға дейінгі қысқа мерзімді курстар — тегін және ақылы, онлайн және офлайн.
    🏫 Колледждер — мамандықтар, біліктіліктер, мемлекеттік тапсырыс орындары және дуалды оқыту.
    🔎 Іздеу — жай ғана сөз жазыңыз, мысалы «дәнекерлеуші» немесе «сварщик».

    Командалар: /menu — басты мәзір, /search — іздеу, /language — тіл, /region — өңір, /settings — баптаулар.

help-tools = <b>Сіздің құралдарыңыз</b>

## Commands (Telegram command menu)
command-start = Бастау
command-menu = Басты мәзір
command-search = Жұмыс, курс, жәрмеңке іздеу
command-language = Тілді ауыстыру
command-region = Өңірді ауыстыру
command-settings = Баптаулар
command-my = Курстарға өтінімдерім
command-mydata = Бот мен туралы не сақтайды
command-deleteme = Дербес деректерімді жою
command-cancel = Ағымдағы диалогты тоқтату
command-help = Анықтама
command-subscriptions = Жазылымдар және тыныш сағаттар
command-stop = Барлық жазылымнан бас тарту

## Common answers
item-not-found = Кешіріңіз, табылмады — жазба өшірілген немесе мерзімі өтіп кеткен болуы мүмкін.
unhandled-stale-button = Бұл түйме ескірген. Міне, басты мәзір.
unhandled-unknown-command = Мұндай команданы білмеймін. Міне, басты мәзір.
unhandled-message = Хабарламаны түсінбедім. Бөлімді таңдаңыз немесе іздеу үшін сөз жазыңыз.
error-generic = Бізде бірдеңе дұрыс болмады. Бір минуттан кейін қайталап көріңіз.
list-empty = Әзірге мұнда ештеңе жоқ.
back = ‹ Артқа

## Sectors
sector-oil_gas = Мұнай және газ
sector-mining = Тау-кен ісі
sector-metallurgy = Металлургия
sector-manufacturing = Өндіріс
sector-construction = Құрылыс
sector-energy = Энергетика
sector-transport = Көлік және логистика
sector-it = IT
sector-agriculture = Ауыл шаруашылығы
sector-healthcare = Денсаулық сақтау
sector-service = Қызмет көрсету
sector-education = Білім беру
sector-textile = Тоқыма және жеңіл өнеркәсіп

access-staff-only = Бұл тек өңір қызметкерлеріне қолжетімді.
access-admin-only = Бұл тек әкімшілерге қолжетімді.
access-out-of-scope = Бұл сіздің өңіріңізге жатпайды — ештеңе өзгертілмеді.
