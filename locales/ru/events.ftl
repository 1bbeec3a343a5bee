## Fairs and events
events-title-my = 📅 <b>Ярмарки и события</b> · { $region }
events-title-all = 📅 <b>Ярмарки и события</b> · все регионы
events-scope-my = 📍 Мой регион
events-scope-all = 🌍 Все регионы
events-list-hint = Нажмите номер, чтобы открыть подробности.
events-list-empty-my = В вашем регионе пока нет предстоящих ярмарок и событий. Загляните во «🌍 Все регионы» — возможно, что-то интересное проходит рядом.
events-list-empty-all = Предстоящих ярмарок и событий пока нет. Загляните позже!

events-kind-job_fair = Ярмарка вакансий
events-kind-open_day = День открытых дверей
events-kind-forum = Форум
events-kind-competition = Конкурс
events-kind-festival = Фестиваль
events-kind-excursion = Экскурсия
events-kind-masterclass = Мастер-класс
events-kind-other = Событие

events-card-when = 🕘 { $when }
events-card-where = 📍 { $place }
events-card-region = 🗺 { $region }
events-card-expected-vacancies = 💼 Ожидается вакансий: { $count }
events-card-expected-employers = 🏢 Ожидается работодателей: { $count }
events-btn-map = 📍 Показать на карте
events-btn-calendar = 🗓 Добавить в календарь
events-btn-vacancies = 💼 Вакансии ярмарки ({ $count })
events-btn-back-list = ‹ К списку событий
events-btn-back-card = ‹ К событию

events-cancelled = ❌ Событие «{ $title }» отменено. Другие ярмарки и события — в списке.
events-no-location = Место проведения на карте пока не указано.
events-ics-caption = 🗓 Откройте файл, чтобы добавить «{ $title }» в календарь.
events-ics-failed = Не получилось подготовить файл для календаря. Попробуйте позже.

events-fair-vacancies-title =
    💼 <b>Вакансии ярмарки</b>
    { $title }
events-fair-vacancies-hint = Нажмите номер, чтобы открыть вакансию.
events-fair-vacancies-empty = Открытых вакансий этой ярмарки пока нет в боте.
events-positions =
    { $count ->
        [one] { $count } место
        [few] { $count } места
        [many] { $count } мест
       *[other] { $count } места
    }
