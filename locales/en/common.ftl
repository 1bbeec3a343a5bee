language-name = English

## Onboarding
onboarding-choose-language = Choose your language
onboarding-choose-region = Which region do you live in? I will show fairs, vacancies, courses and colleges there.
onboarding-language-set = Language: English
onboarding-region-set = Region: { $region }
onboarding-welcome-back = Welcome back, { $name }!

## Main menu
menu-title = <b>Mamandyq</b> — jobs, fairs, courses and colleges of the Year of Working Professions.
menu-region = 📍 Your region: <b>{ $region }</b>
menu-no-region = 📍 Region not chosen yet — set it in ⚙️ Settings.
menu-no-region-short = not chosen
menu-events = 📅 Fairs & events
menu-vacancies = 💼 Vacancies
menu-courses = 🛠 Courses
menu-colleges = 🏫 Colleges
menu-search = 🔎 Search
menu-settings = ⚙️ Settings
menu-help = ❓ Help
menu-back-home = 🏠 Main menu

## Settings and help
settings-title =
    <b>Settings</b>
    Language: { $language }
    Region: { $region }
settings-language = 🌐 Change language
settings-region = 📍 Change region
help-text =
    <b>What Mamandyq can do</b>
    📅 Job fairs and career events of your region — with the venue on the map and a calendar file.
    💼 Vacancies — filter by sector and working professions.
    🛠 Short courses up to 6 months — free or paid, online or offline.
    🏫 Colleges — specialties, qualifications, state-funded places and dual education.
    🔎 Search — just type a word, e.g. «welder» or «дәнекерлеуші».

    Commands: /menu — main menu, /search — search, /language — language, /region — region, /settings — settings.

help-tools = <b>Your tools</b>

## Commands (Telegram command menu)
command-start = Start
command-menu = Main menu
command-search = Search vacancies, courses, fairs
command-language = Change language
command-region = Change region
command-settings = Settings
command-my = My course sign-ups
command-mydata = What the bot stores about me
command-deleteme = Delete my personal data
command-cancel = Cancel the current dialog
command-help = Help
command-subscriptions = Subscriptions and quiet hours
command-stop = Unsubscribe from everything

## Common answers
item-not-found = Sorry, I could not find it — it may have been removed or has ended.
unhandled-stale-button = This button is out of date. Here is the main menu.
unhandled-unknown-command = I don't know this command. Here is the main menu.
unhandled-message = I didn't understand that. Choose a section or type a word to search.
error-generic = Something went wrong on our side. Please try again in a minute.
list-empty = Nothing here yet.
back = ‹ Back

## Sectors
sector-oil_gas = Oil and gas
sector-mining = Mining
sector-metallurgy = Metallurgy
sector-manufacturing = Manufacturing
sector-construction = Construction
sector-energy = Energy
sector-transport = Transport and logistics
sector-it = IT
sector-agriculture = Agriculture
sector-healthcare = Healthcare
sector-service = Services
sector-education = Education
sector-textile = Textile and light industry

access-staff-only = This is only for regional staff.
access-admin-only = This is only for administrators.
access-out-of-scope = This is outside your region — nothing was changed.
