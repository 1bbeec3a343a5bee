## Fairs and events
events-title-my = 📅 <b>Жәрмеңкелер мен іс-шаралар</b> · { $region }
events-title-all = 📅 <b>Жәрмеңкелер мен іс-шаралар</b> · барлық өңірлер
events-scope-my = 📍 Менің өңірім
events-scope-all = 🌍 Барлық өңірлер
events-list-hint = Толығырақ білу үшін нөмірді басыңыз.
events-list-empty-my = Сіздің өңіріңізде әзірге алдағы жәрмеңкелер мен іс-шаралар жоқ. «🌍 Барлық өңірлер» бөлімін қараңыз — көрші өңірде қызықты бірдеңе өтіп жатқан болуы мүмкін.
events-list-empty-all = Әзірге алдағы жәрмеңкелер мен іс-шаралар жоқ. Кейінірек қайта қараңыз!

events-kind-job_fair = Бос жұмыс орындарының жәрмеңкесі
events-kind-open_day = Ашық есік күні
events-kind-forum = Форум
events-kind-competition = Байқау
events-kind-festival = Фестиваль
events-kind-excursion = Экскурсия
events-kind-masterclass = Шеберлік сыныбы
events-kind-other = Іс-шара

events-card-when = 🕘 { $when }
events-card-where = 📍 { $place }
events-card-region = 🗺 { $region }
events-card-expected-vacancies = 💼 Күтілетін бос жұмыс орындары: { $count }
events-card-expected-employers = 🏢 Күтілетін жұмыс берушілер: { $count }
events-btn-map = 📍 Картадан көрсету
events-btn-calendar = 🗓 Күнтізбеге қосу
events-btn-vacancies = 💼 Жәрмеңкедегі бос орындар ({ $count })
events-btn-back-list = ‹ Іс-шаралар тізіміне
events-btn-back-card = ‹ Іс-шараға оралу

events-cancelled = ❌ «{ $title }» іс-шарасы болдырылмады. Басқа жәрмеңкелер мен іс-шаралар тізімде.
events-no-location = Өтетін орны картада әлі белгіленбеген.
events-ics-caption = 🗓 «{ $title }» іс-шарасын күнтізбеге қосу үшін файлды ашыңыз.
events-ics-failed = Күнтізбе файлын дайындау мүмкін болмады. Кейінірек қайталап көріңіз.

events-fair-vacancies-title =
    💼 <b>Жәрмеңкедегі бос жұмыс орындары</b>
    { $title }
events-fair-vacancies-hint = Бос орынды ашу үшін нөмірді басыңыз.
events-fair-vacancies-empty = Бұл жәрмеңкенің ашық бос жұмыс орындары ботта әзірге жоқ.
events-positions = { $count } орын
